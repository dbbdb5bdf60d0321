/**
 * Word counting as word processors do it (CONTRACT.md): a word is a run of non-space
 * characters holding at least one letter or digit. "So...um" is one word; "—" and "* * *" none.
 */

const RUN = /\S+/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Counts the words in a piece of text. */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(RUN)) if (HAS_WORD_CHAR.test(m[0])) n++;
  return n;
}
