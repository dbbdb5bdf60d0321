/**
 * A new place that counts more where the people on the page turn over (scenes-34, #22).
 *
 * A place noun the page before never named (`newPlace`) is as often a walk into the next room
 * as a scene's start: alone it scores under the price. Counted over every place cue on dev
 * (`eval/place-signs.ts`), one shape of it is a scene's start nearly every time: a conversation
 * has just ended (the paragraph before is a line of talk), the new place is named by a
 * paragraph of narration that sets itself down (30 words or more) and not by a verb of moving
 * there (no `place` cue), someone acts on the page after who did not on the page before while
 * someone of before still does, and whom the page follows most (the resolved evidence, three
 * paragraphs a side) is someone else; and the scene before has run a while (300 words or more
 * since the last paragraph whose cues outweigh the price). Over dev's 67 stories such a place
 * fires 12 times, 11 within a paragraph of a gold boundary (4 of them missed without it, two of
 * those found a paragraph early, on the departure that ends the talk) and 1 inside a scene;
 * over LitBank's 100 excerpts and speakers-dev's 41 stories, where every firing is false, once,
 * and that one stays under the price. Without the two guards it made three boundaries in
 * speakers-dev: the line guard drops two (a school named in passing, "like we were in
 * school", in lines under 20 words), the length guard the third (a yard under 300 words after
 * a cue over the price); the length guard also drops 1 dev firing at gold and 2 inside scenes.
 */

import type { BoundaryCandidate, BoundaryWeights, CueName } from "./boundary-weights";
import { weighCues } from "./boundary-weights";
import type { ParagraphFeatures } from "./features";
import { INSIDE_LETTER, insideLetters, letterStarts } from "./letter-starts";
import { CONVERSATION_SHARE } from "./pov-shift";
import type { Evidence } from "./pov-evidence";

/** The reason the cue gives. */
const TURNOVER_REASON = "the people on the page turn over";

/** Paragraphs on each side whose people are compared. */
const TURNOVER_PARAGRAPHS = 3;
/** A paragraph shorter than this is a beat of the scene, as a line's time sign is. */
const TURNOVER_MIN_WORDS = 30;
/** Words since the last cue over the price below which a new place is that scene's own. */
const TURNOVER_AFTER_WORDS = 300;

/** Everyone with evidence in paragraphs `from` (inclusive) to `to` (exclusive) of the run. */
function peopleIn(evidence: readonly Readonly<Evidence>[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, from); k < Math.min(evidence.length, to); k++)
    for (const name of Object.keys(evidence[k]!)) out.add(name);
  return out;
}

/** Whom paragraphs `from` to `to` follow most (the first named on a tie), or null. */
function leadIn(evidence: readonly Readonly<Evidence>[], from: number, to: number): string | null {
  const sum = new Map<string, number>();
  for (let k = Math.max(0, from); k < Math.min(evidence.length, to); k++)
    for (const [name, v] of Object.entries(evidence[k]!)) sum.set(name, (sum.get(name) ?? 0) + v);
  let lead: string | null = null;
  let most = 0;
  for (const [name, v] of sum) if (v > most) [lead, most] = [name, v];
  return lead;
}

/**
 * Whether the people on the page turn over at paragraph `i`: someone acts in the paragraphs
 * from it who did not in those before, someone of before still acts, and whom the page follows
 * most is someone else.
 */
export function peopleTurnOver(evidence: readonly Readonly<Evidence>[], i: number): boolean {
  const before = peopleIn(evidence, i - TURNOVER_PARAGRAPHS, i);
  const after = peopleIn(evidence, i, i + TURNOVER_PARAGRAPHS);
  const shared = [...after].filter((name) => before.has(name)).length;
  if (shared === 0 || shared === after.size) return false;
  const from = leadIn(evidence, i - TURNOVER_PARAGRAPHS, i);
  const to = leadIn(evidence, i, i + TURNOVER_PARAGRAPHS);
  return from !== null && to !== null && from !== to;
}

/** Whether candidate `i`'s cues are a new place told after talk, in a paragraph set down. */
function newPlaceAfterTalk(
  features: readonly ParagraphFeatures[],
  cues: Readonly<Partial<Record<CueName, number>>>,
  i: number,
): boolean {
  return (
    (cues.newPlace ?? 0) > 0 &&
    !cues.place &&
    features[i]!.words >= TURNOVER_MIN_WORDS &&
    (features[i - 1]?.dialogue ?? 0) >= CONVERSATION_SHARE
  );
}

/**
 * The candidates with `placeTurnover` added where a new place after talk meets the people
 * turning over, a while after the last cue over the price (this one's included: a scene it
 * opened is one). `inLetter[i]` scales the cue as every cue inside a letter is.
 */
export function withPlaceTurnover(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[],
  candidates: readonly BoundaryCandidate[],
  inLetter: readonly boolean[],
  w: BoundaryWeights,
): readonly BoundaryCandidate[] {
  let since = 0;
  return candidates.map((c, i) => {
    if (i > 0) since += features[i - 1]!.words;
    const cues = c.cues ?? {};
    const turns =
      i > 0 &&
      since >= TURNOVER_AFTER_WORDS &&
      newPlaceAfterTalk(features, cues, i) &&
      peopleTurnOver(evidence, i);
    const out = turns ? withTurnover(c, inLetter[i]!, w) : c;
    // A scene this cue opens is as much a scene as one opened by any other cue.
    if (out.score >= w.price) since = 0;
    return out;
  });
}

/** Candidate `c` with the cue added (scaled as every cue inside a letter is). */
function withTurnover(
  c: BoundaryCandidate,
  inLetter: boolean,
  w: BoundaryWeights,
): BoundaryCandidate {
  const cues = { ...c.cues, placeTurnover: inLetter ? INSIDE_LETTER : 1 };
  return {
    ...c,
    score: weighCues(cues, w),
    reasons: [...c.reasons, TURNOVER_REASON],
    cues,
  };
}

/**
 * A run's candidates, scored with other weights than they were (`eval/scenes-cv.ts` fitting
 * them), as `scoreBoundaries` would score them with `w`: every cue re-weighed, and the turnover
 * read again, as it fires a while after the last cue over the price, which moves with `w`.
 */
export function reweighed(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[],
  candidates: readonly BoundaryCandidate[],
  w: BoundaryWeights,
): readonly BoundaryCandidate[] {
  const without = candidates.map((c) => {
    const cues = { ...c.cues };
    delete cues.placeTurnover;
    const reasons = c.reasons.filter((r) => r !== TURNOVER_REASON);
    return c.cues ? { ...c, score: weighCues(cues, w), reasons, cues } : c;
  });
  return withPlaceTurnover(
    features,
    evidence,
    without,
    insideLetters(features, letterStarts(features)),
    w,
  );
}
