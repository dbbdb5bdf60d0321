/**
 * A paragraph's narration as the scene-cue counts read it (place-signs.ts, cue-agreement.ts,
 * summary-time.ts): its quoted speech blanked out, its first and last sentences, and which tense
 * its auxiliaries lean to. Rough on purpose: these are eval counts, not the detector's reading.
 */

/** A quoted span, double or single (a closing ’ before a letter is an apostrophe). */
const QUOTED = /["“][^"”]*["”]|‘[^’]*’(?!\p{L})/gu;
const PAST = /\b(?:was|were|had|did)\b/giu;
const PRESENT = /\b(?:is|are|am|has|does)\b/giu;

export const narration = (text: string): string => text.replace(QUOTED, " ");

const sentences = (text: string): string[] =>
  narration(text)
    .trim()
    .split(/(?<=[.!?])\s+/u);

export const openingSentence = (text: string): string => sentences(text)[0] ?? "";

export const lastSentence = (text: string): string => {
  const s = sentences(text);
  return s[s.length - 1] ?? "";
};

const count = (re: RegExp, s: string): number => (s.match(re) ?? []).length;

/** 1 past, -1 present, 0 when the narration has fewer than two auxiliaries or they tie. */
export function tense(text: string): number {
  const t = narration(text);
  const past = count(PAST, t);
  const present = count(PRESENT, t);
  return past + present < 2 ? 0 : Math.sign(past - present);
}
