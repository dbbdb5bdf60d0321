/**
 * What the speaker walk keeps across passes so that the pass after an edit resumes the walk
 * just before the first paragraph that changed, instead of from the story's start.
 *
 * The walk is a left-to-right fold: the attributor's state before paragraph i depends only on
 * paragraphs 0..i-1 (their text, offsets, quotes, whether they lie in a first-person stretch)
 * and on the story-wide inputs (cast, genders, narrator). When those are the same as in the
 * pass before, the state saved at a checkpoint before the first difference is the state a
 * fresh walk would reach there, and the quotes and contexts read before it are the same too.
 */
import type { QuoteSpan } from "./quotes";

/** A checkpoint every this many paragraphs: a copy of the salience table each (small). */
export const CHECKPOINT_EVERY = 40;

/** One paragraph as the walk saw it: what its reading and its state depend on. */
export interface WalkedParagraph {
  readonly text: string;
  readonly isBreak: boolean;
  readonly offset: number;
  readonly quotes: readonly QuoteSpan[];
  readonly firstPerson: boolean;
}

/** A saved walk: the inputs, the states at checkpoints and what each paragraph produced. */
export interface SpeakerWalk<State, Read, Context> {
  /** The story-wide inputs, serialized: cast, genders, narrator. */
  readonly key: string;
  readonly paragraphs: readonly WalkedParagraph[];
  /** The attributor's state before paragraph c * CHECKPOINT_EVERY, and quotes read before it. */
  readonly checkpoints: readonly { readonly state: State; readonly quotes: number }[];
  readonly read: readonly Read[];
  readonly contexts: readonly Context[];
}

/** A holder a caller keeps across passes (the analyzer keeps one). */
export interface SpeakerMemo<State, Read, Context> {
  walk?: SpeakerWalk<State, Read, Context>;
}

function sameQuote(a: QuoteSpan, b: QuoteSpan): boolean {
  return (
    a.paragraph === b.paragraph &&
    a.index === b.index &&
    a.from === b.from &&
    a.to === b.to &&
    a.text === b.text &&
    a.open === b.open &&
    a.close === b.close &&
    a.dash === b.dash
  );
}

function sameParagraph(a: WalkedParagraph, b: WalkedParagraph): boolean {
  return (
    a.text === b.text &&
    a.isBreak === b.isBreak &&
    a.offset === b.offset &&
    a.firstPerson === b.firstPerson &&
    a.quotes.length === b.quotes.length &&
    a.quotes.every((q, k) => sameQuote(q, b.quotes[k]!))
  );
}

/**
 * The index of the first paragraph the walk must read again: the first that differs from the
 * saved walk's (all of them when the story-wide inputs differ).
 */
export function firstChanged(
  saved: SpeakerWalk<unknown, unknown, unknown> | undefined,
  key: string,
  paragraphs: readonly WalkedParagraph[],
): number {
  if (!saved || saved.key !== key) return 0;
  const n = Math.min(saved.paragraphs.length, paragraphs.length);
  for (let i = 0; i < n; i++) if (!sameParagraph(saved.paragraphs[i]!, paragraphs[i]!)) return i;
  return n;
}
