/**
 * Titles and family words a quote calls as if by name ("now, parson, if I may", "Didn't he,
 * aunt?"): the speaker walk and the conversation turns both ask, so each quote is read once and
 * each word is resolved to a cast member as "the parson" would be, or, for a title that is also
 * a family word ("Father", "Sister"), as the one member the cast gives that title (titledCalls).
 */
import type { Character } from "../model";
import { KIN_TERMS, PERSON_NOUNS, TITLES } from "./cues";

/**
 * Family words that are also the titles of priests, nuns and monks ("Father Byrne", "Sister
 * Agnes", "Mother Cecilia", "Brother Anselm"). Called alone and capitalised ("You're late,
 * Father."), such a word is the titled one's form of address; "the father" of a description
 * stays the family's (described-character.ts).
 */
export const KIN_TITLES: ReadonlySet<string> = new Set(["father", "mother", "sister", "brother"]);

/** A name or alias that is such a title before a capitalised name: "Father Byrne". */
const TITLED_FORM = /^(\p{L}+)\s+\p{Lu}/u;

const titledOf = new WeakMap<readonly Character[], ReadonlyMap<string, string>>();

/**
 * The cast member each family-word title calls, once per cast: the one member whose name or an
 * alias is that title before a name ("Father Byrne"), when no other has that title and no one
 * is called by the bare word (an alias "Father" is that person's own).
 */
export function titledCalls(cast: readonly Character[]): ReadonlyMap<string, string> {
  let found = titledOf.get(cast);
  if (found) return found;
  const holders = new Map<string, Set<string>>();
  const bare = new Set<string>();
  for (const c of cast) {
    if (c.unnamed) continue;
    for (const form of [c.name, ...c.aliases]) {
      const lower = form.toLowerCase();
      if (KIN_TITLES.has(lower)) bare.add(lower);
      const title = TITLED_FORM.exec(form)?.[1]?.toLowerCase();
      if (title && KIN_TITLES.has(title))
        (holders.get(title) ?? holders.set(title, new Set()).get(title)!).add(c.name);
    }
  }
  const out = new Map<string, string>();
  for (const [title, names] of holders)
    if (names.size === 1 && !bare.has(title)) out.set(title, [...names][0]!);
  titledOf.set(cast, (found = out));
  return found;
}

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
    // As written: a capitalised "Father" may be a title, a lowercase "father" is not.
    const w = v[1]!.toLowerCase();
    if (TITLES.has(w) || PERSON_NOUNS.has(w) || KIN_TERMS.has(w)) found.push(v[1]!);
  }
  return found;
}

function titleWordsOf(quote: { readonly text: string }): readonly string[] {
  let words = titleWords.get(quote);
  if (!words) titleWords.set(quote, (words = titleWordsIn(quote.text)));
  return words;
}

/**
 * Each title word that means one member: a capitalised family-word title the one so titled
 * (titledCalls), else as "the parson" would.
 */
function membersCalled(
  words: readonly string[],
  describe: (description: string) => string | null,
  titled: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    const key = (word !== lower && titled.get(lower)) || describe(`the ${lower}`);
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
  titled: ReadonlyMap<string, string>,
): string[] {
  return membersCalled(titleWordsOf(quote), describe, titled);
}

/**
 * The same for a piece of a quote (its first sentence, its opening words): read each time, as a
 * piece made for one question has no quote to keep its reading on.
 */
export function titlesCalledIn(
  text: string,
  describe: (description: string) => string | null,
  titled: ReadonlyMap<string, string>,
): string[] {
  return membersCalled(titleWordsIn(text), describe, titled);
}
