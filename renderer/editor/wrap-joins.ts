/**
 * A hard-wrapped draft's wrap break after a closed dash ("well-" at a line's end, "wanted—") is
 * drawn as nothing, as the exports join such a wrap (`wrapJoint`): the editor showed "well-
 * known" where the exported story reads "well-known". The file keeps its line end; only the
 * space the wrap break is drawn as (schema.ts) shrinks to nothing, through a node decoration
 * read again for the paragraphs an edit touched. A spaced dash ("loved -") keeps its space.
 */
import type { Node as PMNode, ResolvedPos } from "prosemirror-model";
import {
  Plugin,
  PluginKey,
  TextSelection,
  type Command,
  type EditorState,
} from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { wrapJoint } from "../../core/text/hard-wrap";
import { drawBlocks, redrawEdited } from "./edited-blocks";

const wrapJoinsKey = new PluginKey<DecorationSet>("wrapJoins");

const JOINED = { class: "wrap-joined" };

/**
 * Where a textblock's joined wrap breaks are: their offsets in its content, in order. A wrap
 * break joins when the line before it, since the last break, ends in a closed dash.
 */
export function joinedWrapOffsets(block: PMNode): number[] {
  const out: number[] = [];
  // A joined break has a line before it: a paragraph of one node (most of them) has none.
  if (block.childCount < 2) return out;
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

/** The wrap breaks drawn as joined now (none without the plugin). */
export function joinedWraps(state: EditorState): DecorationSet {
  return wrapJoinsKey.getState(state) ?? DecorationSet.empty;
}

/**
 * Whether the node `side` of `$pos` (-1 before, 1 after) is a wrap break drawn as joined: read
 * from the plugin's own set, what the writer sees, rather than working the paragraph out again.
 */
function joinedBeside(state: EditorState, $pos: ResolvedPos, side: -1 | 1): boolean {
  const node = side < 0 ? $pos.nodeBefore : $pos.nodeAfter;
  if (node?.attrs.wrap !== true) return false;
  const at = side < 0 ? $pos.pos - 1 : $pos.pos;
  return joinedWraps(state)
    .find(at, at + 1)
    .some((d) => d.from === at);
}

/** The length of the character `side` of `pos` in its text node (a surrogate pair is two). */
function charLength($pos: ResolvedPos, side: -1 | 1): number {
  const node = side < 0 ? $pos.nodeBefore : $pos.nodeAfter;
  if (!node?.isText) return 0;
  const text = node.text!;
  const ch = side < 0 ? [...text.slice(-2)].pop()! : [...text.slice(0, 2)][0]!;
  return ch.length;
}

/**
 * A key beside a joined wrap break acts on what the writer sees, not on the break they cannot
 * see: Backspace after it deletes the dash before it (the break stays: the file keeps its line
 * end, and "well" and "known" now show the space the exports give them); Delete before it,
 * the letter after it; an arrow steps over it with the letter beyond. Without this each key
 * there did nothing to be seen, and Backspace or Delete took the line end out of the file.
 * Bound in the registry (commands/file-commands.ts).
 */
function acrossJoin(side: -1 | 1, remove: boolean): Command {
  return (state, dispatch) => {
    const { $head, empty } = state.selection;
    if (!empty || !joinedBeside(state, $head, side)) return false;
    const $beyond = state.doc.resolve($head.pos + side);
    const length = charLength($beyond, side);
    if (length === 0) return false;
    if (dispatch) {
      const from = side < 0 ? $head.pos - 1 - length : $head.pos + 1;
      const tr = remove
        ? state.tr.delete(from, from + length)
        : state.tr.setSelection(
            TextSelection.create(state.doc, side < 0 ? from : $head.pos + 1 + length),
          );
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Backspace straight after a joined wrap break: deletes the dash before it. */
export const deleteDashBeforeJoin = acrossJoin(-1, true);
/** Delete straight before a joined wrap break: deletes the letter after it. */
export const deleteLetterAfterJoin = acrossJoin(1, true);

/** ArrowLeft straight after a joined wrap break: to before the dash. */
export const stepLeftOverJoin = acrossJoin(-1, false);
/** ArrowRight straight before a joined wrap break: to after the letter beyond it. */
export const stepRightOverJoin = acrossJoin(1, false);

/** Draws a wrap break after a closed dash as nothing (the exports' join). */
export function wrapJoins(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: wrapJoinsKey,
    state: {
      init: (_, state) => drawBlocks(state.doc, blockJoins),
      apply: (tr, set) => (tr.docChanged ? redrawEdited(set, tr, blockJoins) : set),
    },
    props: { decorations: joinedWraps },
  });
}
