/**
 * A line shaped as a title: a few words in title case. One reading for the three places that
 * tell a title from prose (a draft's own title line for the exports, the title lines above a
 * first chapter, a heading above a scene's prose), so they cannot drift apart.
 */

/** Words a title keeps in lower case unless they come first (as most style guides do). */
export const SMALL_TITLE_WORDS: ReadonlySet<string> = new Set(
  "a an and as at but by for in nor of on or the to up via vs".split(" "),
);

/** Title case: the first word and every word but the small ones open with a capital or a digit. */
export function inTitleCase(words: readonly string[]): boolean {
  return words.every(
    (word, i) =>
      /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && SMALL_TITLE_WORDS.has(word.toLowerCase())),
  );
}

/** A title is a few words: more, and the line is prose or a heading of another kind. */
const MAX_TITLE_WORDS = 10;
const MAX_TITLE_LENGTH = 80;
const SPEECH_START = /^["“'‘«„]/u;

/**
 * Whether a trimmed line is short enough to be a title: one line of at most ten words and 80
 * characters, opening no speech. Its case and its last mark are the caller's to read.
 */
export function titleSized(line: string): boolean {
  return (
    line !== "" &&
    line.length <= MAX_TITLE_LENGTH &&
    !/[\r\n]/u.test(line) &&
    !SPEECH_START.test(line) &&
    line.split(/\s+/u).length <= MAX_TITLE_WORDS
  );
}
