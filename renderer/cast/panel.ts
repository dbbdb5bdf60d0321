/**
 * The Cast panel: every character with colour, name, aliases, voice, notes, mention count and
 * the scenes they appear in; add, rename, merge, delete. Characters the analysis found but the
 * writer never touched are listed too, marked "found": editing one adopts it into the cast.
 * Unnamed speakers ("the cashier") follow in a quieter group.
 *
 * The panel only draws and reports edits: every change goes through `host.edit` as a pure cast
 * operation (renderer/cast/model.ts). Redraws wait while the writer is typing in one of its
 * fields, so an analysis result never eats a half-typed alias or note.
 */
import { calledNarrator } from "../../core/cast/narrator-of";
import type { Character, CharacterInfo, Voice } from "../../core/model";
import { CAST_COLORS } from "../analysis/palette";
import type { DocAnalysis } from "../analysis/protocol";
import {
  addAlias,
  addCharacter,
  characterNamed,
  deleteCharacter,
  mergeCharacters,
  removeAlias,
  renameCharacter,
  setColor,
  setNotes,
  setVoice,
  withCharacter,
  type CastEdit,
  type WriterCast,
} from "./model";
import { scenesOf, type Presence } from "../analysis/presence";
import { el } from "../ui/dom";

/** What the panel needs from the app. */
export interface CastPanelHost {
  cast(): WriterCast;
  /** Applies a cast operation; returns false (and tells the writer why) when it was refused. */
  edit(change: (cast: WriterCast) => CastEdit): boolean;
  /** The colour a character is drawn in (writer's or assigned). */
  colorOf(name: string): string | undefined;
  jumpToScene(index: number): void;
  highlightsOn(): boolean;
  toggleHighlights(): void;
  showChart(): void;
  /** Lists the lines of a character (or of an unnamed speaker). */
  showLines(who: { readonly name: string } | { readonly unnamed: string }): void;
  /** Tells the writer something in the status bar. */
  say(message: string): void;
  /** The named characters a line can be given to. */
  speakerNames(): readonly string[];
  /** Gives every line of an unnamed speaker ("the man") to `name`, as one undo step. */
  giveUnnamedLines(description: string, name: string): void;
}

/** What the panel draws: the latest analysis and who appears in which scene node. */
export interface CastView {
  readonly analysis: DocAnalysis | null;
  readonly presence: ReadonlyMap<string, readonly Presence[]>;
}

interface Row {
  readonly character: Character;
  readonly found: boolean;
  readonly info: CharacterInfo | undefined;
}

const VOICE_LABELS: Readonly<Record<Voice, string>> = {
  british: "British",
  american: "American",
  unknown: "unknown",
};

function button(
  className: string,
  text: string,
  title: string,
  run: () => void,
): HTMLButtonElement {
  const b = el("button", className, text);
  b.type = "button";
  b.title = title;
  b.addEventListener("click", run);
  return b;
}

/** A text field holding words the writer has typed but not yet committed. */
const isDirtyField = (node: Element | null): boolean =>
  (node instanceof HTMLTextAreaElement ||
    (node instanceof HTMLInputElement && node.type === "text")) &&
  node.value !== node.defaultValue;

/**
 * The words of a card's line of where a character is ("11 mentions" and " in scenes", before
 * the scene buttons): the count, or null to leave it out, and what follows it.
 */
export function presenceLabel(
  mentions: number,
  scenes: number,
): { readonly count: string | null; readonly rest: string } {
  const count = `${mentions} ${mentions === 1 ? "mention" : "mentions"}`;
  // Lines alone put a character in a scene ("my dad" is never named): "0 mentions in scenes
  // 1 6 7" read as a contradiction.
  if (scenes && !mentions) return { count: null, rest: scenes === 1 ? "In scene" : "In scenes" };
  if (scenes) return { count, rest: scenes === 1 ? " in scene" : " in scenes" };
  if (mentions) return { count, rest: ", in no scene" };
  return { count: null, rest: "In no scene" };
}

