/**
 * The paragraphs an edit touched, for plugins that draw decorations by reading a paragraph's
 * text (emphasis-marks.ts, wrap-joins.ts): they draw every textblock once (`drawBlocks`), then
 * map their set through each edit and read again only these, as CodeMirror's decorations do.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { Transaction } from "prosemirror-state";
import { DecorationSet, type Decoration } from "prosemirror-view";

/** Draws every textblock of `doc` with `draw` (the block and its position), as one set. */
export function drawBlocks(
  doc: PMNode,
  draw: (node: PMNode, pos: number) => Decoration[],
): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(...draw(node, pos));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The textblocks an edit touched, in the document after it. */
export function editedBlocks(tr: Transaction): { node: PMNode; pos: number }[] {
  const blocks: { node: PMNode; pos: number }[] = [];
  tr.mapping.maps.forEach((map, i) => {
    map.forEach((_oldFrom, _oldTo, from, to) => {
      const after = tr.mapping.slice(i + 1);
      const start = Math.max(0, after.map(from, -1));
      const end = Math.min(tr.doc.content.size, after.map(to, 1));
      tr.doc.nodesBetween(start, end, (node, pos) => {
        if (!node.isTextblock) return true;
        blocks.push({ node, pos });
        return false;
      });
    });
  });
  return blocks;
}

/**
 * `set` mapped through `tr`, with the textblocks it touched drawn again by `draw` (the block
 * and its position); the rest keep their mapped decorations.
 */
export function redrawEdited(
  set: DecorationSet,
  tr: Transaction,
  draw: (node: PMNode, pos: number) => Decoration[],
): DecorationSet {
  let next = set.map(tr.mapping, tr.doc);
  for (const { node, pos } of editedBlocks(tr)) {
    next = next.remove(next.find(pos, pos + node.nodeSize));
    next = next.add(tr.doc, draw(node, pos));
  }
  return next;
}
