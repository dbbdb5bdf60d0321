/**
 * A caret at `pos` in `doc`, or as near as the document allows: where a whole document was
 * replaced (a reload, a restore, scenes regrouped) and the old caret's position may lie past
 * the new end or between blocks.
 */
import type { Node as PMNode } from "prosemirror-model";
import { Selection } from "prosemirror-state";

export function caretNear(doc: PMNode, pos: number): Selection {
  return Selection.near(doc.resolve(Math.max(0, Math.min(pos, doc.content.size))));
}

/**
 * Where a caret is in the story's text: the index of its paragraph among all the story's text
 * blocks, and its offset in that paragraph. Unlike a position, it survives the same text laid
 * out in other scenes (a reload opens split at the markers only until detection regroups it).
 */
export interface TextPlace {
  readonly block: number;
  readonly offset: number;
}

/** The place of the caret at `pos`, or null when it is not in a text block. */
export function textPlaceOf(doc: PMNode, pos: number): TextPlace | null {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  if (!$pos.parent.isTextblock) return null;
  const start = $pos.start();
  let block = 0;
  doc.nodesBetween(0, start, (node, at) => {
    if (!node.isTextblock) return true;
    if (at + 1 < start) block++;
    return false;
  });
  return { block, offset: $pos.parentOffset };
}

/** A caret at `place` in `doc` (clamped to its blocks and their lengths), else near `pos`. */
export function caretAtPlace(doc: PMNode, place: TextPlace | null, pos: number): Selection {
  if (!place) return caretNear(doc, pos);
  let found = -1;
  let block = 0;
  doc.descendants((node, at) => {
    if (found >= 0) return false;
    if (!node.isTextblock) return true;
    if (block === place.block) found = at + 1 + Math.min(place.offset, node.content.size);
    block++;
    return false;
  });
  return found >= 0 ? caretNear(doc, found) : caretNear(doc, doc.content.size);
}
