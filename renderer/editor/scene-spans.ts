/**
 * The document's scene nodes as spans of block indexes (the analysis's paragraph numbers): the
 * chart, the cast panel's scene numbers, the voice view and the notes list all need the same answer.
 */
import type { Node as PMNode } from "prosemirror-model";

/** A scene node of the document with the block indexes (analysis paragraphs) it holds. */
export interface SceneSpan {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly pov: string | null;
  readonly first: number;
  readonly last: number;
}

/** The document's scene nodes in order, as block-index spans (scene breaks count as blocks). */
export function sceneSpans(doc: PMNode): SceneSpan[] {
  const spans: SceneSpan[] = [];
  let block = 0;
  doc.forEach((scene, _offset, index) => {
    const attrs = scene.attrs as { id: string; title: string; pov: string | null };
    spans.push({
      index,
      id: attrs.id,
      title: attrs.title,
      pov: attrs.pov,
      first: block,
      last: block + scene.childCount - 1,
    });
    block += scene.childCount;
  });
  return spans;
}

/** The scene (index into `spans`) holding a block, by binary search; -1 outside them. */
export function sceneOfBlock(spans: readonly SceneSpan[], block: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (block < s.first) hi = mid - 1;
    else if (block > s.last) lo = mid + 1;
    else return mid;
  }
  return -1;
}
