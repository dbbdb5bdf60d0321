/**
 * The outline's clicks and focus moves on its rows: a click on a chapter's toggle collapses it,
 * elsewhere on its row jumps to it, and a double click on its title renames it; a click on a
 * scene's title, synopsis or status opens its editor, on a suggested break's Keep or Remove
 * answers it, elsewhere jumps to the scene. The row the focus reaches is the list's one tab
 * stop while the focus is in the list. What each does stays with the panel, reached through
 * `ClickRows`.
 */
import { chapterRowIndexOf, sceneRowOf } from "./outline-rows";

/** What clicks and focus moves need of the panel's rows, read when an event comes. */
export interface ClickRows {
  readonly list: HTMLElement;
  /** Makes `row` the list's one tab stop. */
  setTabStop(row: HTMLElement | null): void;
  /** The current scene's row. */
  currentRow(): HTMLElement | null;
  /** Collapses (true), expands (false) or toggles (undefined) chapter `k`. */
  collapse(k: number, collapsed?: boolean): void;
  jumpTo(i: number): void;
  jumpToChapter(k: number): void;
  renameChapter(k: number): void;
  /** Keeps scene `i`'s suggested break (true) or removes it (false). */
  answerSuggestion(i: number, keep: boolean): void;
  /** Opens the editor for scene `i`'s title, synopsis or status (`role`). */
  editScene(i: number, role: string): void;
}

/** Listens for clicks and focus moves on the rows' list for as long as it lives. */
export function handleRowClicks(rows: ClickRows): void {
  const list = rows.list;
  // The row the focus reaches (arrow keys, a rename's end) is the tab stop while it is there:
  // Tab from it leaves the list, not for the current scene's row further down.
  list.addEventListener("focusin", (e) => {
    const row = (e.target as Element).closest<HTMLElement>(".outline-item, .outline-chapter");
    if (row?.parentElement === list) rows.setTabStop(row);
  });
  list.addEventListener("focusout", (e) => {
    if (!list.contains(e.relatedTarget as Node | null)) rows.setTabStop(rows.currentRow());
  });
  list.addEventListener("click", (e) => {
    const k = chapterRowIndexOf(e.target);
    if (k >= 0) {
      if ((e.target as Element).closest("input")) return;
      if ((e.target as Element).closest(".outline-chapter-toggle")) rows.collapse(k);
      else rows.jumpToChapter(k);
      return;
    }
    const item = sceneRowOf(e.target);
    if (!item) return;
    const index = Number(item.dataset.index);
    const target = e.target as Element;
    const act = target.closest<HTMLElement>("button[data-act]")?.dataset.act;
    const role = target.closest<HTMLElement>("button[data-role]")?.dataset.role;
    if (act) rows.answerSuggestion(index, act === "keep");
    else if (role) rows.editScene(index, role);
    else if (!target.closest("select, textarea, input")) rows.jumpTo(index);
  });

  list.addEventListener("dblclick", (e) => {
    const k = chapterRowIndexOf(e.target);
    if (k >= 0 && (e.target as Element).closest(".outline-chapter-title")) rows.renameChapter(k);
  });
}
