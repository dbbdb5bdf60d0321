/**
 * Which paragraphs changed between two documents, as one splice. Unchanged paragraphs are the
 * very same node objects in both documents (ProseMirror shares structure), so a prefix and
 * suffix compared by identity find the edit in time linear in the number of blocks, without
 * reading any text.
 */
import type { Node as PMNode } from "prosemirror-model";
import { paragraphText, schema } from "../editor/schema";
import type { ParagraphSplice } from "./protocol";

/** The document's blocks (paragraphs and scene breaks) in order: the CONTRACT's paragraphs. */
export function blocksOf(doc: PMNode): PMNode[] {
  const blocks: PMNode[] = [];
  doc.forEach((scene) => scene.forEach((block) => void blocks.push(block)));
  return blocks;
}

/** The text a block has in the file. */
export function blockText(block: PMNode, eol: string): string {
  return block.type === schema.nodes.scene_break
    ? (block.attrs.text as string)
    : paragraphText(block, eol);
}

/** The splice that turns `before` into `after`, or null when they are the same blocks. */
export function diffBlocks(
  before: readonly PMNode[],
  after: readonly PMNode[],
  eol: string,
): ParagraphSplice | null {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  if (start === before.length && start === after.length) return null;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return {
    start,
    deleteCount: endBefore - start,
    insert: after.slice(start, endAfter).map((b) => blockText(b, eol)),
  };
}
