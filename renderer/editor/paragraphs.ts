/** Paragraph editing commands that respect the file's separators and a hard wrap's breaks. */
import { splitBlockAs } from "prosemirror-commands";
import type { Node as PMNode } from "prosemirror-model";
import { TextSelection, type Command, type EditorState } from "prosemirror-state";
import { schema } from "./schema";
import { wrapSplitKey } from "./wrap-split";

/** Splits mid-paragraph: the new half is a new paragraph (default separator). */
const splitInside = splitBlockAs(() => ({
  type: schema.nodes.paragraph,
  attrs: { before: null },
}));

/** Whether `node` is a wrap break. */
const isWrap = (node: PMNode | null | undefined): boolean =>
  node?.type === schema.nodes.hard_break && node.attrs.wrap === true;

/** The wrap break (a hard-wrapped draft's, drawn as a space) right beside an empty selection. */
function wrapBeside(state: EditorState): number | null {
  const { $from, empty } = state.selection;
  if (!empty) return null;
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
    // Backspace straight after puts the wrap back (wrap-split.ts).
    tr.setMeta(wrapSplitKey, { pos: at + 2, wrap: state.doc.nodeAt(at)! });
    dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView());
  }
  return true;
};

/** A paragraph's text with each inline leaf one character, so offsets are positions. */
const flatText = (paragraph: PMNode, from: number, to: number): string =>
  paragraph.textBetween(from, to, undefined, "\ufffc");

const SPACE = /\s/u;
const WORD = /[^\s\ufffc]/u;

/**
 * Ctrl+Backspace (Alt on a Mac) just after a wrap break: deletes it and the word before it, as
 * the browser deletes a space and the word before it. ProseMirror takes any Backspace after an
 * inline leaf as deleting the leaf alone, so "one hand" with the caret before "hand" lost only
 * the wrap and saved "onehand".
 */
export const deleteWordBefore: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || !isWrap($from.nodeBefore)) return false;
  const text = flatText($from.parent, 0, $from.parentOffset - 1);
  let at = text.length;
  while (at > 0 && SPACE.test(text[at - 1]!)) at--;
  while (at > 0 && WORD.test(text[at - 1]!)) at--;
  dispatch?.(state.tr.delete($from.start() + at, $from.pos).scrollIntoView());
  return true;
};

/** Ctrl+Delete (Alt on a Mac) just before a wrap break: deletes it and the word after it. */
export const deleteWordAfter: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || !isWrap($from.nodeAfter)) return false;
  const text = flatText($from.parent, $from.parentOffset + 1, $from.parent.content.size);
  let to = 0;
  while (to < text.length && SPACE.test(text[to]!)) to++;
  while (to < text.length && WORD.test(text[to]!)) to++;
  dispatch?.(state.tr.delete($from.pos, $from.pos + 1 + to).scrollIntoView());
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
