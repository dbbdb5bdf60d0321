/**
 * The place nouns and capitalised words of a paragraph, read from its runs of letters in one
 * pass instead of by two regexes with look-behinds tried at every character: scene features
 * read every paragraph of a novel this way.
 *
 * Both regexes can match only where a run of letters starts (no letter before it), so the runs
 * are all they need: a place noun is a whole run (every noun is letters only, and no letter may
 * follow it), a capitalised word is a run's capital and the small letters straight after it.
 */

const LETTER = /^\p{L}$/u;
const SMALL = /^\p{Ll}$/u;
const CAPITAL = /^\p{Lu}$/u;

/** What a non-ASCII code point is, by bits (1 letter, 2 small, 4 capital), classed once. */
const classes = new Map<number, number>();
function classOf(c: number): number {
  let known = classes.get(c);
  if (known === undefined) {
    const ch = String.fromCodePoint(c);
    known = (LETTER.test(ch) ? 1 : 0) | (SMALL.test(ch) ? 2 : 0) | (CAPITAL.test(ch) ? 4 : 0);
    classes.set(c, known);
  }
  return known;
}

const isLetter = (c: number): boolean =>
  c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : (classOf(c) & 1) !== 0;
const isSmall = (c: number): boolean => (c < 128 ? c >= 97 && c <= 122 : (classOf(c) & 2) !== 0);
const isCapital = (c: number): boolean => (c < 128 ? c >= 65 && c <= 90 : (classOf(c) & 4) !== 0);
/** General Punctuation (curly quotes, dashes, the ellipsis): no letters there. */
const isPunctuation = (c: number): boolean => c >= 0x2000 && c <= 0x206f;
const width = (c: number): number => (c > 0xffff ? 2 : 1);

/** The plain ASCII noun that the run `text[from, to)` of ASCII letters spells, any case. */
function asciiNoun(
  text: string,
  from: number,
  to: number,
  byStart: PlaceNouns["byStart"],
): string | undefined {
  const candidates = byStart[(text.charCodeAt(from) | 32) - 97]?.[to - from];
  if (!candidates) return undefined;
  next: for (const noun of candidates) {
    for (let k = 1; k < noun.length; k++)
      if ((text.charCodeAt(from + k) | 32) !== noun.charCodeAt(k)) continue next;
    return noun;
  }
  return undefined;
}

export interface WordRuns {
  /** Place nouns, lower case, each once, in order of first use. */
  readonly places: string[];
  /** Capitalised words as written, each once, in order of first use. */
  readonly capitalised: string[];
}

/** The place nouns as `wordRuns` reads them. */
export interface PlaceNouns {
  /** The plain ASCII ones by first letter (0 for "a") and length: compared without a copy. */
  readonly byStart: readonly (readonly (readonly string[] | undefined)[] | undefined)[];
  /** One at a position, as the place-word regex reads it there (its case folding too). */
  readonly at: RegExp;
}

/**
 * `nouns` as `wordRuns` reads them, with `pattern` their alternation as the place-word regex
 * has it (flags `iu`); null unless every noun is small letters only, a whole run of letters.
 */
export function placeNouns(nouns: readonly string[], pattern: string): PlaceNouns | null {
  if (nouns.length === 0 || !nouns.every((n) => /^\p{Ll}+$/u.test(n))) return null;
  const byStart: string[][][] = [];
  for (const noun of nouns) {
    if (!/^[a-z]+$/u.test(noun)) continue;
    const lengths = (byStart[noun.charCodeAt(0) - 97] ??= []);
    (lengths[noun.length] ??= []).push(noun);
  }
  return {
    byStart,
    at: new RegExp(`(?:${pattern})(?![\\p{L}])`, "iuy"),
  };
}

/**
 * The place nouns and capitalised words of `text`: the same as `text.match(placeWord)`
 * (lower-cased) and `text.match(/\p{Lu}(?<![\p{L}]\p{Lu})\p{Ll}+/gu)`, each made unique. A run
 * that is not plain ASCII is left to the regex (`nouns.at`), whose case folding differs from
 * `toLowerCase` on a few letters ("ſ").
 */
export function wordRuns(text: string, nouns: PlaceNouns, capitals = true): WordRuns {
  const { byStart, at } = nouns;
  const places = new Set<string>();
  const capitalised = new Set<string>();
  let i = 0;
  const n = text.length;
  while (i < n) {
    // ASCII inline: this loop sees every character of the story, the first pass unoptimised.
    const u = text.charCodeAt(i);
    if (u < 128 ? (u | 32) < 97 || (u | 32) > 122 : isPunctuation(u)) {
      i++;
      continue;
    }
    const c = u < 0xd800 ? u : text.codePointAt(i)!;
    if (u >= 128 && !isLetter(c)) {
      i += width(c);
      continue;
    }
    const start = i;
    let ascii = c < 128;
    i += width(c);
    // The capital's small letters, as far as they go (a capitalised word ends there).
    let small = i;
    if (capitals && isCapital(c)) {
      while (small < n) {
        // ASCII inline here too: every capitalised word's letters, before the loop is optimised.
        const v = text.charCodeAt(small);
        if (v < 128) {
          if (v < 97 || v > 122) break;
          small++;
          continue;
        }
        const d = v < 0xd800 ? v : text.codePointAt(small)!;
        if (!isSmall(d)) break;
        ascii = false;
        small += width(d);
      }
      if (small > i) capitalised.add(text.slice(start, small));
    }
    if (small > i) i = small;
    while (i < n) {
      const v = text.charCodeAt(i);
      if (v < 128) {
        if ((v | 32) < 97 || (v | 32) > 122) break;
        i++;
        continue;
      }
      const d = v < 0xd800 ? v : text.codePointAt(i)!;
      if (isPunctuation(d) || !isLetter(d)) break;
      ascii = false;
      i += width(d);
    }
    if (ascii) {
      const noun = asciiNoun(text, start, i, byStart);
      if (noun) places.add(noun);
    } else {
      at.lastIndex = start;
      const m = at.exec(text);
      if (m) places.add(m[0].toLowerCase());
    }
  }
  return { places: [...places], capitalised: [...capitalised] };
}
