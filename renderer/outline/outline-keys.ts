/**
 * The outline's keys, on a focused scene or chapter row: arrows, Home and End move the focus
 * over the rows shown; Alt+Up/Down move the scene or chapter; Enter jumps to it; F2 renames it;
 * Left/Right/Space collapse and expand a chapter; Ctrl+Z and Ctrl+Y undo and redo in the story,
 * as after a move the focus is on the row. On a scene after a suggested break, Right goes to its
 * Keep and Remove buttons (Left and Right between them, Escape or Left from Keep back to the row;
 * Enter or Space presses one, as any button). Which key does what lives here; what each does stays
 * with the panel, reached through `KeyRows`.
 */
import { chapterRowIndexOf, sceneRowOf } from "./outline-rows";

/** What the keys need of the panel's rows, read when a key comes (the rows are redrawn). */
export interface KeyRows {
  readonly list: HTMLElement;
  /** Chapter `k`'s row. */
  chapterRow(k: number): HTMLElement | undefined;
  /** Scene `i`'s chapter, -1 when none. */
  chapterOfScene(i: number): number;
  /** Runs a registered command by id. */
  runCommand(id: string): void;
  /** Collapses (true), expands (false) or toggles (undefined) chapter `k`. */
  collapse(k: number, collapsed?: boolean): void;
  jumpTo(i: number): void;
  jumpToChapter(k: number): void;
  renameScene(i: number): void;
  renameChapter(k: number): void;
  moveScene(from: number, to: number): void;
  moveChapter(k: number, target: number): void;
}

/** Listens for keys on the rows' list for as long as it lives. */
export function handleRowKeys(rows: KeyRows): void {
  const list = rows.list;
  list.addEventListener("keydown", (e) => {
    const k = chapterRowIndexOf(e.target);
    const row = e.target as HTMLElement;
    const undoKey =
      (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === "z" || e.key === "Z" || e.key === "y");
    if (k >= 0 && row.classList.contains("outline-chapter")) {
      const key = e.key;
      // Undo/redo from a chapter's row act on the story, as after a move the focus is here.
      if (undoKey) rows.runCommand(key === "z" && !e.shiftKey ? "edit.undo" : "edit.redo");
      else if (key === "ArrowLeft") rows.collapse(k, true);
      else if (key === "ArrowRight") rows.collapse(k, false);
      else if (key === " ") rows.collapse(k);
      else if (key === "Enter") rows.jumpToChapter(k);
      else if (key === "F2") rows.renameChapter(k);
      else if (e.altKey && key === "ArrowUp") rows.moveChapter(k, k - 1);
      else if (e.altKey && key === "ArrowDown") rows.moveChapter(k, k + 1);
      else if (key === "ArrowUp") shownFrom(row.previousElementSibling, -1)?.focus();
      else if (key === "ArrowDown") shownFrom(row.nextElementSibling, 1)?.focus();
      else if (key === "Home") shownFrom(list.firstElementChild, 1)?.focus();
      else if (key === "End") shownFrom(list.lastElementChild, -1)?.focus();
      else return;
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    const item = sceneRowOf(e.target);
    if (item && e.target instanceof HTMLElement && e.target.dataset.act) {
      if (answerKeys(item, e.target, e.key)) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    if (!item || e.target !== item) return;
    const i = Number(item.dataset.index);
    const key = e.key;
    const chapterRow = rows.chapterRow(rows.chapterOfScene(i));
    let handled = true;
    if (undoKey) {
      // Undo/redo from the outline act on the story, as after a drag the focus is here.
      rows.runCommand(key === "z" && !e.shiftKey ? "edit.undo" : "edit.redo");
    } else if (e.altKey && key === "ArrowUp") rows.moveScene(i, i - 1);
    else if (e.altKey && key === "ArrowDown") rows.moveScene(i, i + 1);
    else if (key === "ArrowUp") shownFrom(item.previousElementSibling, -1)?.focus();
    else if (key === "ArrowDown") shownFrom(item.nextElementSibling, 1)?.focus();
    else if (key === "ArrowLeft" && chapterRow) chapterRow.focus();
    else if (key === "ArrowRight" && answerButtons(item).length) answerButtons(item)[0]!.focus();
    else if (key === "Home") shownFrom(list.firstElementChild, 1)?.focus();
    else if (key === "End") shownFrom(list.lastElementChild, -1)?.focus();
    else if (key === "Enter") rows.jumpTo(i);
    else if (key === "F2") rows.renameScene(i);
    else handled = false;
    if (!handled) return;
    e.preventDefault();
    e.stopPropagation();
  });
}

/** A scene row's answers to its suggested break (Keep, Remove), none on other rows. */
function answerButtons(row: HTMLElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>("button[data-act]")];
}

/** Moves between a row's answer buttons, or back to the row; whether the key was one. */
function answerKeys(row: HTMLElement, button: HTMLElement, key: string): boolean {
  const buttons = answerButtons(row);
  const at = buttons.indexOf(button);
  if (key === "Escape" || (key === "ArrowLeft" && at === 0)) row.focus();
  else if (key === "ArrowLeft") buttons[at - 1]?.focus();
  else if (key === "ArrowRight") buttons[at + 1]?.focus();
  else return false;
  return true;
}

/** The first shown row (scene or chapter) from `row` on in direction `step`. */
function shownFrom(row: Element | null, step: 1 | -1): HTMLElement | null {
  for (let at = row; at; at = step > 0 ? at.nextElementSibling : at.previousElementSibling)
    if (at instanceof HTMLElement && !at.hidden) return at;
  return null;
}
