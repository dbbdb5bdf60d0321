/**
 * Finds lexicon forms in a stretch of text (a quote or a piece of narration), longest match first,
 * and decides whether a form-of-address word is being used as one.
 */
import type { CompiledForm, Lexicon, SensePattern } from "./lexicon";
import { isApostropheAt, normaliseWord, tokenize, type Token } from "./tokens";

export interface TermMatch {
  readonly form: CompiledForm;
  /** Offsets in the scanned text, edge apostrophes included. */
  readonly from: number;
  readonly to: number;
  /** The words around it select the regional meaning (`senses.regional`). */
  readonly strong: boolean;
  /** The words around it leave the meaning open (`senses.unsure`): a hint at most. */
  readonly unsure: boolean;
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
    const word = normaliseWord(t.text);
    const last = k === f.words.length - 1 && !f.trailingApostrophe;
    if (word !== f.words[k] && !(last && word === `${f.words[k]}'s`)) return false;
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
 * Whether the words around tokens `[at, last]` fit a sense pattern. A `|` at a pattern's edge
 * stands for a break: the edge of the scanned stretch or punctuation ("my bad |" fits "My bad."
 * but not "my bad temper").
 */
function fitsPattern(
  text: string,
  tokens: readonly Token[],
  at: number,
  last: number,
  p: SensePattern,
): boolean {
  const before = p.before[0] === "|" ? p.before.slice(1) : p.before;
  const after = p.after[p.after.length - 1] === "|" ? p.after.slice(0, -1) : p.after;
  const first = at - before.length;
  const end = last + after.length;
  if (first < 0 || end >= tokens.length) return false;
  for (let k = first; k <= end; k++) {
    if (k > first && !GAP.test(text.slice(tokens[k - 1]!.to, tokens[k]!.from))) return false;
    if (k >= at && k <= last) continue;
    const want = k < at ? before[k - first]! : after[k - last - 1]!;
    const word = normaliseWord(tokens[k]!.text);
    if (want !== "*" && word !== want && word !== `${want}'s`) return false;
  }
  const broken = (k: number): boolean =>
    k < 0 || k + 1 >= tokens.length || !GAP.test(text.slice(tokens[k]!.to, tokens[k + 1]!.from));
  if (before.length < p.before.length && !broken(first - 1)) return false;
  if (after.length < p.after.length && !broken(end)) return false;
  return true;
}

/** After these a capital starts a sentence; a dash often restarts one ("Wait—Bloody hell"). */
const OPENERS = "“‘([—–-";
const ENDS = ".!?…";

/**
 * Whether the word at `i` starts a sentence: at the start of the text, after an opening quote,
 * or after a sentence's end (and any closing quote). Looks back through the whole text, not just
 * the scanned stretch, so a quote's first word counts and the narration after a quote does not.
 */
function startsSentence(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  if (k < 0 || OPENERS.includes(text[k]!) || ENDS.includes(text[k]!)) return true;
  const c = text[k]!;
  if (c === '"' || c === "’" || c === "”" || c === "'") {
    // A straight quote after a space opens; any quote after a sentence's end closes it.
    if ((c === '"' || c === "'") && (k === 0 || /\s/.test(text[k - 1]!))) return true;
    return k > 0 && ENDS.includes(text[k - 1]!);
  }
  return false;
}

const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Whether a matched form may count: a capitalised word mid-sentence is taken for a name unless
 * the entry is also a name ("Mum") or the form is written with its capitals ("I guess"); and a
 * capitalised word of a character's name (`names`, lower-cased) is never a term.
 */
function allowed(
  text: string,
  tokens: readonly Token[],
  at: number,
  f: CompiledForm,
  names: ReadonlySet<string> | undefined,
): boolean {
  const first = tokens[at]!;
  if (
    !f.exact &&
    !f.entry.asName &&
    CAPITAL.test(first.text) &&
    LOWER.test(first.text) && // a shouted word ("GONNA") is still a word
    !startsSentence(text, first.from - (f.leadingApostrophe ? 1 : 0))
  )
    return false;
  if (names && names.size > 0) {
    for (let k = at; k < at + f.words.length; k++) {
      const t = tokens[k]!.text;
      if (CAPITAL.test(t) && names.has(normaliseWord(t).replace(/'s$/, ""))) return false;
    }
  }
  return true;
}

/**
 * Every lexicon form in `text[from, to)`, left to right, without overlap. `from`/`to` of each
 * match are offsets into `text`. `names` are the lower-cased words of the characters' names:
 * capitalised, they are never terms. A form whose context selects the shared meaning
 * (`senses.other`) is not a match.
 */
export function matchTerms(
  text: string,
  lexicon: Lexicon,
  from = 0,
  to = text.length,
  names?: ReadonlySet<string>,
): TermMatch[] {
  const tokens = tokenize(text, from, to);
  const matches: TermMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const key = normaliseWord(tokens[i]!.text);
    // "mum's", "tank's": the possessive or "is" of a form is the form.
    const candidates =
      lexicon.byFirstWord.get(key) ??
      (key.endsWith("'s") ? lexicon.byFirstWord.get(key.slice(0, -2)) : undefined);
    if (!candidates) continue;
    const found = candidates.find(
      (f) => tokensMatch(text, tokens, i, f, from, to) && allowed(text, tokens, i, f, names),
    );
    if (!found) continue;
    const last = i + found.words.length - 1;
    const senses = found.senses;
    const fits = (patterns: readonly SensePattern[]): boolean =>
      patterns.some((p) => fitsPattern(text, tokens, i, last, p));
    if (senses && fits(senses.other)) continue;
    const unsure = senses !== null && fits(senses.unsure);
    const strong = !unsure && senses !== null && fits(senses.regional);
    // A `selected` word is a term only where its context selects the regional meaning.
    if (found.entry.context === "selected" && !strong && !unsure) continue;
    const end = tokens[last]!;
    const possessive = normaliseWord(end.text) !== found.words[found.words.length - 1];
    matches.push({
      form: found,
      from: tokens[i]!.from - (found.leadingApostrophe ? 1 : 0),
      to: possessive ? end.to - 2 : end.to + (found.trailingApostrophe ? 1 : 0),
      strong,
      unsure,
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
