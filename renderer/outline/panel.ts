/**
 * The outline panel: the scenes in order with title, POV, character chips, word count, status
 * and synopsis. Click a scene to jump to it; drag it (or Alt+Up/Down on the focused scene) to
 * reorder; rename by clicking the title.
 *
 * Rendering is cheap by construction: the list is rebuilt only when scene structure or
 * attributes change; a selection change only moves the highlight; words and chips are
 * refreshed after a pause (words are cached per paragraph, chips come from the analysis).
 *
 * The current scene's row stays in view as the writer moves through a long story (the list
 * scrolls to it in the frame after the caret enters another scene), and the list can be
 * filtered by text (titles, synopses, characters) and by one character.
 *
 * A story with chapter headings shows each chapter as a row above its scenes (its heading and
 * word count); a chapter collapses and expands (its toggle, or Left/Right/Space on its row) and
 * stays so while the story is open. A draft without headings shows no chapter row.
 */
import type { Command, EditorState } from "prosemirror-state";
import { plainLabel } from "../editor/emphasis-marks";
import { formatCount } from "../editor/word-count";
import {
  keepSceneBreak,
  mergeSceneWithPrevious,
  moveScene,
  moveScenes,
  renameScene,
  setStatus,
  setSynopsis,
} from "./scene-commands";
import { chapterHeadingAt, renameChapter } from "./chapter-rename";
import { chapterTitle, headingTitle } from "../../core/chapters";
import {
  sameSceneAttrs,
  sceneFigures,
  sceneLabel,
  sceneSummaries,
  sameChips,
  sameSummaries,
  type SceneFigures,
  type SceneSummary,
} from "./outline-data";
import type { SceneChips } from "./plugin";
import { el } from "../ui/dom";
import {
  chapterOfScenes,
  followHeadings,
  inSceneOrder,
  sameChapterStarts,
  type ChapterStart,
} from "./outline-chapters";
import { showChips } from "./outline-chips";
import { matchesFilter, sceneCount } from "./outline-filter";
import { dragToReorder, type DragRows } from "./outline-drag";
import { handleRowKeys, type KeyRows } from "./outline-keys";
import { FilterBar } from "./outline-filter-bar";
import { scrollRowIntoView } from "./outline-follow";
import {
  buildChapterRow,
  buildSceneRow,
  chapterRowIndexOf,
  sceneRowOf,
  showChapterCollapsed,
} from "./outline-rows";
import {
  chooseStatusInPlace,
  editSynopsisInPlace,
  renameChapterInPlace,
  renameInPlace,
} from "./outline-editors";

/** What the panel needs from the app. */
export interface OutlineHost {
  readonly state: EditorState;
  /** Runs a command against the editor; returns whether it applied. */
  run(command: Command): boolean;
  /** Puts the cursor at the start of a scene and scrolls it into view. */
  jumpTo(index: number): void;
  /** Runs a registered command by id (buttons). */
  runCommand(id: string): void;
  /** Whether the story is a Markdown draft (its `#` lines are headings). */
  isMarkdown(): boolean;
}

const FIGURES_DELAY_MS = 200;
/** Longest stretch of figure work before yielding to input (a first count of a novel). */
const FIGURES_SLICE_MS = 12;

