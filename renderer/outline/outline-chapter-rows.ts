/**
 * The outline's chapter rows: which scenes each chapter holds, its row above them, whether it
 * is collapsed (kept while the story is open), and its title and word count as the text has
 * them now. What a move or a rename does to the story stays with the panel.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { EditorState } from "prosemirror-state";
import { chapterTitle, headingTitle } from "../../core/chapters";
import { formatCount } from "../editor/word-count";
import { chapterHeadingAt } from "./chapter-rename";
import {
  chapterOfScenes,
  followHeadings,
  inSceneOrder,
  sameChapterStarts,
  type ChapterStart,
} from "./outline-chapters";
import type { SceneSummary } from "./outline-data";
import { buildChapterRow, showChapterCollapsed } from "./outline-rows";

/** What the chapter rows read of the editor: its state, and whether `#` lines are headings. */
export interface ChapterSource {
  readonly state: EditorState;
  isMarkdown(): boolean;
}

export class ChapterRows {
  /** The chapters, titles as the rows show them (in scene order once drawn). */
  private chapters: readonly ChapterStart[] = [];
  /** Each scene's chapter (index into `chapters`), -1 before the first; empty without chapters. */
  private chapterOf: number[] = [];
  private readonly rows = new Map<number, HTMLElement>();
  /** Collapsed chapters, by the id of their opening scene: kept while the story is open. */
  private readonly collapsed = new Set<string>();

  /** `label`: a chapter's title as the rows show it. */
  constructor(
    private readonly source: ChapterSource,
    private readonly label: (title: string) => string,
  ) {}

  /** How many chapters there are. */
  get count(): number {
    return this.chapters.length;
  }

  /** Chapter `k`, if there is one. */
  chapter(k: number): ChapterStart | undefined {
    return this.chapters[k];
  }

  /** Chapter `k`'s row, when drawn. */
  row(k: number): HTMLElement | undefined {
    return this.rows.get(k);
  }

  /** The drawn chapter rows, by chapter. */
  drawn(): IterableIterator<[number, HTMLElement]> {
    return this.rows.entries();
  }

  /** Scene `i`'s chapter, -1 when none. */
  ofScene(i: number): number {
    return this.chapterOf[i] ?? -1;
  }

  /** Chapter `k`'s first scene, -1 when it has none. */
  firstScene(k: number): number {
    return this.chapterOf.indexOf(k);
  }

  /** The chapter that starts in scene `sceneId`, -1 when none does. */
  indexOf(sceneId: string): number {
    return this.chapters.findIndex((c) => c.sceneId === sceneId);
  }

  /** The row of the chapter that starts in scene `sceneId`. */
  rowOf(sceneId: string): HTMLElement | null {
    return this.rows.get(this.indexOf(sceneId)) ?? null;
  }

  /** A new story: no chapter is collapsed. */
  opened(): void {
    this.collapsed.clear();
  }

  /** Each chapter follows its heading through an edit, until the next analysis says. */
  followEdit(before: PMNode, after: PMNode): void {
    this.chapters = followHeadings(this.chapters, before, after);
  }

  /** Where the chapters start, from an analysis; answers whether that moved any. */
  set(chapters: readonly ChapterStart[]): boolean {
    const shown = chapters.map((c) => ({ ...c, title: this.label(c.title) }));
    if (sameChapterStarts(shown, this.chapters)) return false;
    this.chapters = shown;
    return true;
  }

  /** Chapter `k`'s title as shown now: a rename shows at once. */
  retitle(sceneId: string, title: string): void {
    this.chapters = this.chapters.map((c) => (c.sceneId === sceneId ? { ...c, title } : c));
  }

  /** The caret's chapter: its title and scenes, or null when the story has no chapters. */
  at(sceneIndex: number): { title: string; scenes: number[] } | null {
    const k = this.chapterOf[sceneIndex];
    if (k === undefined || k < 0) return null;
    const scenes: number[] = [];
    this.chapterOf.forEach((c, i) => c === k && scenes.push(i));
    return { title: this.chapters[k]!.title, scenes };
  }

