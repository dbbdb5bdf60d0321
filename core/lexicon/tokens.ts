/**
 * Word tokens as the lexicon and the speller see them: letters and digits, joined by inner
 * hyphens or apostrophes ("c'mon", "t-shirt", "Willow's"). Edge apostrophes ('preciate,
 * bleedin') are left out of the token; matchers look at the neighbouring characters instead.
 */

export interface Token {
  /** Offset in the scanned text. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/** The tokens of `text` between `from` and `to` (default: all of it), in order. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // One shared global regex: safe because the loop runs to completion synchronously.
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const end = Math.min(to, m.index + m[0].length);
    tokens.push({
      from: m.index,
      to: end,
      text: end === TOKEN.lastIndex ? m[0] : text.slice(m.index, end),
    });
  }
  return tokens;
}

/** Lower case with typographic apostrophes made plain, the form lexicon keys use. */
export function normaliseWord(word: string): string {
  return (word.includes("’") ? word.replace(/’/g, "'") : word).toLowerCase();
}

const APOSTROPHES = "'’‘";

/** Whether the character at `i` is an apostrophe of any kind (plain, right or left curly). */
export function isApostropheAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && APOSTROPHES.includes(text[i]!);
}
