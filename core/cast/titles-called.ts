/**
 * Titles and family words a quote calls as if by name ("now, parson, if I may", "Didn't he,
 * aunt?"): the speaker walk and the conversation turns both ask, so each quote is read once and
 * each word is resolved to a cast member as "the parson" would be.
 */
import { KIN_TERMS, PERSON_NOUNS, TITLES } from "./cues";

/**
 * A lone word set off by commas, or opening a sentence before a comma, or after a comma ending
 * one: a call ("now, parson,", "Uncle, you know", "Didn't he, aunt?").
 */
const TITLE_CALL = /(?:^|[,.!?]\s+)(\p{L}+)(?=\s*[,.!?])/gu;

/**
 * The title and family words a quote calls as if by name, read once per quote: the walk and the
 * conversation pass both ask, every pass, and a quote's reading is kept across passes.
 */
const titleWords = new WeakMap<{ readonly text: string }, readonly string[]>();

/** The title and family words a text calls, read afresh. */
function titleWordsIn(text: string): string[] {
  // exec, not matchAll, which copies the regex on every call (once per quote of the story).
  const found: string[] = [];
  TITLE_CALL.lastIndex = 0;
  for (let v = TITLE_CALL.exec(text); v; v = TITLE_CALL.exec(text)) {
    const w = v[1]!.toLowerCase();
    if (TITLES.has(w) || PERSON_NOUNS.has(w) || KIN_TERMS.has(w)) found.push(w);
  }
  return found;
}

function titleWordsOf(quote: { readonly text: string }): readonly string[] {
  let words = titleWords.get(quote);
  if (!words) titleWords.set(quote, (words = titleWordsIn(quote.text)));
  return words;
}

/** Each title word that means one member, as "the parson" would. */
function membersCalled(
  words: readonly string[],
  describe: (description: string) => string | null,
): string[] {
  const out: string[] = [];
  for (const word of words) {
    const key = describe(`the ${word}`);
    if (key) out.push(key);
  }
  return out;
}

/**
 * The cast members a quote calls by a title or a family word as if by name ("now, parson, if I
 * may", "Didn't he, aunt?"): each such word that means one member, as "the parson" would.
 */
export function titlesCalled(
  quote: { readonly text: string },
  describe: (description: string) => string | null,
): string[] {
  return membersCalled(titleWordsOf(quote), describe);
}

/**
 * The same for a piece of a quote (its first sentence, its opening words): read each time, as a
 * piece made for one question has no quote to keep its reading on.
 */
export function titlesCalledIn(
  text: string,
  describe: (description: string) => string | null,
): string[] {
  return membersCalled(titleWordsIn(text), describe);
}
