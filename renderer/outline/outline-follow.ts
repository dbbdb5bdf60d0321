/**
 * Keeping the current scene's row in view as the caret moves through a long story: the outline
 * sits in a side panel that scrolls, under a sticky head, so the row is scrolled just below the
 * head or just above the panel's bottom, never centred (the list would jump on every scene).
 * It measures the layout, so the panel calls it in an animation frame, not in a transaction.
 */

/** Scrolls `list`'s scrolling ancestor just enough that `item` shows below `head`. */
export function scrollRowIntoView(
  list: HTMLElement,
  item: HTMLElement,
  head: Element | null,
): void {
  const scroller = scrollParent(list);
  if (item.hidden || !scroller || !item.isConnected) return;
  const view = scroller.getBoundingClientRect();
  const headRect = head?.getBoundingClientRect();
  const top = Math.max(view.top, headRect?.bottom ?? view.top);
  const row = item.getBoundingClientRect();
  const margin = Math.min(24, row.height);
  if (row.top < top) scroller.scrollTop -= top - row.top + margin;
  else if (row.bottom > view.bottom) scroller.scrollTop += row.bottom - view.bottom + margin;
}

/** The nearest ancestor that scrolls (the side panel the outline sits in). */
function scrollParent(node: HTMLElement): HTMLElement | null {
  for (let at = node.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === "auto" || overflowY === "scroll") return at;
  }
  return null;
}
