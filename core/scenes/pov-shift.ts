/**
 * The viewpoint cues of a candidate boundary: a shift of POV from one character to another, a
 * swing between "she" and "he" subjects, a turn between the first person and the third, and the
 * readings that weaken or block them (the old viewpoint still present, one conversation going
 * on). Separate from the time, place and letter cues, which read none of the POV evidence.
 */

import type { BoundaryWeights } from "./boundary-weights";
import type { ParagraphFeatures } from "./features";
import { distance, type Evidence, MIN_SHIFT_EVIDENCE, shares } from "./pov-evidence";
import { sumEvidence } from "./stretch";

/**
 * Words of narration (outside quotes, by share of characters) a paragraph that opens a shift
 * holds: more than a line ("Len was on the stage with a roll of tape, taking down the signs."
 * is a glance at someone across the room). Over dev the POV cue fired on three paragraphs of 12
 * to 14 such words, none at a gold boundary; the shortest one at gold holds 17.
 */
export const MIN_SHIFT_NARRATION_WORDS = 15;
/** Evidence each side's stretch must hold for a POV shift: more than one passing subject. */
export const MIN_STRETCH_EVIDENCE = 2.5;

/** How much the narration moves from one character to another at paragraph `i`, 0..1. */
export function povShift(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[],
  i: number,
  before: readonly number[],
  after: readonly number[],
  w: BoundaryWeights,
): { shift: number; from: string | null; to: string | null } {
  const b = sumEvidence(evidence, before);
  const a = sumEvidence(evidence, after);
  const sb = shares(b);
  const sa = shares(a);
  const own = shares(evidence[i]!);
  const none = { shift: 0, from: sb.top, to: sa.top };
  if (!sb.top || !sa.top || sa.top === sb.top) return none;
  // A line of dialogue does not turn the narration to its speaker: a new viewpoint is set in
  // narration ("Teo hunched behind the wheel"), not by a speech tag ('"You go," Agnes said').
  // Nor does a nod and a word ('Tom looked up. "Yes?"'): a viewpoint needs a sentence of narration.
  const f = features[i]!;
  if (f.spokenOnly || f.words * (1 - f.dialogue) < MIN_SHIFT_NARRATION_WORDS) return none;
  // The shift starts here: this paragraph already follows the new character.
  if (own.top !== sa.top || (evidence[i]![sa.top] ?? 0) < MIN_SHIFT_EVIDENCE) return none;
  // Each side follows one character, and the new one was not the old side's.
  if (sa.share(sa.top) < 0.5 || sb.share(sb.top) < 0.5 || sb.share(sa.top) > 0.3) return none;
  if ((a[sa.top] ?? 0) < MIN_STRETCH_EVIDENCE || (b[sb.top] ?? 0) < MIN_STRETCH_EVIDENCE)
    return none;
  let shift = distance(b, a);
  // Still present: the old POV character still acts in the narration right after the shift
  // (not a page later, which may be the next scene).
  const near = sumEvidence(evidence, after.slice(0, w.presenceParagraphs));
  const present = (near[sb.top] ?? 0) >= MIN_SHIFT_EVIDENCE;
  if (present) shift *= w.stillPresent;
  return { shift, from: sb.top, to: sa.top };
}

/**
 * Whether the narration turns between the first person and the third at paragraph `i`: the
 * page before tells "I" did this and the page after tells "she" or a name did, or the other
 * way round, with paragraph `i` already on the new side. A diary or a letter set into a story
 * told in the third person is a scene of its own.
 */
export function personShift(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[],
  i: number,
  before: readonly number[],
  after: readonly number[],
): boolean {
  const person = (indexes: readonly number[]): { first: number; third: number } => {
    let first = 0;
    let third = 0;
    for (const k of indexes) {
      first += features[k]!.firstPerson;
      third += features[k]!.pronouns.he + features[k]!.pronouns.she;
      for (const name in evidence[k]) third += evidence[k]![name]!;
    }
    return { first, third };
  };
  const told = (p: { first: number; third: number }): "first" | "third" | null => {
    if (p.first >= MIN_PERSON && p.first * 2 >= p.third) return "first";
    if (p.first === 0 && p.third >= MIN_PERSON * 2) return "third";
    return null;
  };
  const b = told(person(before));
  const a = told(person(after));
  const own = person([i]);
  if (b === null || a === null || a === b) return false;
  return a === "first" ? own.first > 0 : own.first === 0;
}
/** "I" subjects a stretch needs to count as told in the first person. */
const MIN_PERSON = 2;

