/**
 * One card over the story at a time. The quote card (cast/) and the note card (notes/) belong to
 * two features and can be asked for over the same words: a voice note inside a line of dialogue.
 * Each card says here when it opens, for which words, and when it closes; a card closes when
 * another opens (its plugin reads `otherCardOpened` in its state's apply), so the card asked for
 * last is the one shown.
 *
 * Hovering asks too, and a pointer over a noted word is over the line around it as well: a hover
 * never takes the place of an open card whose words lie inside its own and under the pointer
 * (`hoverYields`), so the smaller target keeps its card, and the two never take turns opening as
 * the pointer moves.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from "prosemirror-state";

/** The open card: whose it is and the words (document positions) it was opened for. */
export interface OpenCard {
  readonly owner: string;
  readonly from: number;
  readonly to: number;
}

type CardMeta = OpenCard | { readonly closed: string };

export const storyCardKey = new PluginKey<OpenCard | null>("storyCard");

/** Marks `tr` as opening `card`: any other card closes. */
export function cardOpened(tr: Transaction, card: OpenCard): Transaction {
  return tr.setMeta(storyCardKey, card satisfies CardMeta);
}

/** Marks `tr` as closing `owner`'s card. */
export function cardClosed(tr: Transaction, owner: string): Transaction {
  return tr.setMeta(storyCardKey, { closed: owner } satisfies CardMeta);
}

/** Whether `tr` opens a card other than `owner`'s, which then closes. */
export function otherCardOpened(tr: Transaction, owner: string): boolean {
  const meta = tr.getMeta(storyCardKey) as CardMeta | undefined;
  return meta !== undefined && "owner" in meta && meta.owner !== owner;
}

/**
 * Whether `owner`'s hover over the words `from`-`to` at `pos` leaves another open card alone:
 * that card's words lie inside these and under the pointer.
 */
export function hoverYields(
  state: EditorState,
  owner: string,
  pos: number,
  from: number,
  to: number,
): boolean {
  const open = storyCardKey.getState(state);
  if (!open || open.owner === owner) return false;
  const under = open.from <= pos && pos <= open.to;
  return under && from <= open.from && open.to <= to;
}

/** The plugin that keeps which card is open. */
export function storyCard(): Plugin<OpenCard | null> {
  return new Plugin<OpenCard | null>({
    key: storyCardKey,
    state: {
      init: () => null,
      apply(tr, value) {
        const meta = tr.getMeta(storyCardKey) as CardMeta | undefined;
        if (meta && "owner" in meta) return meta;
        if (meta && value?.owner === meta.closed) return null;
        // Every card closes on an edit: it describes the text it opened on.
        return tr.docChanged ? null : value;
      },
    },
  });
}
