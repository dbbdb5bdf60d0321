/** The element that scrolls the story, for plugins that measure or move what is on screen. */
import type { EditorView } from "prosemirror-view";

/** The app's `#editor-scroll`; outside the app (tests, the bench's page), the view's parent. */
export function scrollerOf(view: EditorView): HTMLElement | null {
  const scroller = view.dom.closest("#editor-scroll") ?? view.dom.parentElement;
  return scroller instanceof HTMLElement ? scroller : null;
}
