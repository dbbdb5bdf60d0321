/**
 * The Notes panel: the analysis notes grouped by kind, with counts, a switch per kind, and a
 * row per note that takes the writer there. It re-renders when a new analysis result arrives
 * (or a switch or an ignore changes), never per keystroke.
 *
 * A novel can carry thousands of notes, mostly glosses, so the panel builds few rows: glosses
 * collapse to one row per term with a count (a click steps through its uses), and each group
 * shows its first rows with a button for more.
 */
import type { NoteKind } from "../../core/model";
import { NOTE_KINDS } from "../analysis/controller";
import { sceneOfBlock, type SceneSpan } from "../editor/scene-spans";
import type { DocAnalysis, LocalNote } from "../analysis/protocol";
import { KIND_LABELS } from "./note-card";
import { el } from "../ui/dom";

export interface NotesPanelHost {
  /** Whether a kind is switched on. */
  isOn(kind: NoteKind): boolean;
  setOn(kind: NoteKind, on: boolean): void;
  isIgnored(note: LocalNote): boolean;
  /** How many ignore decisions the story holds, and a way to drop them all. */
  ignoredCount(): number;
  restoreIgnored(): void;
  /** Selects the note in the editor and scrolls to it. */
  reveal(note: LocalNote): void;
  /** Accepts a word in this story (a spelling row's button, as the note's card offers). */
  addToDictionary(word: string): void;
  /** The latest analysis result (read when drawing; the panel keeps none of its own). */
  current(): DocAnalysis | null;
  /**
   * The outline's scenes now, as block spans: a note's scene number is the one the outline
   * shows, after a split or a merge too, not the one the last analysis detected.
   */
  scenes(): readonly SceneSpan[];
}

/** About two lines of the panel: a longer message is cut, whole in its tooltip. */
const MESSAGE_CHARS = 110;

function shortMessage(message: string): HTMLElement {
  const cut =
    message.length > MESSAGE_CHARS
      ? `${message.slice(0, message.lastIndexOf(" ", MESSAGE_CHARS - 1) + 1 || MESSAGE_CHARS - 1).trimEnd()}…`
      : message;
  const span = el("span", "notes-message", cut);
  if (cut !== message) span.title = message;
  return span;
}

/** Rows a group shows before "Show more"; each press adds as many again. */
const PAGE = 25;

const GROUP_TITLES: Readonly<Record<NoteKind, string>> = {
  voice: "Voice",
  variant: "Variant spellings",
  "spelling-mix": "Spelling mix",
  spelling: "Spelling",
  encoding: "Garbled text",
  gloss: "Slang glossary",
};

/** Warnings are what a writer should look at; glosses and unsure voice notes are information. */
export function isWarning(note: LocalNote): boolean {
  return note.kind !== "gloss" && note.severity === "warning";
}

/** "¶15 · Scene 2" for a note (paragraphs counted from 1 for the writer). */
function placeLabel(note: LocalNote, sceneOf: (paragraph: number) => number | null): string {
  const scene = sceneOf(note.paragraph);
  return scene === null ? `¶${note.paragraph + 1}` : `¶${note.paragraph + 1} · Scene ${scene + 1}`;
}

/** A note's paragraph counts blocks as the document does (scene-break lines included). */
function sceneFinder(spans: readonly SceneSpan[]): (paragraph: number) => number | null {
  return (paragraph) => {
    const scene = sceneOfBlock(spans, paragraph);
    return scene < 0 ? null : scene;
  };
}

/** Notes grouped by `keyOf`, in the order each group's first note comes. */
function grouped(
  notes: readonly LocalNote[],
  keyOf: (n: LocalNote) => string,
): Map<string, LocalNote[]> {
  const out = new Map<string, LocalNote[]>();
  for (const n of notes) {
    const key = keyOf(n);
    const list = out.get(key);
    if (list) list.push(n);
    else out.set(key, [n]);
  }
  return out;
}

interface Row {
  /** What the row groups its notes by: its click steps through them under this key. */
  readonly key: string;
  readonly term: string;
  readonly place: string;
  readonly message: string;
  readonly notes: readonly LocalNote[];
}

export class NotesPanel {
  private readonly shownRows = new Map<NoteKind, number>();
  /** Next place to visit per row that holds several notes (a gloss term, a repeated word). */
  private readonly rowCursor = new Map<string, number>();
  private readonly summary: HTMLElement;
  private readonly restore: HTMLButtonElement;
  private readonly groups: HTMLElement;

  constructor(
    private readonly body: HTMLElement,
    private readonly host: NotesPanelHost,
  ) {
    this.summary = el("p", "notes-summary", "Notes appear here once the story has been read.");
    this.summary.setAttribute("aria-live", "polite");
    this.restore = el("button", "notes-restore");
    this.restore.type = "button";
    this.restore.hidden = true;
    this.restore.addEventListener("click", () => this.host.restoreIgnored());
    this.groups = el("div", "notes-groups");
    body.classList.add("notes-panel");
    body.append(this.summary, this.restore, this.groups);
  }

  /**
   * Forgets the rows shown and each row's next place: they were the story before's (a fresh
   * start on the next story shows the first rows, and a row's click goes to its first place).
   */
  forgetStory(): void {
    this.shownRows.clear();
    this.rowCursor.clear();
  }

