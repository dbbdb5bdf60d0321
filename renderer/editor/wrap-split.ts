/**
 * Backspace straight after Enter beside a wrap break puts the wrap back. Enter there splits the
 * paragraph in place of the wrap (`splitParagraph`, paragraphs.ts); Backspace's own join then
 * put nothing between the halves, and "hand" "and" saved as "handand", where Enter and
 * Backspace beside a space give the space back.
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, TextSelection, type Command } from "prosemirror-state";

/** The split Enter made at a wrap: where the new paragraph's text starts, and the wrap. */
interface WrapSplit {
  readonly pos: number;
  readonly wrap: PMNode;
}

export const wrapSplitKey = new PluginKey<WrapSplit | null>("wrapSplit");

/** The split of the transaction before, until the document or the selection changes. */
export function wrapSplits(): Plugin<WrapSplit | null> {
  return new Plugin<WrapSplit | null>({
    key: wrapSplitKey,
    state: {
      init: () => null,
      apply(tr, prev) {
        const made = tr.getMeta(wrapSplitKey) as WrapSplit | undefined;
        if (made) return made;
        // Another plugin's follow-up to the split (appendTransaction) leaves it standing.
        if (prev && tr.getMeta("appendedTransaction"))
          return { ...prev, pos: tr.mapping.map(prev.pos) };
        return tr.docChanged || tr.selectionSet ? null : prev;
      },
    },
  });
}

/** Backspace at the start of the paragraph Enter just split off at a wrap: joins and puts it back. */
export const joinAtWrap: Command = (state, dispatch) => {
  const split = wrapSplitKey.getState(state);
  const { $from, empty } = state.selection;
  if (!split || !empty || $from.pos !== split.pos || $from.parentOffset !== 0) return false;
  if (dispatch) {
    const end = split.pos - 2;
    const tr = state.tr.join(split.pos - 1).insert(end, split.wrap);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, end + 1)).scrollIntoView());
  }
  return true;
};
