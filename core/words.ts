/**
 * Word counting as word processors do it (CONTRACT.md): a word is a run of non-space
 * characters holding at least one letter or digit. "So...um" is one word; "—" and "* * *" none.
 *
 * A hand-written scan, not a regular expression per run: the status bar counts a novel on open,
 * and this is several times faster on 300,000 words. White space is exactly what JavaScript's
 * `\s` matches, so the result equals the regular-expression definition (a test checks both).
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** JavaScript's `\s` outside ASCII. */
function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Counts the words in a piece of text. */
export function countWords(text: string): number {
  let words = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : isWideSpace(code);
    if (space) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (counted) continue;
    const wordChar =
      code < 128
        ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
        : WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
    if (wordChar) {
      words++;
      counted = true;
    }
  }
  return words;
}
