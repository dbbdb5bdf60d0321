/**
 * A stand-in cast for when the caller has none: capitalised words that recur in the middle of
 * sentences, where English capitalises little but names. Crude on purpose; the cast issue
 * provides the real cast, and this only keeps point-of-view cues alive without one.
 */

import type { SceneCharacter } from "./compiled-cast";

/** Capitalised words preceded by a lower-case word or a comma: not sentence openers. */
const MID_SENTENCE_CAPITAL = /(?<=[\p{Ll},;] )\p{Lu}\p{Ll}+(?=['’]s\b|[^\p{L}'’]|$)/gu;

/** Capitalised words that are not names of people. */
const NOT_NAMES = new Set(
  (
    "I Im Ive Ill Id Mr Mrs Ms Dr Miss Sir Madam Lady Lord God Christ Heaven Hell " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April " +
    "May June July August September October November December English British American French " +
    "Christmas Easter Mum Mom Dad Mummy Daddy Professor Captain Doctor Officer Detective The"
  ).split(" "),
);

/** The name-like words in one paragraph, in order, repeats kept. Pure; cache by text. */
export function nameCandidates(text: string): readonly string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MID_SENTENCE_CAPITAL)) if (!NOT_NAMES.has(m[0])) out.push(m[0]);
  return out;
}

/**
 * Builds a cast from per-paragraph candidates: words seen mid-sentence in at least
 * `minParagraphs` paragraphs. Linear in the number of candidates.
 */
export function discoverCast(
  perParagraph: readonly (readonly string[])[],
  minParagraphs = 2,
): readonly SceneCharacter[] {
  const seenIn = new Map<string, number>();
  for (const names of perParagraph) {
    for (const name of new Set(names)) seenIn.set(name, (seenIn.get(name) ?? 0) + 1);
  }
  return [...seenIn]
    .filter(([, n]) => n >= minParagraphs)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name]) => ({ name, aliases: [] }));
}
