/**
 * Finds lexicon forms in a stretch of text (a quote or a piece of narration), longest match first,
 * and decides whether a form-of-address word is being used as one.
 */
import type { CompiledForm, Lexicon } from "./lexicon";
import { isApostropheAt, normaliseWord, tokenize, type Token } from "./tokens";

export interface TermMatch {
  readonly form: CompiledForm;
  /** Offsets in the scanned text, edge apostrophes included. */
  readonly from: number;
  readonly to: number;
  /** A word from the entry's `strongAfter` follows, so an ambiguous word is meant the other way. */
  readonly strong: boolean;
}

/** Only spaces (one line break at most) may separate the words of a multi-word form. */
const GAP = /^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/;

/** `start`/`end` bound the scanned stretch: a quote mark just outside it is not an apostrophe. */
function tokensMatch(
  text: string,
  tokens: readonly Token[],
  at: number,
  f: CompiledForm,
  start: number,
  end: number,
): boolean {
  if (at + f.words.length > tokens.length) return false;
  for (let k = 0; k < f.words.length; k++) {
    const t = tokens[at + k]!;
    if (normaliseWord(t.text) !== f.words[k]) return false;
    if (f.exact && !exactMatch(t.text, f.exact[k]!, k === 0)) return false;
    if (k > 0 && !GAP.test(text.slice(tokens[at + k - 1]!.to, t.from))) return false;
  }
  const before = tokens[at]!.from - 1;
  const after = tokens[at + f.words.length - 1]!.to;
  if (f.leadingApostrophe && (before < start || !isApostropheAt(text, before))) return false;
  if (f.trailingApostrophe && (after >= end || !isApostropheAt(text, after))) return false;
  return true;
}

/** Case-sensitive forms ("I guess", "Yank") match as written, or capitalised at a sentence start. */
function exactMatch(token: string, expected: string, first: boolean): boolean {
  const t = token.replace(/’/g, "'");
  if (t === expected) return true;
  return first && t === expected.charAt(0).toUpperCase() + expected.slice(1);
}

/**
 * Every lexicon form in `text[from, to)`, left to right, without overlap. `from`/`to` of each
 * match are offsets into `text`.
 */
export function matchTerms(
  text: string,
  lexicon: Lexicon,
  from = 0,
  to = text.length,
): TermMatch[] {
  const tokens = tokenize(text, from, to);
  const matches: TermMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lexicon.byFirstWord.get(normaliseWord(tokens[i]!.text));
    if (!candidates) continue;
    const found = candidates.find((f) => tokensMatch(text, tokens, i, f, from, to));
    if (!found) continue;
    const last = i + found.words.length - 1;
    const next = tokens[last + 1];
    const strong =
      next !== undefined &&
      (found.entry.strongAfter?.includes(normaliseWord(next.text)) ?? false) &&
      GAP.test(text.slice(tokens[last]!.to, next.from));
    matches.push({
      form: found,
      from: tokens[i]!.from - (found.leadingApostrophe ? 1 : 0),
      to: tokens[last]!.to + (found.trailingApostrophe ? 1 : 0),
      strong,
    });
    i = last;
  }
  return matches;
}

/** Words after which a bare name-like word reads as a form of address ("Hello luv"). */
const GREETINGS: ReadonlySet<string> = new Set([
  "hello",
  "hi",
  "hiya",
  "hey",
  "evening",
  "morning",
  "afternoon",
  "night",
  "goodnight",
  "bye",
  "goodbye",
  "thanks",
  "ta",
  "cheers",
  "oi",
  "listen",
  "look",
  "sorry",
  "alright",
  "right",
  "yes",
  "no",
  "yeah",
  "nah",
  "ok",
  "okay",
  "there",
  "on",
  "c'mon",
  "now",
  "well",
  "oh",
  "ah",
  "aye",
]);

const AFTER_ADDRESS = /^[ \t]*(?:$|[,.!?…;:)\-—–]|\r?\n)/;
const WORD_BEFORE = /([\p{L}']+)[ \t]*$/u;

/**
 * Whether the words at `[from, to)` of `text` stand as a form of address inside the quote
 * `[quoteFrom, quoteTo)`: set off by a comma or a greeting before, and by punctuation or the
 * end of the quote after. "Evening, love." and "Hello luv," qualify; "I'd love to" and
 * "fell in love." do not.
 */
export function isFormOfAddress(
  text: string,
  from: number,
  to: number,
  quoteFrom: number,
  quoteTo: number,
): boolean {
  const after = text.slice(to, quoteTo);
  if (!AFTER_ADDRESS.test(after)) return false;
  const before = text.slice(quoteFrom, from).replace(/[ \t]+$/, "");
  if (before === "") return /^[ \t]*,/.test(after);
  if (/[,—–]$/.test(before)) return true;
  const word = WORD_BEFORE.exec(before.replace(/’/g, "'"));
  return word !== null && GREETINGS.has(word[1]!.toLowerCase());
}
