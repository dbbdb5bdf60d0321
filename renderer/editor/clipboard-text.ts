/**
 * The plain text a copy puts on the clipboard. ProseMirror's own reads the slice's text nodes
 * only, so a line break (a leaf node) copied nothing and the words either side of it were glued
 * ("hand" "and" pasted as "handand"), on every line of a hard-wrapped draft. Here a writer's
 * line break copies as a line end, a wrap break as the space the editor shows, and a scene
 * break as its line ("* * *").
 */
import type { Node as PMNode, Slice } from "prosemirror-model";
import { Plugin } from "prosemirror-state";
import { schema } from "./schema";

function leafText(node: PMNode): string {
  if (node.type === schema.nodes.hard_break) return node.attrs.wrap === true ? " " : "\n";
  if (node.type === schema.nodes.scene_break) return node.attrs.text as string;
  return "";
}

/** The text/plain of a copied slice: paragraphs apart by a blank line, breaks as shown. */
export function clipboardText(slice: Slice): string {
  return slice.content.textBetween(0, slice.content.size, "\n\n", leafText);
}

export function clipboardTextPlugin(): Plugin {
  return new Plugin({ props: { clipboardTextSerializer: (slice) => clipboardText(slice) } });
}
