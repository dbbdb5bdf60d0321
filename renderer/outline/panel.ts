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
import { keepSceneBreak, mergeSceneWithPrevious, moveScene, moveScenes } from "./scene-commands";
import { chapterHeadingAt, renameChapter } from "./chapter-rename";
import { chapterTitle, headingTitle } from "../../core/chapters";
import {
  sameSceneAttrs,
  sceneSummaries,
  sameChips,
  sameSummaries,
  type SceneSummary,
} from "./outline-data";
import type { SceneChips } from "./plugin";
import { el } from "../ui/dom";
import type { ChapterStart } from "./outline-chapters";
import { ChapterRows } from "./outline-chapter-rows";
import { outlineHead, type ChosenScene } from "./outline-head";
import { handleRowClicks, type ClickRows } from "./outline-row-events";
import { SceneFigureFill } from "./outline-figures";
import { EditHold } from "./outline-edit-hold";
import { matchesFilter, sceneCount } from "./outline-filter";
import { dragToReorder, type DragRows } from "./outline-drag";
import { handleRowKeys, type KeyRows } from "./outline-keys";
import { FilterBar } from "./outline-filter-bar";
import { scrollRowIntoView } from "./outline-follow";
import { buildSceneRow } from "./outline-rows";
import { editSceneInPlace, renameChapterInPlace } from "./outline-editors";

/** What the panel needs from the app. */
export interface OutlineHost {
  readonly state: EditorState;
  /** Runs a command against the editor; returns whether it applied. */
  run(command: Command): boolean;
  /** Puts the cursor at the start of a scene and scrolls it into view. */
  jumpTo(index: number): void;
  /** Runs a registered command by id (buttons). */
  runCommand(id: string): void;
  /** Runs a registered command by id with `arg`; answers whether it applied. */
  act(id: string, arg?: string): Promise<boolean>;
  /** Whether the story is a Markdown draft (its `#` lines are headings). */
  isMarkdown(): boolean;
}

