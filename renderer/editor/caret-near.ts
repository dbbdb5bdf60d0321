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
