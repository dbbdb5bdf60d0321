/**
 * The find bar above the story: search and replace fields, case / whole word / regular
 * expression toggles, a live match count, previous / next, replace and replace all.
 *
 * Keys follow desktop editors: Mod-f finds, Mod-h or Mod-Alt-f replaces, Enter and F3 (Mod-g)
 * go to the next match, Shift with them to the previous, Escape closes and returns to the story.
 * Typing searches from the caret, so the first match shown is the one the writer is nearest.
 * Replace All says how many it replaced; Ctrl+Z in a field the writer has not typed in since
 * undoes the replace in the story (the field's own undo would do nothing).
 */
import { redo, undo } from "prosemirror-history";
import { settingsOf } from "../analysis/writer-settings";
import {
  castChangeSaid,
  castOfferLabel,
  castRenameOffer,
  renameAlong,
  type CastRenameOffer,
} from "../cast";
import { formatCount } from "../editor/word-count";
import type { App, Feature } from "../editor/feature";
import {
  activeQuery,
  countMatches,
  emptyFind,
  find,
  findNext,
  findPrevious,
  findProgress,
  findScan,
  invalidRegexp,
  queryFor,
  replaceAllWith,
  replaceNext,
  setFind,
  type FindOptions,
} from "./plugin";

type Toggle = "caseSensitive" | "wholeWord" | "regexp";
export type FindMode = "find" | "replace";