/** "I" subjects a run needs to count as told in the first person (as detect.ts asks of a story). */
const MIN_FIRST_PERSON_RUN = 9;

/**
 * Whether a run is told in the first person as a whole: its "I" subjects (2 each, as a named
 * subject's) weigh at least all its named evidence, as `firstPersonStory` in detect.ts reads a
 * story. Read from the run itself, so a run's boundaries depend on its features and evidence only.
 */
export function toldInFirstPerson(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[],
): boolean {
  let first = 0;
  let third = 0;
  for (const f of features) first += f.firstPerson;
  for (const e of evidence) for (const k in e) third += e[k]!;
  return first >= MIN_FIRST_PERSON_RUN && first * 2 >= third;
}

/**
 * How far the narration's "he" and "she" subjects swing from one to the other at paragraph
 * `i`, 0..1: a page of "she" followed by a page of "he", with paragraph `i` already on the new
 * side. A change of viewpoint between a woman and a man shows here even when the cast does not
 * name one of them.
 */
export function pronounShift(
  features: readonly ParagraphFeatures[],
  i: number,
  before: readonly number[],
  after: readonly number[],
  w: BoundaryWeights,
): number {
  const lean = (indexes: readonly number[]): { she: number; total: number } => {
    let he = 0;
    let she = 0;
    for (const k of indexes) {
      he += features[k]!.pronouns.he;
      she += features[k]!.pronouns.she;
    }
    return { she: he + she === 0 ? 0.5 : she / (he + she), total: he + she };
  };
  const b = lean(before);
  const a = lean(after);
  const own = lean([i]);
  const min = w.pronounStretch;
  if (b.total < min || a.total < min || own.total === 0) return 0;
  // The paragraph itself leans the way the page after it does.
  if (own.she - 0.5 === 0 || Math.sign(own.she - 0.5) !== Math.sign(a.she - b.she)) return 0;
  const swing = Math.abs(a.she - b.she);
  return swing >= w.pronounSwing ? swing : 0;
}

/** Whether one side of a candidate holds too little named POV evidence to follow anyone. */
export function unnamedSide(
  evidence: readonly Readonly<Evidence>[],
  before: readonly number[],
  after: readonly number[],
): boolean {
  const total = (e: Readonly<Evidence>): number => Object.values(e).reduce((n, v) => n + v, 0);
  return (
    total(sumEvidence(evidence, before)) < MIN_STRETCH_EVIDENCE ||
    total(sumEvidence(evidence, after)) < MIN_STRETCH_EVIDENCE
  );
}

/**
 * Whether the talk on either side of a POV shift is two conversations, not one: the new
 * viewpoint had no part in the page before (never named there, and no "he" or "she" of theirs
 * a subject of its narration) and the old one is not named in the paragraphs right after.
 */
export function anotherConversation(
  features: readonly ParagraphFeatures[],
  before: readonly number[],
  after: readonly number[],
  pov: { readonly from: string | null; readonly to: string | null },
  pronounOf: ReadonlyMap<string, "he" | "she">,
  w: BoundaryWeights,
): boolean {
  const { from, to } = pov;
  if (from === null || to === null) return false;
  const p = pronounOf.get(to);
  if (p === undefined) return false;
  const newBefore = before.some(
    (k) => features[k]!.mentioned.includes(to) || features[k]!.pronouns[p] > 0,
  );
  const oldAfter = after
    .slice(0, w.presenceParagraphs)
    .some((k) => features[k]!.mentioned.includes(from));
  return !newBefore && !oldAfter;
}

/** Share of a paragraph in speech that makes it a line of the conversation. */
export const CONVERSATION_SHARE = 0.3;
/**
 * What is left of a POV shift at a paragraph of narration between two lines of dialogue. In the
 * dev stories all four such shifts the detector chose were extras (ferry, ice_storm, Of Human
 * Bondage); none of the 20 POV cues at a gold boundary had speech on both sides.
 */
export const POV_IN_CONVERSATION = 0;
