/** Whether the pointer is over a stretch of the text, for hover cards. */
import type { EditorView } from "prosemirror-view";

/** The client rect of [from, to) under (x, y), or null (also while the view is mid-redraw). */
export function rectUnder(
  view: EditorView,
  from: number,
  to: number,
  x: number,
  y: number,
): DOMRect | null {
  try {
    const start = view.domAtPos(from, 1);
    const end = view.domAtPos(to, -1);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    for (const r of range.getClientRects())
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  } catch {
    // Mid-redraw: not hovered; the next move checks again.
  }
  return null;
}