const COUNT_DELAY_MS = 80;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export class FindBar {
  readonly element: HTMLElement;
  private readonly searchInput: HTMLInputElement;
  private readonly replaceInput: HTMLInputElement;
  private readonly replaceRow: HTMLElement;
  /** The offer to rename the character too, shown when the search is a name of the cast. */
  private readonly renameOffer: HTMLLabelElement;
  private readonly renameBox: HTMLInputElement;
  /** The name of the cast the offer changes now, or null when none is offered. */
  private offered: CastRenameOffer | null = null;
  private readonly count: HTMLElement;
  private readonly toggles = new Map<Toggle, HTMLButtonElement>();
  private options: FindOptions = emptyFind;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  /** Matches the last Replace All replaced, shown until the search changes. */
  private replaced: number | null = null;
  /**
   * Whether the writer typed in a field since it opened or since the last replace. Until then
   * the field has nothing of its own to undo, so Ctrl+Z undoes in the story (the replace).
   */
  private fieldTyped = false;

  constructor(private readonly app: App) {
    this.element = el(
      "div",
      { className: "find-bar", hidden: true },
      { role: "search", "aria-label": "Find and replace" },
    );
    this.searchInput = el(
      "input",
      { type: "search", className: "find-input", placeholder: "Find" },
      { "aria-label": "Find", "data-find": "search" },
    );
    this.replaceInput = el(
      "input",
      { type: "text", className: "find-input", placeholder: "Replace with" },
      { "aria-label": "Replace with", "data-find": "replace" },
    );
    this.count = el(
      "span",
      { className: "find-count" },
      { "aria-live": "polite", "data-find": "count" },
    );
    // A button named by its words is named by them alone (the tooltip adds the key), so what
    // a speech-input user reads on it is what it answers to; an arrow is named by its tooltip.
    const button = (
      label: string,
      title: string,
      run: () => void,
      name: string,
    ): HTMLButtonElement => {
      const b = el("button", { type: "button", textContent: label, title }, { "data-find": name });
      if (!/\p{L}/u.test(label)) b.setAttribute("aria-label", title);
      b.addEventListener("click", run);
      return b;
    };
    // Toggles say what they do in words and show whether they are on (a tick and a fill).
    const toggle = (key: Toggle, label: string, title: string): HTMLButtonElement => {
      const b = button(label, title, () => this.update({ [key]: !this.options[key] }), key);
      b.classList.add("find-toggle");
      b.setAttribute("aria-pressed", "false");
      this.toggles.set(key, b);
      return b;
    };
    const findRow = el("div", { className: "find-row" });
    findRow.append(
      this.searchInput,
      toggle("caseSensitive", "Match case", "Match upper and lower case exactly (Alt+C)"),
      toggle("wholeWord", "Whole word", "Match whole words only (Alt+W)"),
      toggle("regexp", "Regex", "Search with a regular expression (Alt+R)"),
      this.count,
      button("↑", "Previous match (Shift+Enter)", () => this.previous(), "previous"),
      button("↓", "Next match (Enter)", () => this.next(), "next"),
      button("×", "Close (Escape)", () => this.close(), "close"),
    );
    this.replaceRow = el("div", { className: "find-row", hidden: true });
    this.replaceRow.append(
      this.replaceInput,
      button("Replace", "Replace this match (Enter)", () => this.replaceOne(), "replace-one"),
      button(
        "Replace All",
        "Replace every match (Mod+Enter)",
        () => this.replaceAll(),
        "replace-all",
      ),
    );
    this.renameBox = el("input", { type: "checkbox" }, { "data-find": "rename-cast" });
    this.renameOffer = el("label", { className: "find-rename", hidden: true });
    this.renameOffer.append(this.renameBox, el("span"));
    this.replaceRow.append(this.renameOffer);
    this.element.append(findRow, this.replaceRow);
    this.searchInput.addEventListener("input", () => {
      this.fieldTyped = true;
      this.update({ search: this.searchInput.value }, true);
    });
    this.replaceInput.addEventListener("input", () => {
      this.fieldTyped = true;
      this.update({ replace: this.replaceInput.value });
    });
    this.element.addEventListener("keydown", (event) => this.onKey(event));
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Opens the bar, seeded with the selected text when it is a short single-line selection. */
  open(mode: FindMode): void {
    const { state } = this.app.view;
    const selected = state.doc.textBetween(state.selection.from, state.selection.to);
    if (selected && selected.length < 200 && !selected.includes("\n")) {
      this.searchInput.value = selected;
      this.options = { ...this.options, search: selected };
    }
    this.element.hidden = false;
    this.fieldTyped = false;
    this.replaceRow.hidden = mode !== "replace";
    this.apply(false);
    const input = mode === "replace" && this.options.search ? this.replaceInput : this.searchInput;
    input.focus();
    input.select();
  }

  /** Closes the bar, clears the highlights and puts the writer back in the story. */
  close(): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.replaceRow.hidden = true;
    setFind({ ...this.options, search: "" })(this.app.view.state, this.app.view.dispatch);
    this.app.view.focus();
  }

  next(): boolean {
    return this.run(findNext);
  }

  previous(): boolean {
    return this.run(findPrevious);
  }

  replaceOne(): boolean {
    const done = this.run(replaceNext);
    if (done) this.fieldTyped = false;
    return done;
  }

  /**
   * Replaces every match and says how many; with the offer taken, the character whose name
   * this was is renamed in the cast in the same undo step.
   */
  replaceAll(): boolean {
    const state = this.app.view.state;
    const total = activeQuery(state)?.valid ? countMatches(state, Infinity).total : 0;
    const from = this.offered && this.renameBox.checked && total > 0 ? this.offered : null;
    const to = this.options.replace.trim();
    let renamed = false;
    const done = this.run(
      replaceAllWith((s, tr) => (renamed = from !== null && renameAlong(s, tr, from, to))),
    );
    if (!done) return false;
    this.fieldTyped = false;
    this.replaced = total;
    const said = `Replaced ${formatCount(total)} ${total === 1 ? "match" : "matches"}`;
    const cast =
      renamed && from ? castChangeSaid(from, to, settingsOf(this.app.view.state).cast) : "";
    this.app.flash(cast ? `${said}; ${cast} in the cast too` : said);
    this.renderCount();
    this.offerRename();
    return true;
  }

  /**
   * Shows the offer to rename the character when the search is one's name, ticked anew: when
   * the search or the replacement changes, and when the cast does (an undo of a rename, a
   * character added), so the offer always matches the cast Replace All would change.
   */
  offerRename(): void {
    const { search, replace, regexp, caseSensitive } = this.options;
    const state = this.app.view.state;
    const offer =
      this.replaceRow.hidden || regexp
        ? null
        : castRenameOffer(state, { search, replace, caseSensitive });
    // Ticked each time another name is offered: a Replace All of a name is mostly a rename.
    if (offer?.name !== this.offered?.name || offer?.alias !== this.offered?.alias)
      this.renameBox.checked = true;
    this.renameOffer.lastElementChild!.textContent = offer
      ? ` ${castOfferLabel(state, offer, replace)}`
      : "";
    this.offered = offer;
    this.renameOffer.hidden = offer === null;
  }

  /** Ctrl+Z or Ctrl+Y in a field with nothing of its own to undo: undo or redo in the story. */
  private storyHistory(event: KeyboardEvent): boolean {
    const key = event.key.toLowerCase();
    const isUndo = key === "z" && !event.shiftKey;
    const isRedo = (key === "z" && event.shiftKey) || key === "y";
    if (this.fieldTyped || !(isUndo || isRedo)) return false;
    const { view } = this.app;
    (isUndo ? undo : redo)(view.state, view.dispatch);
    this.replaced = null;
    this.renderCount();
    return true;
  }

  /** The options the bar holds now (for tests and the shortcuts help). */
  get current(): FindOptions {
    return this.options;
  }

  /** Updates options from a command or a test (e.g. `{search: "x", regexp: true}`). */
  update(patch: Partial<FindOptions>, fromCaret = false): void {
    this.options = { ...this.options, ...patch };
    this.replaced = null;
    this.searchInput.value = this.options.search;
    this.replaceInput.value = this.options.replace;
    this.apply(fromCaret);
  }

  /** Re-counts after the story or the selection changed. */
  scheduleCount(): void {
    if (!this.isOpen) return;
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.renderCount(), COUNT_DELAY_MS);
  }

  /** Shows the count now (the background search just finished). */
  showCount(): void {
    this.renderCount();
  }

  /** The query was lost (a new story was loaded): put it back. */
  restoreQuery(): void {
    const active = activeQuery(this.app.view.state);
    if (this.isOpen && active && !active.eq(queryFor(this.options))) this.apply(false);
  }

  private run(
    command: (
      state: typeof this.app.view.state,
      dispatch?: typeof this.app.view.dispatch,
    ) => boolean,
  ): boolean {
    const { view } = this.app;
    if (!activeQuery(view.state)?.valid) return false;
    const done = command(view.state, view.dispatch);
    this.renderCount();
    return done;
  }

  private apply(fromCaret: boolean): void {
    for (const [key, button] of this.toggles)
      button.setAttribute("aria-pressed", String(this.options[key]));
    const { view } = this.app;
    // The search runs in slices; it selects the first match from the caret once found.
    setFind(this.options, fromCaret ? view.state.selection.from : null)(view.state, view.dispatch);
    this.renderCount();
    this.offerRename();
  }

  private renderCount(): void {
    clearTimeout(this.countTimer);
    const bad = invalidRegexp(this.options);
    this.searchInput.setAttribute("aria-invalid", String(bad));
    if (bad) return void (this.count.textContent = "Invalid pattern");
    if (!this.options.search) return void (this.count.textContent = "");
    const { total, current, capped, complete } = findProgress(this.app.view.state);
    const of = `${formatCount(total)}${capped ? "+" : ""}`;
    const found = !complete
      ? `Searching… ${formatCount(total)}`
      : total === 0
        ? "No matches"
        : current > 0
          ? `${current} of ${of}`
          : `${of} ${total === 1 ? "match" : "matches"}`;
    this.count.textContent =
      this.replaced === null ? found : `Replaced ${formatCount(this.replaced)} · ${found}`;
    this.element.classList.toggle("find-none", complete && total === 0);
  }

  private onKey(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key;
    const inReplace = event.target === this.replaceInput;
    let handled = true;
    if (key === "Escape") this.close();
    else if (mod && this.storyHistory(event)) return void event.preventDefault();
    else if (key === "Enter" && mod && inReplace) this.replaceAll();
    else if (key === "Enter" && inReplace) this.replaceOne();
    else if ((key === "Enter" && !mod) || key === "F3" || (mod && key.toLowerCase() === "g")) {
      if (event.shiftKey) this.previous();
      else this.next();
    } else if (mod && key.toLowerCase() === "f" && !event.altKey) this.open("find");
    else if (
      (mod && key.toLowerCase() === "h") ||
      (mod && event.altKey && key.toLowerCase() === "f")
    )
      this.open("replace");
    else if (
      event.altKey &&
      !mod &&
      ["c", "w", "r"].includes(event.code.slice(-1).toLowerCase()) &&
      event.code.startsWith("Key")
    ) {
      const toggle: Toggle = ({ c: "caseSensitive", w: "wholeWord", r: "regexp" } as const)[
        event.code.slice(-1).toLowerCase() as "c" | "w" | "r"
      ];
      this.update({ [toggle]: !this.options[toggle] });
    } else handled = false;
    if (handled) event.preventDefault();
  }
}