export class CastPanel {
  private view: CastView = { analysis: null, presence: new Map() };
  private readonly list: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private pending = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: CastPanelHost,
  ) {
    root.classList.add("cast-panel");
    const head = el("header", "cast-head");
    this.toggle = button(
      "cast-highlight",
      "Highlight",
      "Highlight every mention in the character's colour",
      () => {
        host.toggleHighlights();
        this.showToggle();
      },
    );
    head.append(
      el("h2", "cast-heading", "Cast"),
      this.toggle,
      button("cast-chart", "Chart", "Characters by scene: the story at a glance", () =>
        host.showChart(),
      ),
    );
    const add = el("form", "cast-add");
    const name = el("input", "cast-add-name");
    name.type = "text";
    name.placeholder = "New character…";
    name.setAttribute("aria-label", "New character's name");
    add.append(
      name,
      button("cast-add-button", "Add", "Add a character", () => add.requestSubmit()),
    );
    add.addEventListener("submit", (e) => {
      e.preventDefault();
      // A name the story already found joins with what was found (its spelling, aliases,
      // colour), and the writer hears so: its card leaves the found ones for the cast's.
      const typed = name.value.trim().toLowerCase();
      const found = this.rows().find(
        (r) => r.found && r.character.name.toLowerCase() === typed,
      )?.character;
      if (!host.edit((cast) => addCharacter(cast, found?.name ?? name.value, found))) return;
      name.value = "";
      if (!found) return;
      host.say(
        `${found.name} was found in the story already; now in your cast, with what was found.`,
      );
      this.update(this.view, true);
      this.list
        .querySelector(`.cast-card[data-name="${CSS.escape(found.name)}"]`)
        ?.scrollIntoView({ block: "nearest" });
    });
    this.list = el("div", "cast-list");
    root.append(head, add, this.list);
    root.addEventListener("focusout", () =>
      setTimeout(() => this.pending && !this.typing() && this.render(), 0),
    );
    this.showToggle();
  }

  private showToggle(): void {
    const on = this.host.highlightsOn();
    this.toggle.setAttribute("aria-pressed", String(on));
    this.toggle.classList.toggle("on", on);
  }

  private typing(): boolean {
    const active = document.activeElement;
    return this.root.contains(active) && isDirtyField(active);
  }

  /** Draws `view` (or the last one); waits while the writer has words typed in a field unless `force`. */
  update(view: CastView = this.view, force = false): void {
    this.view = view;
    if (!force && this.typing()) {
      this.pending = true;
      return;
    }
    this.render();
  }

  private rows(): Row[] {
    const cast = this.host.cast();
    const infos = new Map((this.view.analysis?.characters ?? []).map((c) => [c.name, c]));
    const rows: Row[] = cast.characters.map((c) => ({
      character: c,
      found: false,
      info: infos.get(c.name),
    }));
    for (const info of this.view.analysis?.characters ?? []) {
      if (!characterNamed(cast, info.name) && !info.unnamed)
        rows.push({ character: info, found: true, info });
    }
    return rows;
  }

  private render(): void {
    this.pending = false;
    const active = document.activeElement as HTMLElement | null;
    const activeCard = active?.closest<HTMLElement>(".cast-card");
    const focus =
      active && activeCard && this.list.contains(active)
        ? {
            name: activeCard.dataset.name,
            role: active.dataset.role,
            at: [...this.list.querySelectorAll(".cast-card")].indexOf(activeCard),
          }
        : null;
    const rows = this.rows();
    const names = rows.map((r) => r.character.name);
    this.list.replaceChildren(...rows.map((r) => this.card(r, names)), ...this.unnamed());
    if (rows.length === 0)
      this.list.append(
        el(
          "p",
          "cast-empty",
          this.view.analysis
            ? "No characters yet. Add one above."
            : "Characters appear here once the story has been read.",
        ),
      );
    if (focus) this.refocus(focus);
    this.showToggle();
  }

  /**
   * Puts focus back on the control it was on before a redraw; when its card went (deleted, or
   * merged into another), on the same control of the card now in its place, not on the panel's
   * first button: a button, so Ctrl+Z there takes the delete back (a text field keeps it).
   */
  private refocus(focus: { name?: string; role?: string; at: number }): void {
    if (!focus.role) return;
    const cards = [...this.list.querySelectorAll<HTMLElement>(".cast-card")];
    const card =
      cards.find((c) => c.dataset.name === focus.name) ??
      cards[Math.min(focus.at, cards.length - 1)];
    card?.querySelector<HTMLElement>(`[data-role="${focus.role}"]`)?.focus();
  }

  /**
   * Scrolls the card named `name` into view after an edit that may have moved it (a found
   * character renamed joins the writer's cast at the top of the list), and focuses its name
   * when `focus`: the panel otherwise stayed where the card had been.
   */
  private reveal(name: string, focus: boolean): void {
    const wanted = name.trim().toLowerCase();
    const card = [...this.list.querySelectorAll<HTMLElement>(".cast-card")].find(
      (c) => c.dataset.name?.toLowerCase() === wanted,
    );
    if (!card) return;
    card.scrollIntoView({ block: "nearest" });
    if (focus) card.querySelector<HTMLElement>('[data-role="name"]')?.focus();
  }

  private edit(row: Row, change: (cast: WriterCast) => CastEdit): boolean {
    return this.host.edit((cast) => withCharacter(cast, row.character, change));
  }

  private card(row: Row, names: readonly string[]): HTMLElement {
    const { character: c } = row;
    const card = el("article", row.found ? "cast-card found" : "cast-card");
    card.dataset.name = c.name;
    const color = this.host.colorOf(c.name);
    if (color) card.style.setProperty("--cast-color", color);

    const top = el("div", "cast-top");
    const swatch = button("cast-swatch", "", `Colour of ${c.name} (click to change)`, () =>
      this.pickColor(row, swatch),
    );
    swatch.dataset.role = "swatch";
    const name = el("input", "cast-name");
    name.type = "text";
    name.defaultValue = c.name;
    name.dataset.role = "name";
    name.setAttribute("aria-label", `Name of ${c.name}`);
    // Enter commits by blurring the field (its change runs inside `blur()`): the renamed card
    // then takes the focus back. A click elsewhere commits too, and leaves the focus there.
    let entered = false;
    name.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        entered = true;
        name.blur();
        entered = false;
      }
      if (e.key === "Escape") {
        name.value = c.name;
        name.blur();
      }
    });
    name.addEventListener("change", () => {
      const next = name.value;
      if (!this.edit(row, (cast) => renameCharacter(cast, c.name, next))) name.value = c.name;
      else this.reveal(next, entered);
    });
    top.append(swatch, name);
    if (row.found) top.append(el("span", "cast-found", "found"));
    card.append(top);
    const role = this.narratorRole(row);
    if (role) card.append(role);
    card.append(this.aliases(row), this.facts(row), this.more(row, names));
    return card;
  }

  /**
   * A line under the name when "I" in the story is this character (the cast says so, or the
   * text does: "my name is", the names others call beside "I said"): the writer sees why the
   * lines tagged "I said" are theirs. A line of its own, so the name keeps its width.
   */
  private narratorRole(row: Row): HTMLElement | null {
    const { character: c } = row;
    // A found character is the analysis's own: its flag is the text's reading, not the cast's.
    // The cast says so with the flag or the alias "I" or "narrator", as the speaker walk reads it.
    const castSays = !row.found && (!!c.narrator || calledNarrator(c));
    if (!castSays && !row.info?.narrator) return null;
    const line = el("div", "cast-role");
    line.append(
      el("span", "cast-narrator", "narrator"),
      castSays ? " as the cast says" : " read from the text",
    );
    line.title = `The lines tagged \u201cI said\u201d are ${c.name}'s`;
    return line;
  }

  private aliases(row: Row): HTMLElement {
    const { character: c } = row;
    const box = el("div", "cast-aliases");
    for (const alias of c.aliases) {
      const chip = el("span", "cast-alias", alias);
      chip.append(
        button("cast-alias-remove", "×", `Remove the alias "${alias}"`, () =>
          this.edit(row, (cast) => removeAlias(cast, c.name, alias)),
        ),
      );
      box.append(chip);
    }
    const input = el("input", "cast-alias-add");
    input.type = "text";
    input.placeholder = c.aliases.length ? "+ alias" : "+ alias (a nickname, a title)";
    input.dataset.role = "alias";
    input.setAttribute("aria-label", `Add an alias for ${c.name}`);
    input.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || !input.value.trim()) return;
      e.preventDefault();
      if (this.edit(row, (cast) => addAlias(cast, c.name, input.value))) input.value = "";
    });
    box.append(input);
    return box;
  }

  private facts(row: Row): HTMLElement {
    const { character: c } = row;
    const box = el("div", "cast-facts");
    const voice = el("select", "cast-voice");
    voice.dataset.role = "voice";
    voice.setAttribute("aria-label", `Voice of ${c.name}`);
    const set = row.found ? undefined : c.voice === "unknown" ? undefined : c.voice;
    const inferred = row.info?.voiceInferred ? row.info.voice : "unknown";
    const options: [string, string][] = [
      ["", `${VOICE_LABELS[inferred]} (inferred)`],
      ["british", "British"],
      ["american", "American"],
    ];
    for (const [value, label] of options) {
      const option = el("option", "", label);
      option.value = value;
      option.selected = (set ?? "") === value;
      voice.append(option);
    }
    voice.classList.toggle("inferred", !set);
    voice.addEventListener("change", () =>
      this.edit(row, (cast) => setVoice(cast, c.name, (voice.value || "unknown") as Voice)),
    );
    const scenes = el("span", "cast-scenes");
    const list = scenesOf(this.view.presence.get(c.name));
    // The mention count says what it counts in words ("11 mentions in scenes 1 2"): a bare
    // number beside the name read as lines or scenes, and in words it took the name's room.
    const mentions = row.info?.mentions ?? 0;
    const words = presenceLabel(mentions, list.length);
    const label = el("span", "cast-scenes-label");
    if (words.count !== null) {
      const count = el("span", "cast-count", words.count);
      count.dataset.count = String(mentions);
      count.title = `How often the story names ${c.name} or an alias`;
      label.append(count);
    }
    label.append(words.rest);
    scenes.append(label);
    for (const i of list) {
      const pov = this.view.presence.get(c.name)?.[i]?.pov ?? false;
      const go = button(
        pov ? "cast-scene pov" : "cast-scene",
        String(i + 1),
        `Go to scene ${i + 1}${pov ? " (point of view)" : ""}`,
        () => this.host.jumpToScene(i),
      );
      scenes.append(go);
    }
    box.append(voice, scenes);
    return box;
  }

  private more(row: Row, names: readonly string[]): HTMLElement {
    const { character: c } = row;
    const box = el("div", "cast-more");
    const notes = el("textarea", "cast-notes");
    notes.rows = 1;
    notes.placeholder = "Notes…";
    notes.defaultValue = c.notes ?? "";
    notes.dataset.role = "notes";
    notes.setAttribute("aria-label", `Notes on ${c.name}`);
    notes.addEventListener("change", () =>
      this.edit(row, (cast) => setNotes(cast, c.name, notes.value)),
    );
    const actions = el("div", "cast-actions");
    // The count the lines view shows (the number beside the name counts mentions), short
    // enough to keep Merge and Delete on the same row of the narrow panel.
    const lines = (this.view.analysis?.quotes ?? []).filter((q) => q.speaker === c.name).length;
    const shown = button(
      "cast-lines",
      `${lines} ${lines === 1 ? "line" : "lines"}`,
      `Show every line ${c.name} speaks, in story order`,
      () => this.host.showLines({ name: c.name }),
    );
    shown.dataset.role = "lines";
    actions.append(shown);
    const merge = el("select", "cast-merge");
    merge.dataset.role = "merge";
    // "Merge in": the character chosen joins this one (a bare "Merge…" read either way).
    const into = `Merge another character into ${c.name}: its name becomes an alias`;
    merge.setAttribute("aria-label", into);
    merge.title = into;
    merge.append(new Option("Merge in…", ""));
    for (const other of names) if (other !== c.name) merge.append(new Option(other, other));
    merge.addEventListener("change", () => {
      const from = this.rows().find((r) => r.character.name === merge.value);
      if (!from) return;
      const merged = this.edit(row, (cast) =>
        withCharacter(cast, from.character, (k) => mergeCharacters(k, c.name, from.character.name)),
      );
      if (merged) this.host.say(`Merged ${from.character.name} into ${c.name} (Ctrl+Z undoes it)`);
    });
    const remove = button("cast-delete", "Delete", `Remove ${c.name} from the cast`, () =>
      this.host.edit((cast) => deleteCharacter(cast, c.name)),
    );
    remove.dataset.role = "delete";
    actions.append(merge, remove);
    box.append(notes, actions);
    return box;
  }

  private pickColor(row: Row, swatch: HTMLElement): void {
    const open = this.root.querySelector<HTMLElement>(".cast-palette");
    open?.remove();
    if (open?.dataset.for === row.character.name) return;
    const palette = el("div", "cast-palette");
    palette.setAttribute("role", "listbox");
    palette.setAttribute("aria-label", `Colour of ${row.character.name}`);
    palette.dataset.for = row.character.name;
    for (const color of CAST_COLORS) {
      const b = button("cast-palette-color", "", color, () =>
        this.edit(row, (cast) => setColor(cast, row.character.name, color)),
      );
      b.style.background = color;
      b.dataset.color = color;
      b.setAttribute("aria-selected", String(this.host.colorOf(row.character.name) === color));
      palette.append(b);
    }
    (swatch.closest(".cast-top") ?? swatch).after(palette);
  }

  private unnamed(): HTMLElement[] {
    const lines = new Map<string, number>();
    for (const q of this.view.analysis?.quotes ?? [])
      if (q.unnamed && !q.speaker) lines.set(q.unnamed, (lines.get(q.unnamed) ?? 0) + 1);
    if (lines.size === 0) return [];
    const box = el("section", "cast-unnamed");
    box.append(el("h3", "cast-unnamed-head", "Unnamed speakers"));
    const names = this.host.speakerNames();
    for (const [description, n] of lines) {
      const item = button("cast-unnamed-row", "", `Lines spoken by ${description}`, () =>
        this.host.showLines({ unnamed: description }),
      );
      item.append(
        el("span", "cast-unnamed-name", description),
        el("span", "cast-unnamed-count", `${n} ${n === 1 ? "line" : "lines"}`),
      );
      // "the lady" is often a character the cast names: all her lines go to them at once.
      const give = el("select", "cast-unnamed-give");
      give.setAttribute("aria-label", `Give the lines of ${description} to`);
      give.title = `Give all ${n === 1 ? "the line" : `${n} lines`} of ${description} to a character`;
      give.append(new Option("Give to…", ""), ...names.map((name) => new Option(name, name)));
      give.addEventListener("change", () => {
        if (give.value) this.host.giveUnnamedLines(description, give.value);
      });
      const row = el("div", "cast-unnamed-item");
      row.append(item, give);
      box.append(row);
    }
    return [box];
  }
}
