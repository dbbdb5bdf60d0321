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
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Non-ASCII code points already classed (a story uses a few hundred at most). */
const wordCharCache = new Map<number, boolean>();

/** Whether the code point is a letter, mark or digit: a character TOKEN's runs are made of. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = wordCharCache.get(c);
  if (known === undefined) wordCharCache.set(c, (known = WORD_CHAR.test(String.fromCodePoint(c))));
  return known;
}

/** The length of the run of word characters at `i` (0 when none starts there). */
function wordRun(text: string, i: number): number {
  let at = i;
  while (at < text.length) {
    const c = text.codePointAt(at)!;
    if (!isWordChar(c)) break;
    at += c > 0xffff ? 2 : 1;
  }
  return at - i;
}

/** `-`, `'` or `’`: what may join two runs into one token ("t-shirt", "c'mon"). */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019;

/** The tokens of `text` between `from` and `to` (default: all of it), in order. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  // Starting inside a surrogate pair is left to the regex's own rules.
  const code = text.charCodeAt(from);
  if (code >= 0xdc00 && code <= 0xdfff) return tokenizeByRegex(text, from, to);
  // The same tokens as TOKEN finds, read character by character: no match array per word.
  // A token may run past `to` (the regex reads on); it is cut there, as before.
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const run = wordRun(text, i);
    if (run === 0) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    let end = i + run;
    for (;;) {
      if (end >= text.length || !isJoiner(text.charCodeAt(end))) break;
      const next = wordRun(text, end + 1);
      if (next === 0) break;
      end += 1 + next;
    }
    const cut = Math.min(to, end);
    tokens.push({ from: i, to: cut, text: text.slice(i, cut) });
    i = end;
  }
  return tokens;
}

/** `tokenize` by the regex itself. */
function tokenizeByRegex(text: string, from: number, to: number): Token[] {
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
  // Most words are plain lower-case ASCII already: checked here, cheaper than lower-casing.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128)
      return (word.includes("’") ? word.replace(/’/g, "'") : word).toLowerCase();
  }
  return word;
}

const APOSTROPHES = "'’‘";

/** Whether the character at `i` is an apostrophe of any kind (plain, right or left curly). */
export function isApostropheAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && APOSTROPHES.includes(text[i]!);
}