  /** Draws `analysis` (the app's current result). */
  update(analysis: DocAnalysis | null = this.host.current()): void {
    if (!analysis) return;
    const byKind = new Map<NoteKind, LocalNote[]>(NOTE_KINDS.map((k) => [k, []]));
    for (const note of analysis.notes)
      if (!this.host.isIgnored(note)) byKind.get(note.kind)?.push(note);
    const sceneOf = sceneFinder(this.host.scenes());
    let warnings = 0;
    let info = 0;
    for (const [kind, notes] of byKind) {
      if (!this.host.isOn(kind)) continue;
      for (const n of notes)
        if (isWarning(n)) warnings++;
        else info++;
    }
    this.summary.textContent = `${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${info} for information`;
    this.summary.dataset.warnings = String(warnings);
    const ignored = this.host.ignoredCount();
    this.restore.hidden = ignored === 0;
    this.restore.textContent = `Show ignored notes again (${ignored} ${ignored === 1 ? "rule" : "rules"})`;
    this.groups.replaceChildren(
      ...NOTE_KINDS.map((kind) => this.group(kind, byKind.get(kind)!, sceneOf)),
    );
  }

  private rows(
    kind: NoteKind,
    notes: readonly LocalNote[],
    sceneOf: (p: number) => number | null,
  ): Row[] {
    if (kind !== "gloss")
      // One row per word and message: a place name the dictionary lacks was listed once per
      // use (17 rows for 8 words in a LitBank excerpt). The row steps through its places.
      return [...grouped(notes, (n) => `${kind}\u0000${n.text}\u0000${n.message}`)].map(
        ([key, list]) => ({
          key,
          term: list[0]!.text,
          place:
            list.length === 1
              ? placeLabel(list[0]!, sceneOf)
              : `${list.length}× · ${placeLabel(list[0]!, sceneOf)}`,
          message: list[0]!.message,
          notes: list,
        }),
      );
    return [...grouped(notes, (n) => `gloss\u0000${n.key ?? n.text.toLowerCase()}`)]
      .sort(([, a], [, b]) => b.length - a.length)
      .map(([key, list]) => ({
        key,
        term: list[0]!.text,
        place: `${list.length}×`,
        message: list[0]!.gloss ?? list[0]!.message,
        notes: list,
      }));
  }

  private group(
    kind: NoteKind,
    notes: readonly LocalNote[],
    sceneOf: (p: number) => number | null,
  ): HTMLElement {
    const on = this.host.isOn(kind);
    const box = el("section", `notes-group notes-group-${kind}`);
    box.dataset.kind = kind;
    const head = el("label", "notes-group-head");
    const toggle = el("input", "notes-toggle");
    toggle.type = "checkbox";
    toggle.checked = on;
    toggle.addEventListener("change", () => this.host.setOn(kind, toggle.checked));
    const count = el("span", "notes-count", String(notes.length));
    count.dataset.count = String(notes.length);
    head.append(
      toggle,
      el("span", `notes-swatch notes-swatch-${kind}`),
      el("span", "notes-group-title", GROUP_TITLES[kind]),
      count,
    );
    head.title = `Show or hide ${KIND_LABELS[kind].toLowerCase()} notes`;
    box.append(head);
    if (!on || notes.length === 0) {
      box.classList.toggle("notes-group-off", !on);
      return box;
    }
    const rows = this.rows(kind, notes, sceneOf);
    const limit = this.shownRows.get(kind) ?? PAGE;
    const list = el("ul", "notes-list");
    for (const row of rows.slice(0, limit)) list.append(this.row(row));
    box.append(list);
    if (rows.length > limit) {
      const more = el(
        "button",
        "notes-more",
        `Show ${Math.min(PAGE, rows.length - limit)} more of ${rows.length - limit}`,
      );
      more.type = "button";
      more.addEventListener("click", () => {
        this.shownRows.set(kind, limit + PAGE);
        this.update();
      });
      box.append(more);
    }
    return box;
  }

  private row(row: Row): HTMLElement {
    const item = el("li", "notes-row");
    const go = el("button", "notes-go");
    go.type = "button";
    go.append(
      el("span", "notes-term", row.term),
      el("span", "notes-place", row.place),
      shortMessage(row.message),
    );
    go.title = row.message;
    go.addEventListener("click", () => {
      const next = this.rowCursor.get(row.key) ?? 0;
      this.rowCursor.set(row.key, (next + 1) % row.notes.length);
      this.host.reveal(row.notes[next % row.notes.length]!);
    });
    item.append(go);
    // The message tells the writer to add a name to the story dictionary: the row offers it.
    if (row.notes[0]!.kind === "spelling") {
      const add = el("button", "notes-add", "Add to story dictionary");
      add.type = "button";
      // The spoken name begins with the words shown (WCAG 2.5.3, label in name): a voice
      // control user says what they see.
      add.setAttribute("aria-label", `Add to story dictionary: “${row.term}”`);
      add.addEventListener("click", () => this.host.addToDictionary(row.term));
      item.append(add);
    }
    return item;
  }
}
