/**
 * Reordering the outline by drag and drop: a scene's row drags that scene, a chapter's row its
 * whole chapter (only a chapter that opens with a heading, and only past such chapters). The
 * drag's own state and the rules for where a dragged chapter lands live here; what a move does
 * to the story (the command, the focus, the announcement) stays with the panel, reached through
 * `DragRows`.
 */
import type { ChapterStart } from "./outline-chapters";
import { clearDropIndicator, dropsBefore, showDropIndicator } from "./outline-drop";
import { chapterRowIndexOf, sceneRowOf } from "./outline-rows";

/** What dragging needs of the panel's rows, read when an event comes (the rows are redrawn). */
export interface DragRows {
  readonly list: HTMLElement;
  /** Scene `i`'s title, if there is such a scene. */
  sceneTitle(i: number): string | undefined;
  /** Scene `i`'s row. */
  itemAt(i: number): HTMLElement | null;
  /** Chapter `k`, if there is one. */
  chapter(k: number): ChapterStart | undefined;
  /** Chapter `k`'s row. */
  chapterRow(k: number): HTMLElement | undefined;
  /** Scene `i`'s chapter, -1 when none. */
  chapterOfScene(i: number): number;
  /** Chapter `k`'s scenes: the first one's index and how many. */
  chapterSpan(k: number): { first: number; count: number } | null;
  /** Whether chapter `k` opens with a heading line. */
  headed(k: number): boolean;
  moveScene(from: number, to: number): void;
  moveChapter(k: number, target: number): void;
}

/** Listens for drags on the rows' list for as long as it lives. */
export function dragToReorder(rows: DragRows): void {
  const list = rows.list;
  let dragFrom = -1;
  /** The chapter being dragged (by its row), -1 when none or a scene is. */
  let dragChapter = -1;

  const indexOf = (item: HTMLElement): number => Number(item.dataset.index);
  /**
   * What the pointer pressed: the drag is of that row. Chromium picks the dragged element at the
   * press point once the drag begins, and by then the row the pointer entered on its way may
   * have grown (an empty synopsis shows on hover) and put the row above under that point.
   */
  let pressed: EventTarget | null = null;
  list.addEventListener("pointerdown", (e) => (pressed = e.target), { capture: true });

  const endDrag = (): void => {
    dragFrom = -1;
    dragChapter = -1;
    clearDropIndicator(list);
    list.querySelector(".dragging")?.classList.remove("dragging");
  };

  list.addEventListener("dragstart", (e) => {
    const source = pressed instanceof Node && pressed.isConnected ? pressed : e.target;
    pressed = null;
    const k = chapterRowIndexOf(source);
    if (k >= 0 && e.dataTransfer) {
      // A chapter's row drags the whole chapter.
      if (!rows.headed(k)) return e.preventDefault();
      dragChapter = k;
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("application/x-draftwise-chapter", rows.chapter(k)!.sceneId);
      e.dataTransfer.setData("text/plain", rows.chapter(k)!.title);
      rows.chapterRow(k)!.classList.add("dragging");
      return;
    }
    const item = sceneRowOf(source);
    if (!item || !e.dataTransfer) return;
    dragFrom = indexOf(item);
    if (item !== sceneRowOf(e.target)) {
      const box = item.getBoundingClientRect();
      e.dataTransfer.setDragImage(item, e.clientX - box.left, e.clientY - box.top);
    }
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("application/x-draftwise-scene", item.dataset.id ?? "");
    e.dataTransfer.setData("text/plain", rows.sceneTitle(dragFrom) ?? "");
    item.classList.add("dragging");
  });
  list.addEventListener("dragover", (e) => {
    if (dragChapter >= 0) {
      const drop = chapterDrop(rows, dragChapter, e.target, e.clientY);
      if (!drop) return clearDropIndicator(list);
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "move";
      showDropIndicator(list, drop.row, drop.before);
      return;
    }
    const item = sceneRowOf(e.target);
    if (!item || dragFrom < 0) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = "move";
    showDropIndicator(list, item, dropsBefore(item, e.clientY));
  });
  list.addEventListener("dragleave", (e) => {
    if (!list.contains(e.relatedTarget as Node | null)) clearDropIndicator(list);
  });
  list.addEventListener("drop", (e) => {
    if (dragChapter >= 0) {
      const k = dragChapter;
      const drop = chapterDrop(rows, dragChapter, e.target, e.clientY);
      endDrag();
      if (!drop) return;
      e.preventDefault();
      rows.moveChapter(k, drop.target);
      return;
    }
    const item = sceneRowOf(e.target);
    if (!item || dragFrom < 0) return;
    e.preventDefault();
    const j = indexOf(item);
    const slot = dropsBefore(item, e.clientY) ? j : j + 1;
    const from = dragFrom;
    endDrag();
    const to = slot > from ? slot - 1 : slot;
    if (to !== from) rows.moveScene(from, to);
  });
  list.addEventListener("dragend", () => endDrag());
}

/**
 * Where chapter `from`, dragged, lands when dropped over `over`: on a chapter's row, before that
 * chapter in its upper half and after it in its lower half; on a scene, beside the scene's
 * chapter (before it when above the dragged one). The chapter it lands beside is `target`;
 * `row` shows the line. Null where it would not move.
 */
function chapterDrop(
  rows: DragRows,
  from: number,
  over: EventTarget | null,
  clientY: number,
): { target: number; row: HTMLElement; before: boolean } | null {
  if (!(over instanceof Element)) return null;
  const head = over.closest<HTMLElement>(".outline-chapter");
  const scene = over.closest<HTMLElement>(".outline-item");
  const k = head
    ? Number(head.dataset.chapter)
    : scene
      ? rows.chapterOfScene(Number(scene.dataset.index))
      : -1;
  if (k < 0 || !rows.headed(k)) return null;
  const before = head ? dropsBefore(head, clientY) : k < from;
  // Before the chapter after `from`, or after the one before it, leaves it where it is.
  const target = before ? (k > from ? k - 1 : k) : k < from ? k + 1 : k;
  if (target === from) return null;
  const lastRow = (): HTMLElement => {
    const span = rows.chapterSpan(k)!;
    const last = rows.itemAt(span.first + span.count - 1);
    return last && !last.hidden ? last : rows.chapterRow(k)!;
  };
  return { target, row: before ? rows.chapterRow(k)! : lastRow(), before };
}