const bars = new WeakMap<App, FindBar>();

/** The app's find bar, once the find feature is mounted. */
export function findBarOf(app: App): FindBar | undefined {
  return bars.get(app);
}

/** The find feature: the search plugin and the bar. */
export const findFeature: Feature = {
  name: "find",
  plugins: () => [
    // Its keys in the story are the registry's (commands/edit-commands.ts, view-commands.ts).
    ...find(),
  ],
  mount(app) {
    const bar = new FindBar(app);
    bars.set(app, bar);
    // Above the editor's frame, which sizes the (positioned) scroller to the space left.
    const frame = app.elements.editor.closest("#editor-frame") ?? app.elements.editor;
    frame.before(bar.element);
  },
  // Settled once the background search has counted the whole story (tests and the bench).
  settled: (app) => findScan(app.view.state).complete,
  update(app, previous) {
    const bar = bars.get(app);
    if (!bar?.isOpen) return;
    const { state } = app.view;
    if (!activeQuery(state)?.valid && bar.current.search) queueMicrotask(() => bar.restoreQuery());
    if (settingsOf(state).cast !== settingsOf(previous).cast) bar.offerRename();
    const scan = findScan(state);
    const before = findScan(previous);
    // The scan just finished: the count is known, show it now.
    if (scan.complete && !before.complete) bar.showCount();
    else if (
      state.doc !== previous.doc ||
      !state.selection.eq(previous.selection) ||
      scan.total !== before.total
    )
      bar.scheduleCount();
  },
};
