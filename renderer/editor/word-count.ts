/**
 * Word counts for the status bar, cached per paragraph node. Unchanged paragraphs are the same
 * node objects across document versions, so a keystroke recounts only the edited paragraph.
 */
import type { Node as PMNode } from "prosemirror-model";
import { countWords } from "../../core/words";

const cache = new WeakMap<PMNode, number>();

function blockWords(node: PMNode): number {
  let n = cache.get(node);
  if (n === undefined) {
    n = node.isTextblock ? countWords(node.textBetween(0, node.content.size, " ", " ")) : 0;
    cache.set(node, n);
  }
  return n;
}

/** Words in a scene or the whole document. */
export function wordsIn(node: PMNode): number {
  if (node.isTextblock || node.isAtom) return blockWords(node);
  let total = cache.get(node);
  if (total === undefined) {
    total = 0;
    node.forEach((child) => (total! += wordsIn(child)));
    cache.set(node, total);
  }
  return total;
}

/** Words in a range of the document (the selection). */
export function wordsBetween(doc: PMNode, from: number, to: number): number {
  return from === to ? 0 : countWords(doc.textBetween(from, to, " ", " "));
}

/**
 * A count as the status bar and panels show it ("12,345"). Grouped by hand: an
 * `Intl.NumberFormat` loads locale data when first made, 10 to 25 ms of start-up on this
 * machine, and the app shows counts in one fixed style anyway.
 */
export function formatCount(n: number): string {
  const grouped = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? `-${grouped}` : grouped;
}
