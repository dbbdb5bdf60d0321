/**
 * The one order of a story's notes, wherever they are sorted: each paragraph's, the story-wide
 * ones, the full pass's list and the fast path's after an edit. By where a note starts, then
 * where it ends; notes on one span keep the order they came in (the sort is stable), which both
 * passes give alike: a paragraph's own notes, then the story-wide ones.
 */
export function byPlace(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return a.from - b.from || a.to - b.to;
}
