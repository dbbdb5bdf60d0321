/**
 * Underlines are painted for the scenes on screen only (as a writer sees them): page objects
 * scroll a word into view before they look for its highlight.
 */
import type { Page } from "playwright-core";

/** Scrolls the editor to the first occurrence of `text` in the story; false when absent. */
export function revealText(page: Page, text: string): Promise<boolean> {
  return page.evaluate((t) => {
    const root = document.querySelector("#editor .ProseMirror");
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.includes(t)) {
        node.parentElement?.scrollIntoView({ block: "center" });
        return true;
      }
    }
    return false;
  }, text);
}
