/** The element that scrolls the story, for plugins that measure or move what is on screen. */
import type { EditorView } from "prosemirror-view";

/** The app's `#editor-scroll`; outside the app (tests, the bench's page), the view's parent. */
export function scrollerOf(view: EditorView): HTMLElement | null {
  const scroller = view.dom.closest("#editor-scroll") ?? view.dom.parentElement;
  return scroller instanceof HTMLElement ? scroller : null;
}

/**
 * Scrolls so that `pos` sits in the middle of the screen, unless it is already in the middle
 * third: a jump's target read on the last line, beside the edge, is easy to miss.
 */
export function scrollIntoMiddle(view: EditorView, pos: number): void {
  const scroller = scrollerOf(view);
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const at = view.coordsAtPos(pos);
  const y = (at.top + at.bottom) / 2 - box.top;
  if (y >= box.height / 3 && y <= (box.height * 2) / 3) return;
  scroller.scrollTop += y - box.height / 2;
}