  /**
   * Groups `scenes` into their chapters again and draws each chapter's row: answers the list's
   * rows, each chapter's row before its first scene's (`sceneRows`, in scene order).
   */
  layout(scenes: readonly SceneSummary[], sceneRows: readonly HTMLElement[]): HTMLElement[] {
    this.chapters = inSceneOrder(this.chapters, scenes);
    this.chapterOf = this.chapters.length
      ? chapterOfScenes(
          scenes.map((s) => s.id),
          this.chapters,
        )
      : [];
    this.rows.clear();
    const rows: HTMLElement[] = [];
    sceneRows.forEach((row, i) => {
      const k = this.chapterOf[i] ?? -1;
      if (k >= 0 && !this.rows.has(k)) {
        const head = this.chapterRow(k);
        this.rows.set(k, head);
        rows.push(head);
      }
      rows.push(row);
    });
    return rows;
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

  /** Whether chapter `k` is collapsed. */
  isCollapsed(k: number): boolean {
    return this.collapsed.has(this.chapters[k]!.sceneId);
  }

  /**
   * Collapses (true), expands (false) or toggles (undefined) chapter `k`; answers false when
   * there is no such chapter row.
   */
  collapse(k: number, collapsed?: boolean): boolean {
    const chapter = this.chapters[k];
    const row = this.rows.get(k);
    if (!chapter || !row) return false;
    const now = collapsed ?? !this.collapsed.has(chapter.sceneId);
    if (now) this.collapsed.add(chapter.sceneId);
    else this.collapsed.delete(chapter.sceneId);
    this.showCollapsed(row, now);
    return true;
  }

  /** Marks the chapter of scene `to` current in place of the chapter of scene `from`. */
  markCurrent(from: number, to: number): void {
    const before = this.chapterOf[from] ?? -1;
    const after = this.chapterOf[to] ?? -1;
    if (before !== after) {
      this.rows.get(before)?.classList.remove("current");
      this.rows.get(after)?.classList.add("current");
    }
  }

  /**
   * Reads each chapter's title from its heading line again: a rename, its undo or typing in a
   * heading shows here after the pause, without waiting for the next full analysis.
   */
  refreshTitles(): void {
    const { doc } = this.source.state;
    const markdown = this.source.isMarkdown();
    for (const [k, row] of this.rows) {
      const first = this.chapterOf.indexOf(k);
      const heading = chapterHeadingAt(doc, first, markdown);
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

  /** Sums each chapter's scene counts (`words`, by scene) into its row. */
  showWords(words: readonly (number | null)[]): void {
    const totals = new Map<number, number>();
    this.chapterOf.forEach((k, i) => totals.set(k, (totals.get(k) ?? 0) + (words[i] ?? 0)));
    for (const [k, row] of this.rows) {
      const text = `${formatCount(totals.get(k) ?? 0)} w`;
      const shown = row.querySelector(".outline-chapter-words")!;
      if (shown.textContent === text) continue;
      shown.textContent = text;
      this.showCollapsed(row, this.collapsed.has(this.chapters[k]!.sceneId));
    }
  }

  /** Chapter `k`'s scenes: the first one's index and how many. */
  span(k: number): { first: number; count: number } | null {
    const first = this.chapterOf.indexOf(k);
    if (first < 0) return null;
    let count = 0;
    while (this.chapterOf[first + count] === k) count++;
    return { first, count };
  }

  /** Whether chapter `k` opens with a heading line (the opening chapter of a draft may not). */
  headed(k: number): boolean {
    const span = this.span(k);
    const markdown = this.source.isMarkdown();
    const heading = span && chapterHeadingAt(this.source.state.doc, span.first, markdown);
    return !!heading && headingTitle(heading.text, markdown) !== null;
  }
}