export class OutlinePanel {
  private readonly list: HTMLOListElement;
  private readonly live: HTMLElement;
  private readonly count: HTMLElement;
  private scenes: SceneSummary[] = [];
  private rendered = false;
  private active = -1;
  private figuresTimer: ReturnType<typeof setTimeout> | undefined;
  private words: (number | null)[] = [];
  /** Every character of each scene, most present first (the chips show the first few). */
  private characters: (readonly string[])[] = [];
  private readonly filter: FilterBar;
  private followFrame = 0;
  /** Scene rows in scene order (chapter rows sit between them in the list). */
  private rows: HTMLElement[] = [];
  private chapters: readonly ChapterStart[] = [];
  /** Who is in each scene, from the latest analysis result (see `setChips`). */
  private chips: SceneChips = new Map();
  /** A scene's stored POV name as its character is called now (see `setChips`). */
  private named: (name: string) => string = (name) => name;
  /** Each scene's chapter (index into `chapters`), -1 before the first; empty without chapters. */
  private chapterOf: number[] = [];
  private chapterRows = new Map<number, HTMLElement>();
  /** Collapsed chapters, by the id of their opening scene: kept while the story is open. */
  private readonly collapsed = new Set<string>();
  /** The in-place edit open in a row, if any: the rows are not redrawn under it. */
  private editing: object | null = null;
  /** A redraw asked for while an edit was open, done when it ends. */
  private redrawAfterEdit: { structural: boolean } | null = null;
  /**
   * The list's one tab stop (roving focus): the row with the focus while the focus is in the
   * list, else the current scene's row.
   */
  private tabStop: HTMLElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: OutlineHost,
  ) {
    const head = el("header", "outline-head");
    const title = el("h2", "outline-heading", "Outline");
    this.count = el("span", "outline-count");
    const actions = el("div", "outline-actions");
    actions.append(
      this.button("Split", "outline.split", "Split the scene at the cursor"),
      this.button("Chapter", "outline.chapterBreak", "Add a chapter break at the cursor"),
      this.button("Merge", "outline.merge", "Merge the scene at the cursor into the previous one"),
      this.button(
        "Re-detect",
        "outline.redetect",
        "Detect scenes again (your own boundaries stay)",
      ),
    );
    this.filter = new FilterBar(() => this.applyFilter());
    head.append(title, this.count, actions, this.filter.dom);
    this.list = el("ol", "outline-list");
    this.list.setAttribute("aria-label", "Scenes");
    this.live = el("div", "outline-live visually-hidden");
    this.live.setAttribute("aria-live", "polite");
    this.live.setAttribute("role", "status");
    root.append(head, this.list, this.live);
    this.listen();
  }

  private button(label: string, command: string, title: string): HTMLButtonElement {
    const b = el("button", "outline-action", label);
    b.type = "button";
    b.title = title;
    b.dataset.command = command;
    // Keep the editor's selection: the command acts on the scene at the cursor.
    b.addEventListener("mousedown", (e) => e.preventDefault());
    b.addEventListener("click", () => this.host.runCommand(command));
    return b;
  }

  /** Brings the panel up to date with the editor state. */
  update(state: EditorState, previous: EditorState | null): void {
    // A story opened: its scenes have no chips until its first result, and the last
    // announcement, about the story before, goes.
    if (!previous) {
      this.chips = new Map();
      this.live.textContent = "";
    }
    const docChanged = !previous || previous.doc !== state.doc;
    if (docChanged && previous && sameSceneAttrs(previous.doc, state.doc)) this.scheduleFigures();
    else if (docChanged) {
      const scenes = sceneSummaries(state.doc, (title) => plainLabel(state, title));
      if (!this.rendered || !sameSummaries(scenes, this.scenes)) {
        const structural =
          scenes.length !== this.scenes.length ||
          scenes.some((s, i) => s.id !== this.scenes[i]?.id);
        this.scenes = scenes;
        this.rendered = true;
        if (previous) this.chapters = followHeadings(this.chapters, previous.doc, state.doc);
        if (previous === null) this.collapsed.clear();
        this.render(structural, previous === null);
      } else this.scheduleFigures();
    }
    this.highlight(state.selection.$head.index(0));
  }

  /**
   * The characters of each scene, from a new result, and `named`, a name as its character is
   * called now (for the scenes' stored POV names); the figures redraw when either changed.
   */
  setChips(chips: SceneChips, named: (name: string) => string = (name) => name): void {
    const renamed = this.scenes.some((s) => s.pov !== null && named(s.pov) !== this.named(s.pov));
    this.named = named;
    if (sameChips(chips, this.chips) && !renamed) return;
    this.chips = chips;
    if (this.rendered) this.scheduleFigures();
  }

  /** Where the chapters start (none for a draft without headings); redraws when they moved. */
  setChapters(chapters: readonly ChapterStart[]): void {
    const shown = chapters.map((c) => ({ ...c, title: this.label(c.title) }));
    if (sameChapterStarts(shown, this.chapters)) return;
    this.chapters = shown;
    if (this.rendered) this.render(false);
  }

  /** The caret's chapter: its title and scenes, or null when the story has no chapters. */
  chapterAt(sceneIndex: number): { title: string; scenes: number[] } | null {
    const k = this.chapterOf[sceneIndex];
    if (k === undefined || k < 0) return null;
    const scenes: number[] = [];
    this.chapterOf.forEach((c, i) => c === k && scenes.push(i));
    return { title: this.chapters[k]!.title, scenes };
  }

  /** Announces a change to screen readers. */
  announce(message: string): void {
    this.live.textContent = message;
  }

  private render(structural: boolean, firstForStory = false): void {
    // A redraw replaces every row, and with it a rename or synopsis box the writer is typing
    // in (an analysis result lands while they type): it waits until the edit ends. A newly
    // opened story draws at once; the old story's edit goes with it.
    if (this.editing && !firstForStory) {
      this.redrawAfterEdit = { structural: structural || !!this.redrawAfterEdit?.structural };
      return;
    }
    this.editing = null;
    this.redrawAfterEdit = null;
    const focused = document.activeElement;
    const focusId =
      focused instanceof HTMLElement && this.list.contains(focused)
        ? focused.closest<HTMLElement>(".outline-item")?.dataset.id
        : undefined;
    const focusRole = focused instanceof HTMLElement ? focused.dataset.role : undefined;
    const focusChapter =
      focused instanceof HTMLElement && focused.classList.contains("outline-chapter")
        ? this.chapters[Number(focused.dataset.chapter)]?.sceneId
        : undefined;
    if (structural) {
      this.words = this.scenes.map(() => null);
      this.characters = this.scenes.map(() => []);
    }
    this.rows = this.scenes.map((s) => this.item(s));
    this.chapters = inSceneOrder(this.chapters, this.scenes);
    this.chapterOf = this.chapters.length
      ? chapterOfScenes(
          this.scenes.map((s) => s.id),
          this.chapters,
        )
      : [];
    this.chapterRows.clear();
    const rows: HTMLElement[] = [];
    this.rows.forEach((row, i) => {
      const k = this.chapterOf[i] ?? -1;
      if (k >= 0 && !this.chapterRows.has(k)) {
        const head = this.chapterRow(k);
        this.chapterRows.set(k, head);
        rows.push(head);
      }
      rows.push(row);
    });
    this.list.replaceChildren(...rows);
    this.active = -1;
    this.applyFilter();
    if (focusId) {
      const item = this.itemById(focusId);
      const target = focusRole
        ? item?.querySelector<HTMLElement>(`[data-role="${focusRole}"]`)
        : item;
      (target ?? item)?.focus();
    }
    if (focusChapter) this.chapterRowOf(focusChapter)?.focus();
    // A story just opened: its first count is a pass over every word of a novel, so it follows
    // in the next task and the story shows first. Later renders reuse cached counts at once.
    if (firstForStory) {
      clearTimeout(this.figuresTimer);
      this.figuresTimer = setTimeout(() => this.refreshFigures(), 0);
    } else this.refreshFigures();
  }

  private item(scene: SceneSummary): HTMLLIElement {
    return buildSceneRow(scene, this.scenes.length, this.words[scene.index] ?? null);
  }

  /** A chapter's title as the rows show it: without emphasis marks the story shows as italics. */
  private label(title: string): string {
    return plainLabel(this.host.state, title);
  }

  private chapterRow(k: number): HTMLLIElement {
    const chapter = this.chapters[k]!;
    const li = buildChapterRow(chapter, k);
    this.showCollapsed(li, this.collapsed.has(chapter.sceneId));
    return li;
  }

  private showCollapsed(row: HTMLElement, collapsed: boolean): void {
    showChapterCollapsed(row, this.chapters[Number(row.dataset.chapter)], collapsed);
  }

  /** Collapses (true), expands (false) or toggles (undefined) chapter `k`. */
  private collapse(k: number, collapsed?: boolean): void {
    const chapter = this.chapters[k];
    const row = this.chapterRows.get(k);
    if (!chapter || !row) return;
    const now = collapsed ?? !this.collapsed.has(chapter.sceneId);
    if (now) this.collapsed.add(chapter.sceneId);
    else this.collapsed.delete(chapter.sceneId);
    this.showCollapsed(row, now);
    this.applyFilter();
  }

  /**
   * Reads each chapter's title from its heading line again: a rename, its undo or typing in a
   * heading shows here after the pause, without waiting for the next full analysis.
   */
  private refreshChapterTitles(): void {
    const { doc } = this.host.state;
    const markdown = this.host.isMarkdown();
    for (const [k, row] of this.chapterRows) {
      const first = this.chapterOf.indexOf(k);
      const heading = chapterHeadingAt(doc, first);
      if (!heading || headingTitle(heading.text, markdown) === null) continue;
      const title = this.label(chapterTitle(heading.text));
      const chapter = this.chapters[k]!;
      if (chapter.title === title) continue;
      this.chapters = this.chapters.map((c, i) => (i === k ? { ...c, title } : c));
      const shown = row.querySelector<HTMLElement>(".outline-chapter-title");
      if (shown) {
        shown.textContent = title;
        shown.title = `${title} (F2 to rename)`;
      }
      this.showCollapsed(row, this.collapsed.has(chapter.sceneId));
    }
  }

  /** Sums each chapter's scene counts into its row. */
  private showChapterWords(): void {
    const totals = new Map<number, number>();
    this.chapterOf.forEach((k, i) => totals.set(k, (totals.get(k) ?? 0) + (this.words[i] ?? 0)));
    for (const [k, row] of this.chapterRows) {
      const text = `${formatCount(totals.get(k) ?? 0)} w`;
      const words = row.querySelector(".outline-chapter-words")!;
      if (words.textContent === text) continue;
      words.textContent = text;
      this.showCollapsed(row, this.collapsed.has(this.chapters[k]!.sceneId));
    }
  }

  /** Opens the editor for a row's title, synopsis or status; focus returns to the row. */
  private edit(index: number, role: string): void {
    const item = this.itemAt(index);
    const shown = item?.querySelector<HTMLElement>(`button[data-role="${role}"]`);
    const scene = this.scenes[index];
    if (!item || !shown || !scene) return;
    const id = scene.id;
    const storedTitle = (this.host.state.doc.maybeChild(index)?.attrs.title as string) ?? "";
    const done = this.beginEdit(() => this.itemById(id)?.focus());
    if (role === "title")
      // The field holds the title as stored, marks and all (the row shows it without them).
      renameInPlace(shown, index, storedTitle, (v) => this.host.run(renameScene(index, v)), done);
    else if (role === "synopsis")
      editSynopsisInPlace(
        shown,
        index,
        scene.synopsis,
        (v) => this.host.run(setSynopsis(index, v)),
        done,
      );
    else if (role === "status")
      chooseStatusInPlace(shown, scene.status, (v) => this.host.run(setStatus(index, v)), done);
  }

  /**
   * Keeps scene `index`'s suggested break or removes it (the scene joins the one before); the
   * focus stays on the row the scene is now in, and the change is announced.
   */
  private answerSuggestion(index: number, keep: boolean): void {
    const title = this.scenes[index]?.title ?? "";
    const applied = this.host.run(keep ? keepSceneBreak(index) : mergeSceneWithPrevious(index));
    if (!applied) return;
    this.itemAt(keep ? index : index - 1)?.focus();
    this.announce(
      keep
        ? `Kept the break before “${title}”.`
        : `Removed the break: “${title}” joined the scene before.`,
    );
  }

  /** Scene n's row: O(1), not a selector scan. */
  private itemAt(index: number): HTMLElement | null {
    return index < 0 ? null : (this.rows[index] ?? null);
  }

  private itemById(id: string): HTMLElement | null {
    return this.list.querySelector<HTMLElement>(`.outline-item[data-id="${CSS.escape(id)}"]`);
  }

  private highlight(index: number): void {
    if (index === this.active) return;
    this.itemAt(this.active)?.removeAttribute("aria-current");
    this.itemAt(this.active)?.classList.remove("active");
    const item = this.itemAt(index);
    item?.classList.add("active");
    item?.setAttribute("aria-current", "true");
    // Roving focus: the current scene is the list's one tab stop, unless a row has the focus.
    if (!this.list.contains(document.activeElement)) this.setTabStop(item);
    const before = this.chapterOf[this.active] ?? -1;
    const after = this.chapterOf[index] ?? -1;
    if (before !== after) {
      this.chapterRows.get(before)?.classList.remove("current");
      this.chapterRows.get(after)?.classList.add("current");
    }
    this.active = index;
    // In the next frame, not in the transaction: it measures the list.
    if (!this.followFrame) this.followFrame = requestAnimationFrame(() => this.follow());
  }

  /** Scrolls the list just enough that the current scene's row shows below the sticky head. */
  private follow(): void {
    this.followFrame = 0;
    const scene = this.itemAt(this.active);
    // In a collapsed chapter, the chapter's row stands for the scene.
    const item = scene?.hidden ? this.chapterRows.get(this.chapterOf[this.active] ?? -1) : scene;
    if (item) scrollRowIntoView(this.list, item, this.root.querySelector(".outline-head"));
  }

  /** Shows only the scenes the filter text and character match; none set shows them all. */
  private applyFilter(): void {
    const { text, who } = this.filter;
    let shown = 0;
    const matched = new Set<number>();
    this.scenes.forEach((scene, i) => {
      const item = this.itemAt(i);
      if (!item) return;
      const people = this.characters[i] ?? [];
      const match = matchesFilter(scene, people, text, who);
      const k = this.chapterOf[i] ?? -1;
      item.hidden = !match || (k >= 0 && this.collapsed.has(this.chapters[k]!.sceneId));
      if (match) shown++;
      if (match) matched.add(k);
    });
    // A filter shows the chapters that hold a match; their rows stay when they are collapsed.
    for (const [k, row] of this.chapterRows) row.hidden = !!(text || who) && !matched.has(k);
    this.count.textContent = sceneCount(shown, this.scenes.length, !!(text || who));
    this.root.classList.toggle("outline-filtered", !!(text || who));
    if (!this.followFrame) this.followFrame = requestAnimationFrame(() => this.follow());
  }

  /** The character menu lists everyone in the story's scenes, in order of first appearance. */
  private refreshCharacters(): void {
    this.filter.setCharacters([...new Set(this.characters.flat())]);
  }

  private scheduleFigures(): void {
    clearTimeout(this.figuresTimer);
    this.figuresTimer = setTimeout(() => this.refreshFigures(), FIGURES_DELAY_MS);
  }

  /** Recomputes words and chips, in slices so a first count of a long novel never blocks input. */
  private refreshFigures(from = 0): void {
    clearTimeout(this.figuresTimer);
    const { state } = this.host;
    const chips = this.chips;
    const n = Math.min(state.doc.childCount, this.scenes.length);
    const started = performance.now();
    for (let i = from; i < n; i++) {
      if (performance.now() - started > FIGURES_SLICE_MS) {
        this.figuresTimer = setTimeout(() => this.refreshFigures(i), 0);
        return;
      }
      const li = this.itemAt(i);
      if (li) this.showFigures(li, i, sceneFigures(state.doc.child(i), chips, this.named));
    }
    this.figuresTimer = undefined;
    this.refreshChapterTitles();
    this.showChapterWords();
    this.refreshCharacters();
    if (this.filter.touched) this.applyFilter();
  }

  /** False while word counts and chips are still being filled in. */
  isSettled(): boolean {
    return this.figuresTimer === undefined;
  }

  private showFigures(li: HTMLElement, i: number, figures: SceneFigures): void {
    const scene = this.scenes[i]!;
    this.characters[i] = figures.characters;
    if (this.words[i] !== figures.words || !li.querySelector(".outline-words")!.textContent) {
      this.words[i] = figures.words;
      li.querySelector(".outline-words")!.textContent = `${formatCount(figures.words)} w`;
      li.setAttribute("aria-label", sceneLabel(scene, this.scenes.length, figures.words));
    }
    showChips(li.querySelector<HTMLElement>(".outline-chips")!, figures.characters, figures.pov);
  }

  /** Chapter `k`'s scenes: the first one's index and how many. */
  private chapterSpan(k: number): { first: number; count: number } | null {
    const first = this.chapterOf.indexOf(k);
    if (first < 0) return null;
    let count = 0;
    while (this.chapterOf[first + count] === k) count++;
    return { first, count };
  }

  /** Whether chapter `k` opens with a heading line (the opening chapter of a draft may not). */
  private headed(k: number): boolean {
    const span = this.chapterSpan(k);
    const heading = span && chapterHeadingAt(this.host.state.doc, span.first);
    return !!heading && headingTitle(heading.text, this.host.isMarkdown()) !== null;
  }

  private chapterRowOf(sceneId: string): HTMLElement | null {
    const k = this.chapters.findIndex((c) => c.sceneId === sceneId);
    return this.chapterRows.get(k) ?? null;
  }

  /**
   * Moves chapter `k` (its heading and all its scenes) before chapter `target` (when above it)
   * or after it (when below), one undo step; focus stays on its row. Only chapters that open
   * with a heading move and are moved past, so no chapter loses its heading's place.
   */
  private moveChapter(k: number, target: number): void {
    const span = this.chapterSpan(k);
    const other = this.chapterSpan(target);
    if (!span || !other || k === target || !this.headed(k) || !this.headed(target)) return;
    const to = target < k ? other.first : other.first + other.count - span.count;
    const { sceneId, title } = this.chapters[k]!;
    if (!this.host.run(moveScenes(span.first, span.count, to))) return;
    this.chapterRowOf(sceneId)?.focus();
    const position = this.chapters.findIndex((c) => c.sceneId === sceneId);
    this.announce(`Moved “${title}” to chapter ${position + 1} of ${this.chapters.length}.`);
  }

  /** Opens the editor for chapter `k`'s title; the heading line in the text changes. */
  private renameChapterRow(k: number): void {
    const row = this.chapterRows.get(k);
    const span = this.chapterSpan(k);
    const shown = row?.querySelector<HTMLElement>(".outline-chapter-title");
    const heading = span && chapterHeadingAt(this.host.state.doc, span.first);
    const markdown = this.host.isMarkdown();
    const current = heading ? headingTitle(heading.text, markdown) : null;
    if (!row || !span || !shown || current === null) return;
    const { sceneId } = this.chapters[k]!;
    renameChapterInPlace(
      shown,
      this.chapters[k]!.title,
      current,
      (value) => {
        if (!this.host.run(renameChapter(span.first, value, markdown))) return false;
        // Shown at once; the next analysis reads the same title back from the text.
        const text = chapterHeadingAt(this.host.state.doc, span.first)?.text ?? "";
        this.chapters = this.chapters.map((c) =>
          c.sceneId === sceneId ? { ...c, title: this.label(chapterTitle(text)) } : c,
        );
        this.render(false);
        return true;
      },
      this.beginEdit(() => this.chapterRowOf(sceneId)?.focus()),
    );
  }

  /**
   * Marks an in-place edit open, now; the callback it returns ends it, draws what was held
   * back while it was open, then runs `then` (focus back to the row, as drawn now).
   */
  private beginEdit(then: () => void): () => void {
    const token = {};
    this.editing = token;
    return () => {
      if (this.editing === token) {
        this.editing = null;
        const held = this.redrawAfterEdit;
        this.redrawAfterEdit = null;
        if (held) this.render(held.structural);
      }
      then();
    };
  }

  /** Moves a scene and keeps focus on it; `how` says how for the announcement. */
  private move(from: number, to: number): void {
    const title = this.scenes[from]?.title || "Scene";
    if (!this.host.run(moveScene(from, to, this.host.isMarkdown()))) return;
    this.itemAt(to)?.focus();
    this.announce(`Moved “${title}” to position ${to + 1} of ${this.scenes.length}.`);
  }

  /** A chapter's row jumps to its first scene. */
  private jumpToChapter(k: number): void {
    const first = this.chapterOf.indexOf(k);
    if (first >= 0) this.host.jumpTo(first);
  }

  /** Makes `row` the list's one tab stop. */
  private setTabStop(row: HTMLElement | null): void {
    if (row === this.tabStop) return;
    if (this.tabStop) this.tabStop.tabIndex = -1;
    if (row) row.tabIndex = 0;
    this.tabStop = row;
  }

  private listen(): void {
    const list = this.list;
    // The row the focus reaches (arrow keys, a rename's end) is the tab stop while it is there:
    // Tab from it leaves the list, not for the current scene's row further down.
    list.addEventListener("focusin", (e) => {
      const row = (e.target as Element).closest<HTMLElement>(".outline-item, .outline-chapter");
      if (row?.parentElement === list) this.setTabStop(row);
    });
    list.addEventListener("focusout", (e) => {
      if (!list.contains(e.relatedTarget as Node | null)) this.setTabStop(this.itemAt(this.active));
    });
    list.addEventListener("click", (e) => {
      const k = chapterRowIndexOf(e.target);
      if (k >= 0) {
        if ((e.target as Element).closest("input")) return;
        if ((e.target as Element).closest(".outline-chapter-toggle")) this.collapse(k);
        else this.jumpToChapter(k);
        return;
      }
      const item = sceneRowOf(e.target);
      if (!item) return;
      const index = Number(item.dataset.index);
      const target = e.target as Element;
      const act = target.closest<HTMLElement>("button[data-act]")?.dataset.act;
      const role = target.closest<HTMLElement>("button[data-role]")?.dataset.role;
      if (act) this.answerSuggestion(index, act === "keep");
      else if (role) this.edit(index, role);
      else if (!target.closest("select, textarea, input")) this.host.jumpTo(index);
    });

    list.addEventListener("dblclick", (e) => {
      const k = chapterRowIndexOf(e.target);
      if (k >= 0 && (e.target as Element).closest(".outline-chapter-title"))
        this.renameChapterRow(k);
    });

    const rows = {
      list,
      sceneTitle: (i: number) => this.scenes[i]?.title,
      itemAt: (i: number) => this.itemAt(i),
      chapter: (k: number) => this.chapters[k],
      chapterRow: (k: number) => this.chapterRows.get(k),
      chapterOfScene: (i: number) => this.chapterOf[i] ?? -1,
      chapterSpan: (k: number) => this.chapterSpan(k),
      headed: (k: number) => this.headed(k),
      runCommand: (id: string) => this.host.runCommand(id),
      collapse: (k: number, collapsed?: boolean) => this.collapse(k, collapsed),
      jumpTo: (i: number) => this.host.jumpTo(i),
      jumpToChapter: (k: number) => this.jumpToChapter(k),
      renameScene: (i: number) => this.edit(i, "title"),
      renameChapter: (k: number) => this.renameChapterRow(k),
      moveScene: (from: number, to: number) => this.move(from, to),
      moveChapter: (k: number, target: number) => this.moveChapter(k, target),
    } satisfies DragRows & KeyRows;
    handleRowKeys(rows);
    dragToReorder(rows);
  }
}
