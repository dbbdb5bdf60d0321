/**
 * One card over a stretch of the story. The quote card (cast/) and the note card (notes/) belong
 * to two features and can be asked for over the same words: a voice note inside a line of
 * dialogue. There the note's card holds both: its notes and, under them, a part the cast adds
 * (the line's speaker and the select that corrects it), so nothing the quote card offers is out
 * of reach and the two never overlap.
 *
 * A plugin adds such a part through its spec's `cardPart` (see `CardPartSource`); a card asks
 * for the parts at its place with `cardParts`. Which card is open is kept here and only here:
 * each card says when it opens, at which place and for which words (its own and its parts'),
 * and when it closes, and reads back whether it is the open one (`openCardOf`). A card opening
 * closes the other. Its owner's plugin says, through its spec's `cardOwner` (see `CardOwner`),
 * whether the card has anything to show: a note card whose notes a new analysis took away (or
 * a switch hid) is closed in the state by the next transaction, so it holds back no other and
 * does not come back by itself, taking focus, when its notes show again. A hover yields
 * (`hoverYields`) to an open card that already carries the hovering card's part over the
 * pointer, and to a card the writer opened on purpose (right-click, the keyboard) and may be
 * working in.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { changesDocument } from "./same-text";

/** A part another feature adds to a card over its words. */
export interface CardPart {
  /** The card the part stands in for (a hover of that card yields to one carrying it). */
  readonly owner: string;
  /** The words the part is about: the card stays while the pointer is on them. */
  readonly from: number;
  readonly to: number;
  /** Draws the part; `done` closes the card it sits in and gives focus back to the story. */
  render(view: EditorView, done: () => void): HTMLElement;
}

/** What a plugin's spec carries as `cardPart`: its part for a card at `pos`, if any. */
export type CardPartSource = (state: EditorState, pos: number) => CardPart | null;

/** The parts the state's plugins add to a card at `pos`, in plugin order. */
export function cardParts(state: EditorState, pos: number): CardPart[] {
  const parts: CardPart[] = [];
  for (const plugin of state.plugins) {
    const source = (plugin.spec as { cardPart?: CardPartSource }).cardPart;
    const part = source?.(state, pos);
    if (part) parts.push(part);
  }
  return parts;
}

/** The open card: whose it is, where it was opened, and the words (positions) it covers. */
export interface OpenCard {
  readonly owner: string;
  /** The place it was opened for: its owner reads what it shows there. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
  /** The owners of the parts it carries. */
  readonly carries: readonly string[];
  /** Opened on purpose (right-click, keyboard): no hover replaces it. */
  readonly held: boolean;
}

type CardMeta = OpenCard | { readonly closed: string };

/** What a card's plugin says through its spec's `cardOwner`. */
export interface CardOwner {
  /** The card's name (`OpenCard.owner`). */
  readonly name: string;
  /** Whether the card open at `card.at` has anything to show in `state`. */
  shows(state: EditorState, card: OpenCard): boolean;
}

export const storyCardKey = new PluginKey<OpenCard | null>("storyCard");

/** Marks `tr` as opening `card`: any other card closes. */
export function cardOpened(tr: Transaction, card: OpenCard): Transaction {
  return tr.setMeta(storyCardKey, card satisfies CardMeta);
}

/** Marks `tr` as closing `owner`'s card. */
export function cardClosed(tr: Transaction, owner: string): Transaction {
  return tr.setMeta(storyCardKey, { closed: owner } satisfies CardMeta);
}

/** The card open now, if any: one its owner says has nothing to show is not open. */
export function openCard(state: EditorState): OpenCard | null {
  const card = storyCardKey.getState(state) ?? null;
  if (!card) return null;
  for (const plugin of state.plugins) {
    const owner = (plugin.spec as { cardOwner?: CardOwner }).cardOwner;
    if (owner?.name === card.owner) return owner.shows(state, card) ? card : null;
  }
  return card;
}

/** The open card if it is `owner`'s. */
export function openCardOf(state: EditorState, owner: string): OpenCard | null {
  const card = openCard(state);
  return card?.owner === owner ? card : null;
}

/**
 * Whether `owner`'s hover at `pos` leaves the open card alone: it is another's, and held, or it
 * carries `owner`'s part and covers `pos`.
 */
export function hoverYields(state: EditorState, owner: string, pos: number): boolean {
  const open = openCard(state);
  if (!open || open.owner === owner) return false;
  return open.held || (open.carries.includes(owner) && open.from <= pos && pos <= open.to);
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
        // Every card closes on an edit: it describes the text it opened on. A settings step (a
        // voice, Ignore) keeps the text, and may be made from the card itself.
        return changesDocument(tr) ? null : value;
      },
    },
    // The state holds one answer: a card that `openCard` no longer counts as open is closed.
    appendTransaction(_trs, _old, state) {
      const card = storyCardKey.getState(state);
      return card && !openCard(state) ? cardClosed(state.tr, card.owner) : null;
    },
  });
}
