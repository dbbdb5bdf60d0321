/** Paragraph editing commands that respect the file's separators. */
import { splitBlockAs } from "prosemirror-commands";
import type { Command } from "prosemirror-state";
import { schema } from "./schema";

/** Splits mid-paragraph: the new half is a new paragraph (default separator). */
const splitInside = splitBlockAs(() => ({
  type: schema.nodes.paragraph,
  attrs: { before: null },
}));

/**
 * Enter: split the paragraph; the new half is a new paragraph (default separator), while the
 * first half keeps the separator the file had before it. At a paragraph's very start the new
 * paragraph is the empty one before it, and the paragraph keeps its separator: split there,
 * the empty first half took it, and Backspace, which removes an empty paragraph, took it away
 * (two blank lines after a heading saved as one).
 */
export const splitParagraph: Command = (state, dispatch) => {
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
