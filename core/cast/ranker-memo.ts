/**
 * The ranker's answers kept from one pass to the next, so that the pass after an edit ranks
 * again only from the first quote whose inputs changed.
 *
 * The ranker's answer for quote i reads that quote, its context and the quotes before it (their
 * speakers and paragraphs: the last turns, how many lines each candidate has had), never a
 * quote after it. The speaker walk resumed after an edit (speaker-memo.ts) hands back the very
 * context objects it kept for the paragraphs before its checkpoint. So while the quotes up to i
 * read as in the pass before and quote i's context is the same object, quote i's answer is the
 * one given then.
 */
import type { QuoteContext, SpeakerModel } from "./ranker";
import type { AttributedQuote } from "./speakers";

/** One pass's ranking: its inputs and answers. */
export interface Ranking {
  readonly quotes: readonly AttributedQuote[];
  readonly contexts: readonly QuoteContext[];
  readonly named: ReadonlySet<string>;
  readonly model: SpeakerModel;
  readonly answers: readonly AttributedQuote[];
}

/** A holder a caller keeps across passes (the analyzer keeps one with the speaker walk's). */
export interface RankerMemo {
  ranking?: Ranking;
}

function sameQuote(a: AttributedQuote, b: AttributedQuote): boolean {
  return (
    a === b ||
    (a.paragraph === b.paragraph &&
      a.index === b.index &&
      a.from === b.from &&
      a.to === b.to &&
      a.text === b.text &&
      a.speaker === b.speaker &&
      a.confidence === b.confidence &&
      a.evidence === b.evidence &&
      a.unnamed === b.unnamed)
  );
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * How many leading quotes keep the last pass's answer: those before the first quote that
 * differs from the last pass's or whose context is another object (none when the named cast
 * or the model changed).
 */
export function keptAnswers(
  last: Ranking | undefined,
  quotes: readonly AttributedQuote[],
  contexts: readonly QuoteContext[],
  named: ReadonlySet<string>,
  model: SpeakerModel,
): number {
  if (!last || last.model !== model || !sameSet(last.named, named)) return 0;
  const n = Math.min(quotes.length, last.quotes.length);
  let i = 0;
  while (i < n && contexts[i] === last.contexts[i] && sameQuote(quotes[i]!, last.quotes[i]!)) i++;
  return i;
}
