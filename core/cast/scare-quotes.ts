/**
 * Scare quotes: a few words in quote marks inside a sentence of narration ('his inquiries after
 * "poor Isabella" and her children', 'a bottle marked "poison," so', 'what is known as "quite a
 * scene"'). Nobody says them there: they are no line of dialogue, call no one, and take no turn
 * in a conversation. Only the shape decides, so the check is cheap and local to the paragraph.
 */

import type { Quote } from "../model";
import { SPEECH_VERBS } from "./cues";
import { isNamedWords } from "./named-words";
import type { LocalQuote, QuoteSpan } from "./quotes";

/** A scare quote is this short at most (words). */
const MAX_WORDS = 5;
/** Words either side looked at for a speech verb ('who said "Exactly" to her' is speech). */
const VERB_REACH = 3;
/** Characters either side read for those words. */
const SIDE = 60;

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * Whether a quote sits inside narration as a scare quote: a word of the same sentence just
 * before it, a lowercase word (or the sentence's end) just after it, a few words that neither
 * ask nor exclaim, and no speech verb beside it.
 */
export function isScareQuote(paragraph: string, offset: number, q: QuoteSpan): boolean {
  if (q.close === "" || q.dash) return false;
  if (words(q.text).length > MAX_WORDS || /[!?]\W*$/u.test(q.text)) return false;
  // Only the words touching the quote: a long paragraph with many quotes stays linear.
  const start = q.from - offset - q.open.length;
  const end = q.to - offset + q.close.length;
  const before = paragraph.slice(Math.max(0, start - SIDE), start);
  const after = paragraph.slice(end, end + SIDE);
  if (!/\p{L}\s*$/u.test(before)) return false;
  if (!/^[\s,;:]*\p{Ll}|^[.)]/u.test(after)) return false;
  const near = [...words(before).slice(-VERB_REACH), ...words(after).slice(0, VERB_REACH)];
  return !near.some((w) => SPEECH_VERBS.has(w));
}

/**
 * Whether a quote of one paragraph (offsets relative to its text) is narration a writer would
 * not call dialogue: a scare quote, or words the narration names ('known as "cat's-eyes."').
 */
export function isNarrationQuote(paragraph: string, q: LocalQuote): boolean {
  const text = paragraph.slice(q.from, q.to);
  return (
    isScareQuote(paragraph, 0, { ...q, paragraph: 0, index: 0, text }) || isNamedWords(paragraph, q)
  );
}

/**
 * The quotes a writer calls dialogue: the narration's quotes (flagged by `narration`, one flag
 * per quote; `isNarrationQuote`) left out, each paragraph's quotes counted again from 0. The
 * speaker walk still reads the scare quotes (taking them out of it cost lines, docs/speakers.md);
 * the listing, the editor's highlights and the voices do not.
 */
export function listedQuotes<T extends Quote>(
  quotes: readonly T[],
  narration: readonly boolean[],
): T[] {
  const out: T[] = [];
  let paragraph = -1;
  let index = 0;
  quotes.forEach((q, i) => {
    if (narration[i]) return;
    if (q.paragraph !== paragraph) {
      paragraph = q.paragraph;
      index = 0;
    }
    out.push(q.index === index ? q : { ...q, index });
    index++;
  });
  return out;
}
