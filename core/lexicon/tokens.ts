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
  const slice = to === text.length ? text : text.slice(0, to);
  // One shared sticky-free global regex: safe because the loop runs to completion synchronously.
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    tokens.push({ from: m.index, to: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

/** Lower case with typographic apostrophes made plain, the form lexicon keys use. */
export function normaliseWord(word: string): string {
  return word.replace(/’/g, "'").toLowerCase();
}

const APOSTROPHES = "'’‘";

/** Whether the character at `i` is an apostrophe of any kind (plain, right or left curly). */
export function isApostropheAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && APOSTROPHES.includes(text[i]!);
}
