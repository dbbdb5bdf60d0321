/**
 * A hard-wrapped draft's wrap break after a closed dash ("well-" at a line's end, "wanted—") is
 * drawn as nothing, as the exports join such a wrap (`wrapJoint`): the editor showed "well-
 * known" where the exported story reads "well-known". The file keeps its line end; only the
 * space the wrap break is drawn as (schema.ts) shrinks to nothing, through a node decoration
 * read again for the paragraphs an edit touched. A spaced dash ("loved -") keeps its space.
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { wrapJoint } from "../../core/text/hard-wrap";
import { redrawEdited } from "./edited-blocks";

const wrapJoinsKey = new PluginKey<DecorationSet>("wrapJoins");

const JOINED = { class: "wrap-joined" };

/**
 * Where a textblock's joined wrap breaks are: their offsets in its content, in order. A wrap
 * break joins when the line before it, since the last break, ends in a closed dash.
 */
export function joinedWrapOffsets(block: PMNode): number[] {
  const out: number[] = [];
  let line = "";
  block.forEach((child, offset) => {
    if (child.isText) line += child.text!;
    else {
      if (child.attrs.wrap === true && line !== "" && wrapJoint(line) === "") out.push(offset);
      line = "";
    }
  });
  return out;
}

/** The joined wrap breaks of one textblock at `pos`. */
const blockJoins = (block: PMNode, pos: number): Decoration[] =>
  joinedWrapOffsets(block).map((offset) =>
    Decoration.node(pos + 1 + offset, pos + 2 + offset, JOINED),
  );

function allJoins(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (node.childCount > 1) decorations.push(...blockJoins(node, pos));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The wrap breaks drawn as joined now (none without the plugin). */
export function joinedWraps(state: EditorState): DecorationSet {
  return wrapJoinsKey.getState(state) ?? DecorationSet.empty;
}

/** Draws a wrap break after a closed dash as nothing (the exports' join). */
export function wrapJoins(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: wrapJoinsKey,
    state: {
      init: (_, state) => allJoins(state.doc),
      apply: (tr, set) => (tr.docChanged ? redrawEdited(set, tr, blockJoins) : set),
    },
    props: { decorations: joinedWraps },
  });
}
