/**
 * A word scanner that allocates only the words themselves: the cast passes read every word of a
 * 300,000-word story, and regex match objects for each were most of the garbage.
 *
 * A word is a run of letters and digits, joined across a single apostrophe, hyphen or full stop
 * that has a letter or digit on both sides ("don't", "Tsk-tsk", "A.k.a").
 */

export interface Word {
  readonly text: string;
  readonly lower: string;
  /** Offsets relative to the text the scan was given, plus the `offset` passed in. */
  readonly from: number;
  readonly to: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit at `i` starts a letter or digit (ASCII fast path). */
export function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isWordUnit(text, i - 1);
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
  return LETTER_OR_DIGIT.test(ch);
}

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 46;

/** The words of `text[from, to)`, with offsets shifted by `offset`. */
export function scanWords(text: string, offset = 0, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // ASCII inline: this loop sees every character of the story.
    const isWord =
      c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) : isWordUnit(text, i);
    if (!isWord) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if ((d | 32) >= 97 && (d | 32) <= 122) {
          if (d < 97) upper = true;
          i++;
          continue;
        }
        if (d >= 48 && d <= 57) {
          i++;
          continue;
        }
      } else if (isWordUnit(text, i)) {
        upper = true; // unknown case: lowercase it below to be safe
        i++;
        continue;
      }
      // Step over the joiner only; the next pass reads the letter after it (and its case).
      if (i + 1 < to && isJoiner(d) && isWordUnit(text, i + 1)) i++;
      else break;
    }
    const word = text.slice(start, i);
    out.push({
      text: word,
      lower: upper ? word.toLowerCase() : word,
      from: offset + start,
      to: offset + i,
    });
  }
  return out;
}
