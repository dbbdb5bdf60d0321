/**
 * Quoted words that the narration names rather than anyone speaks: 'what landscape painters call
 * "life."', 'known to her friends as "Tuppence."', 'the word "Service."', 'a book entitled "Some
 * Things I Have Seen."', 'somebody had described the knock as "polite, like she was sorry."'.
 * The words before the quote say it is a name, a word or a description, so a capital or a stop
 * after it (which the scare-quote check needs to be lowercase) does not matter. Only the shape
 * decides, never a story's own words. `findQuotes` leaves them out, so they take no turn in the
 * speaker walk and are not listed.
 */

import type { LocalQuote } from "./quotes";

/** A named phrase is this short at most (words): a longer stretch is more likely a line. */
const MAX_WORDS = 8;
/** Characters before the quote read for the cue. */
const SIDE = 60;

/** An object or article between the cue and the quote: 'calling him a "true sea-dog"'. */
const BETWEEN = String.raw`(?:\s+(?:him|her|it|them|me|us|you|one|this|that|a|an|the|his|their|our|my))*`;

/**
 * Cues that run straight into the quote, no comma between ('was called "the house,"'): with a
 * comma, "called" and "marked" are speech or its tag ('Ann called, "Come in."').
 */
const DIRECT_CUE = new RegExp(
  String.raw`(?:\b(?:call|calls|calling|called|named|termed|dubbed|entitled|labell?ed|marked|styled)|\bknown(?:\s+\p{L}+){0,4}\s+as|\bdescribed?(?:\s+\p{L}+){0,4}\s+as|\b(?:the|a|that|this|an)\s+(?:words?|name|term|title|phrase|adjective|expression|appellation|date|inscription|motto|label|nickname|sign)(?:\s+of)?)${BETWEEN}\s*$`,
  "iu",
);

/** Cues set off by commas: 'as the phrase goes, "followed the sea"', 'as he expressed it, "tarried,"'. */
const ASIDE_CUE =
  /\bas\s+(?:the\s+(?:phrase|saying)\s+(?:goes|is)|\p{L}+\s+(?:expressed|called|put)\s+it|they\s+say(?:\s+in\s+\p{Lu}\p{L}+)?),\s*$/iu;

const wordCount = (text: string): number => text.match(/\p{L}+/gu)?.length ?? 0;

/**
 * Whether a quote of one paragraph (offsets relative to its text) is words the narration names:
 * a naming cue right before it, inside the same sentence, and a few words that neither ask nor
 * exclaim ('ready to call out "My Lord!"' is a cry).
 */
export function isNamedWords(paragraph: string, q: LocalQuote): boolean {
  if (q.close === "" || q.dash) return false;
  const text = paragraph.slice(q.from, q.to);
  if (wordCount(text) > MAX_WORDS || /[!?]/u.test(text)) return false;
  const start = q.from - q.open.length;
  const before = paragraph.slice(Math.max(0, start - SIDE), start);
  return DIRECT_CUE.test(before) || ASIDE_CUE.test(before);
}
