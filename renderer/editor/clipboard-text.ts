/**
 * The plain text a copy puts on the clipboard. ProseMirror's own reads the slice's text nodes
 * only, so a line break (a leaf node) copied nothing and the words either side of it were glued
 * ("hand" "and" pasted as "handand"), on every line of a hard-wrapped draft. Here a writer's
 * line break copies as a line end, a wrap break as the editor shows it (a space, or nothing
 * after a closed dash: "well-known"), and a scene
 * break as its line ("* * *"). A paste drops the wraps it carries (`pastedSlice`).
 */
import { Fragment, Slice, type Node as PMNode } from "prosemirror-model";
import { Plugin } from "prosemirror-state";
import { wrapJoint } from "../../core/text/hard-wrap";
import { schema } from "./schema";

/** Where a wrap break was, until the text before it says how it joins (never in a story). */
const WRAP = "\u0000";

function leafText(node: PMNode): string {
  if (node.type === schema.nodes.hard_break) return node.attrs.wrap === true ? WRAP : "\n";
  if (node.type === schema.nodes.scene_break) return node.attrs.text as string;
  return "";
}

/**
 * The text/plain of a copied slice: paragraphs apart by a blank line, breaks as shown (a wrap as
 * a space, or as nothing after a closed dash: wrap-joins.ts).
 */
export function clipboardText(slice: Slice): string {
  const parts = slice.content.textBetween(0, slice.content.size, "\n\n", leafText).split(WRAP);
  return parts.reduce((out, part) => out + wrapJoint(out) + part);
}

/**
 * Inline `content` with each wrap break as shown: a space, or nothing after a closed dash
 * (fromArray joins the text either side).
 */
function wrapsAsSpaces(content: Fragment): Fragment {
  const nodes: PMNode[] = [];
  content.forEach((node) => {
    const wrap = node.type === schema.nodes.hard_break && node.attrs.wrap === true;
    if (!wrap) nodes.push(node);
    else {
      const before = nodes[nodes.length - 1];
      const joint = before?.isText ? wrapJoint(before.text!) : " ";
      if (joint !== "") nodes.push(schema.text(joint));
    }
  });
  return Fragment.fromArray(nodes);
}

/**
 * `content` with its open edge read by `wrapsAsSpaces`: the inline content at its top (a phrase),
 * else the textblock `depth` down its first (or last) children.
 */
function openEdge(content: Fragment, depth: number, first: boolean): Fragment {
  if (content.firstChild?.isInline) return wrapsAsSpaces(content);
  const node = first ? content.firstChild : content.lastChild;
  if (!node || node.isLeaf || depth === 0) return content;
  const inner = openEdge(node.content, depth - 1, first);
  return content.replaceChild(first ? 0 : content.childCount - 1, node.copy(inner));
}

/**
 * A pasted or dropped slice with the wrap breaks of its cut paragraphs (the open first and
 * last: a phrase, a paragraph's end) as the spaces they were shown as. Such a wrap is where the
 * draft's wrap fell; kept, a phrase copied across one put a line end in the middle of the line
 * it was pasted into, unseen until the story was opened again and the short line read as the
 * writer's break. A whole paragraph in the slice keeps its lines.
 */
export function pastedSlice(slice: Slice): Slice {
  const content = openEdge(openEdge(slice.content, slice.openStart, true), slice.openEnd, false);
  return content.eq(slice.content) ? slice : new Slice(content, slice.openStart, slice.openEnd);
}

/** A copy's plain text as shown; a paste's wrap breaks as spaces. */
export function clipboardTextPlugin(): Plugin {
  return new Plugin({
    props: {
      clipboardTextSerializer: (slice) => clipboardText(slice),
      transformPasted: (slice) => pastedSlice(slice),
    },
  });
}
