/** Paragraph editing commands that respect the file's separators. */
import { splitBlockAs } from "prosemirror-commands";
import { TextSelection, type Command, type EditorState } from "prosemirror-state";
import { schema } from "./schema";

/** Splits mid-paragraph: the new half is a new paragraph (default separator). */
const splitInside = splitBlockAs(() => ({
  type: schema.nodes.paragraph,
  attrs: { before: null },
}));

/** The wrap break (a hard-wrapped draft's, drawn as a space) right beside an empty selection. */
function wrapBeside(state: EditorState): number | null {
  const { $from, empty } = state.selection;
  if (!empty) return null;
  const isWrap = (node: typeof $from.nodeBefore): boolean =>
    node?.type === schema.nodes.hard_break && node.attrs.wrap === true;
  if (isWrap($from.nodeBefore)) return $from.pos - 1;
  if (isWrap($from.nodeAfter)) return $from.pos;
  return null;
}

/**
 * Enter beside a wrap break: the paragraph is split where the break was, and the break goes.
 * Kept, it would end the first half in a line end the writer sees as a trailing space, and the
 * file would carry it before the blank line.
 */
const splitAtWrap: Command = (state, dispatch) => {
  const at = wrapBeside(state);
  if (at === null || at === state.selection.$from.start()) return false;
  if (dispatch) {
    const tr = state.tr.delete(at, at + 1);
    tr.split(at, 1, [{ type: schema.nodes.paragraph, attrs: { before: null } }]);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView());
  }
  return true;
};

/**
 * Enter: split the paragraph; the new half is a new paragraph (default separator), while the
 * first half keeps the separator the file had before it. At a paragraph's very start the new
 * paragraph is the empty one before it, and the paragraph keeps its separator: split there,
 * the empty first half took it, and Backspace, which removes an empty paragraph, took it away
 * (two blank lines after a heading saved as one).
 */
export const splitParagraph: Command = (state, dispatch) => {
  if (splitAtWrap(state, dispatch)) return true;
  const { $from, empty } = state.selection;
  const atStart =
    empty &&
    $from.parent.type === schema.nodes.paragraph &&
    $from.parentOffset === 0 &&
    $from.parent.content.size > 0;
  if (!atStart) return splitInside(state, dispatch);
  if (dispatch)
    dispatch(
      state.tr
        .insert($from.before(), schema.nodes.paragraph.create({ before: null }))
        .scrollIntoView(),
    );
  return true;
};