export class OutlinePanel {
  private readonly list: HTMLOListElement;
  private readonly live: HTMLElement;
  private readonly count: HTMLElement;
  private scenes: SceneSummary[] = [];
  private rendered = false;
  private active = -1;
  /** Each row's word count and chips, filled in after a pause. */
  private readonly figures: SceneFigureFill;
  private readonly filter: FilterBar;
  private followFrame = 0;
  /** Scene rows in scene order (chapter rows sit between them in the list). */
  private rows: HTMLElement[] = [];
  private readonly chapters: ChapterRows;
  /** Who is in each scene, from the latest analysis result (see `setChips`). */
  private chips: SceneChips = new Map();
  /** A scene's stored POV name as its character is called now (see `setChips`). */
  private named: (name: string) => string = (name) => name;
  /** The in-place edit open in a row, if any: the rows are not redrawn under it. */
  private readonly edits = new EditHold((structural) => this.render(structural));
  /**
   * The list's one tab stop (roving focus): the row with the focus while the focus is in the
   * list, else the current scene's row.
   */
  private tabStop: HTMLElement | null = null;
  /**
   * The scene (its id) whose row the writer chose: the row with the focus, or the last one to
   * have it while the focus stays in the panel (Shift+Tab to the head's buttons). The head's
   * Split, Chapter and Merge act on it; with none chosen, on the caret's scene.
   */
  private chosen: string | null = null;
  private readonly choose: (scene: ChosenScene | null) => void;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: OutlineHost,
  ) {
    this.chapters = new ChapterRows(host, (title) => this.label(title));
    this.figures = new SceneFigureFill({
      doc: () => this.host.state.doc,
      scenes: () => this.scenes,
      chips: () => this.chips,
      named: () => this.named,
      itemAt: (i) => this.itemAt(i),
      filled: () => {
        this.chapters.refreshTitles();
        this.chapters.showWords(this.figures.words);
        this.refreshCharacters();
        if (this.filter.touched) this.applyFilter();
      },
    });
    this.filter = new FilterBar(() => this.applyFilter());
    const { head, count, choose } = outlineHead(
      (id) => this.act(id),
      (id) => this.host.runCommand(id),
      this.filter.dom,
    );
    this.count = count;
    this.choose = choose;
    this.list = el("ol", "outline-list");
    this.list.setAttribute("aria-label", "Scenes");
    this.live = el("div", "outline-live visually-hidden");
    this.live.setAttribute("aria-live", "polite");
    this.live.setAttribute("role", "status");
    root.append(head, this.list, this.live);
    this.listen();
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
    if (docChanged && previous && sameSceneAttrs(previous.doc, state.doc)) this.figures.schedule();
    else if (docChanged) {
      const scenes = sceneSummaries(state.doc, (title) => plainLabel(state, title));
      if (!this.rendered || !sameSummaries(scenes, this.scenes)) {
        const structural =
          scenes.length !== this.scenes.length ||
          scenes.some((s, i) => s.id !== this.scenes[i]?.id);
        this.scenes = scenes;
        this.rendered = true;
        if (previous) this.chapters.followEdit(previous.doc, state.doc);
        if (previous === null) this.chapters.opened();
        this.render(structural, previous === null);
      } else this.figures.schedule();
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
    if (this.rendered) this.figures.schedule();
  }

  /** Where the chapters start (none for a draft without headings); redraws when they moved. */
  setChapters(chapters: readonly ChapterStart[]): void {
    if (this.chapters.set(chapters) && this.rendered) this.render(false);
  }

  /** The caret's chapter: its title and scenes, or null when the story has no chapters. */
  chapterAt(sceneIndex: number): { title: string; scenes: number[] } | null {
    return this.chapters.at(sceneIndex);
  }

  /** Announces a change to screen readers. */
  announce(message: string): void {
    this.live.textContent = message;
  }

  private render(structural: boolean, firstForStory = false): void {
    // A redraw replaces every row, and with it a rename or synopsis box the writer is typing
    // in: it waits until the edit ends (outline-edit-hold.ts).
    if (this.edits.holds(structural, firstForStory)) return;
    const focused = document.activeElement;
    const focusId =
      focused instanceof HTMLElement && this.list.contains(focused)
        ? focused.closest<HTMLElement>(".outline-item")?.dataset.id
        : undefined;
    const focusRole = focused instanceof HTMLElement ? focused.dataset.role : undefined;
    const focusChapter =
      focused instanceof HTMLElement && focused.classList.contains("outline-chapter")
        ? this.chapters.chapter(Number(focused.dataset.chapter))?.sceneId
        : undefined;
    if (structural) this.figures.reset(this.scenes);
    this.rows = this.scenes.map((s) => this.item(s));
    this.list.replaceChildren(...this.chapters.layout(this.scenes, this.rows));
    this.active = -1;
    this.showChosen();
    this.applyFilter();
    if (focusId) {
      const item = this.itemById(focusId);
      const target = focusRole
        ? item?.querySelector<HTMLElement>(`[data-role="${focusRole}"]`)
        : item;
      (target ?? item)?.focus();
    }
    if (focusChapter) this.chapters.rowOf(focusChapter)?.focus();
    // A story just opened: its first count is a pass over every word of a novel, so it follows
    // in the next task and the story shows first. Later renders reuse cached counts at once.
    if (firstForStory) this.figures.soon();
    else this.figures.fill();
  }

  private item(scene: SceneSummary): HTMLLIElement {
    return buildSceneRow(scene, this.scenes.length, this.figures.words[scene.index] ?? null);
  }

  /** A chapter's title as the rows show it: without emphasis marks the story shows as italics. */
  private label(title: string): string {
    return plainLabel(this.host.state, title);
  }

  /** Collapses (true), expands (false) or toggles (undefined) chapter `k`. */
  private collapse(k: number, collapsed?: boolean): void {
    if (this.chapters.collapse(k, collapsed)) this.applyFilter();
  }

  /** Opens the editor for a row's title, synopsis or status; focus returns to the row. */
  private edit(index: number, role: string): void {
    const item = this.itemAt(index);
    const shown = item?.querySelector<HTMLElement>(`button[data-role="${role}"]`);
    const scene = this.scenes[index];
    if (!item || !shown || !scene) return;
    const id = scene.id;
    const storedTitle = (this.host.state.doc.maybeChild(index)?.attrs.title as string) ?? "";
    const done = this.edits.begin(() => this.itemById(id)?.focus());
    const { synopsis, status } = scene;
    const run = (command: Command): boolean => this.host.run(command);
    editSceneInPlace(shown, index, role, { storedTitle, synopsis, status }, run, done);
  }

  /**
   * A head button's command, on the chosen row's scene when there is one (else the caret's).
   * After a merge the scene merged into is the chosen one, and its row takes the focus when the
   * merged row had it (the row is gone).
   */
  private act(id: string): void {
    const index = this.scenes.findIndex((s) => s.id === this.chosen);
    const fromRow = index >= 0 && this.list.contains(document.activeElement);
    void this.host.act(id, index >= 0 ? String(index) : undefined).then((applied) => {
      if (!applied || index < 0 || id !== "outline.merge") return;
      this.setChosen(this.scenes[index - 1]?.id ?? null);
      if (fromRow) this.itemAt(index - 1)?.focus();
    });
  }

  /** Makes scene `id`'s row the chosen one (null: none), marked in the list and the buttons. */
  private setChosen(id: string | null): void {
    if (id === this.chosen) return;
    this.chosen = id;
    this.showChosen();
  }

  private showChosen(): void {
    const index = this.scenes.findIndex((s) => s.id === this.chosen);
    this.rows.forEach((row, i) => row.classList.toggle("chosen", i === index));
    const scene = this.scenes[index];
    this.choose(scene ? { index, title: scene.title || "Scene" } : null);
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
    this.chapters.markCurrent(this.active, index);
    this.active = index;
    // In the next frame, not in the transaction: it measures the list.
    if (!this.followFrame) this.followFrame = requestAnimationFrame(() => this.follow());
  }

  /** Scrolls the list just enough that the current scene's row shows below the sticky head. */
  private follow(): void {
    this.followFrame = 0;
    const scene = this.itemAt(this.active);
    // In a collapsed chapter, the chapter's row stands for the scene.
    const item = scene?.hidden ? this.chapters.row(this.chapters.ofScene(this.active)) : scene;
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
      const people = this.figures.characters[i] ?? [];
      const match = matchesFilter(scene, people, text, who);
      const k = this.chapters.ofScene(i);
      item.hidden = !match || (k >= 0 && this.chapters.isCollapsed(k));
      if (match) shown++;
      if (match) matched.add(k);
    });
    // A filter shows the chapters that hold a match; their rows stay when they are collapsed.
    for (const [k, row] of this.chapters.drawn()) row.hidden = !!(text || who) && !matched.has(k);
    this.count.textContent = sceneCount(shown, this.scenes.length, !!(text || who));
    this.root.classList.toggle("outline-filtered", !!(text || who));
    if (!this.followFrame) this.followFrame = requestAnimationFrame(() => this.follow());
  }

  /** The character menu lists everyone in the story's scenes, in order of first appearance. */
  private refreshCharacters(): void {
    this.filter.setCharacters([...new Set(this.figures.characters.flat())]);
  }

  /** False while word counts and chips are still being filled in. */
  isSettled(): boolean {
    return this.figures.settled;
  }

  /**
   * Moves chapter `k` (its heading and all its scenes) before chapter `target` (when above it)
   * or after it (when below), one undo step; focus stays on its row. Only chapters that open
   * with a heading move and are moved past, so no chapter loses its heading's place.
   */
  private moveChapter(k: number, target: number): void {
    const chapters = this.chapters;
    const span = chapters.span(k);
    const other = chapters.span(target);
    if (!span || !other || k === target || !chapters.headed(k) || !chapters.headed(target)) return;
    const to = target < k ? other.first : other.first + other.count - span.count;
    const { sceneId, title } = chapters.chapter(k)!;
    if (!this.host.run(moveScenes(span.first, span.count, to))) return;
    chapters.rowOf(sceneId)?.focus();
    const position = chapters.indexOf(sceneId);
    this.announce(`Moved “${title}” to chapter ${position + 1} of ${chapters.count}.`);
  }

  /** Opens the editor for chapter `k`'s title; the heading line in the text changes. */
  private renameChapterRow(k: number): void {
    const row = this.chapters.row(k);
    const span = this.chapters.span(k);
    const shown = row?.querySelector<HTMLElement>(".outline-chapter-title");
    const markdown = this.host.isMarkdown();
    const heading = span && chapterHeadingAt(this.host.state.doc, span.first, markdown);
    const current = heading ? headingTitle(heading.text, markdown) : null;
    if (!row || !span || !shown || current === null) return;
    const { sceneId, title } = this.chapters.chapter(k)!;
    renameChapterInPlace(
      shown,
      title,
      current,
      (value) => {
        if (!this.host.run(renameChapter(span.first, value, markdown))) return false;
        // Shown at once; the next analysis reads the same title back from the text.
        const text = chapterHeadingAt(this.host.state.doc, span.first, markdown)?.text ?? "";
        this.chapters.retitle(sceneId, this.label(chapterTitle(text)));
        this.render(false);
        return true;
      },
      this.edits.begin(() => this.chapters.rowOf(sceneId)?.focus()),
    );
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
    const first = this.chapters.firstScene(k);
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
    const chapters = this.chapters;
    const rows = {
      list: this.list,
      sceneTitle: (i: number) => this.scenes[i]?.title,
      itemAt: (i: number) => this.itemAt(i),
      currentRow: () => this.itemAt(this.active),
      setTabStop: (row: HTMLElement | null) => this.setTabStop(row),
      chapter: (k: number) => chapters.chapter(k),
      chapterRow: (k: number) => chapters.row(k),
      chapterOfScene: (i: number) => chapters.ofScene(i),
      chapterSpan: (k: number) => chapters.span(k),
      headed: (k: number) => chapters.headed(k),
      runCommand: (id: string) => this.host.runCommand(id),
      collapse: (k: number, collapsed?: boolean) => this.collapse(k, collapsed),
      jumpTo: (i: number) => this.host.jumpTo(i),
      jumpToChapter: (k: number) => this.jumpToChapter(k),
      answerSuggestion: (i: number, keep: boolean) => this.answerSuggestion(i, keep),
      editScene: (i: number, role: string) => this.edit(i, role),
      renameScene: (i: number) => this.edit(i, "title"),
      renameChapter: (k: number) => this.renameChapterRow(k),
      moveScene: (from: number, to: number) => this.move(from, to),
      moveChapter: (k: number, target: number) => this.moveChapter(k, target),
    } satisfies ClickRows & DragRows & KeyRows;
    handleRowClicks(rows);
    handleRowKeys(rows);
    dragToReorder(rows);
    // A scene row the focus reaches is the chosen one; focus anywhere outside the panel (the
    // story, the other panels) lets it go, and the buttons act at the caret again.
    this.list.addEventListener("focusin", (e) => {
      const row = (e.target as Element).closest<HTMLElement>(".outline-item, .outline-chapter");
      if (row?.parentElement === this.list)
        this.setChosen(row.classList.contains("outline-item") ? (row.dataset.id ?? null) : null);
    });
    document.addEventListener("focusin", (e) => {
      if (!this.root.contains(e.target as Node)) this.setChosen(null);
    });
  }
}
