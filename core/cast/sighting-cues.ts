/**
 * The word-level cues a name sighting is read from: a word's capital or shout, a possessive, a
 * middle initial or a saint's stop inside a run, a badge that shows a name, a person noun acting,
 * a speech verb tagging a quote. The paragraph scan, the run reading and the family-word and
 * nickname readers all ask these; their own module so none of those imports another for them.
 */
import { ACTION_VERBS, SPEECH_VERBS } from "./cues";
import type { Word } from "./scan";

/** What a worn name is written on ("her name tag said Denise"), and what it is said to say. */
const BADGES = new Set(["tag", "badge", "nametag"]);
const BADGE_SAYS = new Set(["said", "says", "read", "reads"]);

/** Whether the words before toks[at] say a badge shows it ("her name tag said", "a badge that reads"). */
export function onBadge(toks: readonly Tok[], at: number): boolean {
  const badge = (k: number): boolean => BADGES.has(toks[k]?.lower ?? "");
  const joins = toks[at - 2]?.lower === "that" || toks[at - 2]?.lower === "which";
  return BADGE_SAYS.has(toks[at - 1]?.lower ?? "") && (badge(at - 2) || (joins && badge(at - 3)));
}

export const isCapital = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
export const isShout = (w: string): boolean => w.length > 1 && w === w.toUpperCase();
export const POSSESSIVE = /['\u2019]s$/;

export type Tok = Word;

/** A possessive or a verb's contraction on a word: "Tom’s", "They’ve", "We’ll", "She’d". */
export const CLITIC = /['\u2019](?:s|ve|re|ll|d|m)$/i;
/** A negation: "Don’t", "Needn't". */
const NEGATION = /n['\u2019]t$/i;

/**
 * The word a name could be, its clitic taken off: "Tom’ll" is Tom and "They’ve" is "They" (no
 * name). A negation ("Don’t", "Needn’t") reads as "not": whatever it is cut from, no name.
 */
export function stripClitic(w: string): string {
  return NEGATION.test(w) ? "not" : w.replace(CLITIC, "");
}

/** A middle initial: one capital letter, not "I". */
export const isInitial = (w: string): boolean => /^\p{Lu}$/u.test(w) && w !== "I";

/** "St." before a name ("St. Aubert", across a line break too): a saint's stop, no sentence end. */
export const isSaintStop = (a: Tok, b: Tok, gap: (a?: Tok, b?: Tok) => string): boolean =>
  a.text === "St" && /^\.\s$/.test(gap(a, b));

/** "The girl flushed", "the man looked round": a person noun doing something. */
export function actsAfter(toks: readonly Tok[], at: number, text: string): boolean {
  const next = wordAfter(toks, at, text);
  return !!next && (ACTION_VERBS.has(next.lower) || /^[a-z]{3,}ed$/.test(next.lower));
}

/** The word straight after the one at `at`, only white space between them; else undefined. */
export function wordAfter(toks: readonly Tok[], at: number, text: string): Tok | undefined {
  const next = toks[at + 1];
  return next && /^\s+$/.test(text.slice(toks[at]!.to, next.from)) ? next : undefined;
}

export function taggedAround(
  toks: readonly Tok[],
  first: number,
  after: number,
  gap: (a?: Tok, b?: Tok) => string,
  text: string,
): boolean {
  const next = toks[after];
  const prev = toks[first - 1];
  if (next && SPEECH_VERBS.has(next.lower) && /^\s+$/.test(gap(toks[after - 1], next))) return true;
  return (
    !!prev &&
    SPEECH_VERBS.has(prev.lower) &&
    /[,.!?\u2026]['"\u201d\u2019]\s*$/.test(text.slice(0, prev.from))
  );
}
