/**
 * Finds scene boundaries inside one run of paragraphs from their features alone.
 *
 * A scene changes with a jump in time, a move to a new place, or a change of the character the
 * narration follows. Each paragraph is scored as a possible scene start from those cues, read
 * over a stretch of text on each side (about a page), not paragraph by paragraph: a POV shift
 * counts when the stretch before and the stretch after each follow one character and not the
 * same one, and counts for less while the old POV character is still in the room; a new place
 * counts when the stretch before did not name it. The end of a dialogue exchange only breaks
 * ties. Boundaries are then chosen all at once (dynamic programming): each costs a fixed price,
 * so only cues that outweigh it become boundaries, and no scene is shorter than a minimum.
 * Everything is linear in the number of paragraphs.
 *
 * The cues are read in pov-shift.ts, place-time-cues.ts, place-turnover.ts and letter-starts.ts,
 * over the stretches of stretch.ts; the weights are in boundary-weights.ts.
 */

import {
  BOUNDARY_WEIGHTS,
  type BoundaryCandidate,
  type BoundaryWeights,
  type CueName,
  CUE_NAMES,
  weighCues,
} from "./boundary-weights";
import type { ParagraphFeatures } from "./features";
import { countedSections } from "./heading-lines";
import { INSIDE_LETTER, insideLetters, letterStarts } from "./letter-starts";
import { messageBlockStarts } from "./messages";
import { placeTimeCues } from "./place-time-cues";
import { withPlaceTurnover } from "./place-turnover";
import { type Evidence, pronounsOf } from "./pov-evidence";
import {
  anotherConversation,
  CONVERSATION_SHARE,
  personShift,
  POV_IN_CONVERSATION,
  povShift,
  pronounShift,
  toldInFirstPerson,
  unnamedSide,
} from "./pov-shift";
import { cohesionCue, stretch } from "./stretch";

/**
 * The cues a turn of person needs beside it in a run told in the first person. In the
 * first-person dev stories 1 of 7 turns with none of these fell at a gold boundary (and that
 * one a paragraph early), 2 of 3 with one.
 */
const SCENE_SIGNS: readonly CueName[] = ["pov", "time", "clock", "place", "newPlace", "letter"];

/** The signs of a new time or place (or a letter, a heading) a POV shift met by pronoun needs. */
const PLACE_TIME_SIGNS: readonly CueName[] = [
  ...SCENE_SIGNS.filter((name) => name !== "pov"),
  "heading",
];

/**
 * What is left of a POV shift whose opening meets its character by pronoun ("Her knee is bad
 * this morning", "Around her the floor was filling up") with no new time or place beside it:
 * the reader takes the "her" from the page before, so the narration looks into another head
 * in the scene going on. A new viewpoint's scene names its character ("Teo hunched behind the
 * wheel"). Over dev such a shift with no time or place beside it fired on four openings, none
 * at a gold boundary: two extras (double_run's "Around her the floor was filling up",
 * early_shift's "Her knee") and two under the price; of LitBank's two, the one that made a
 * boundary (Persuasion's "His good looks and his rank") is exposition.
 */
const POV_MET_BY_PRONOUN = 0.5;

/**
 * What is left of a POV shift to someone the narration has come in (in this paragraph or the
 * one before: "The door opened and Dinny Walsh came in"), or back from someone who came in on
 * the page before, with no new time or place beside it: "come" points at the head already in
 * the room, which watches the arrival and stays (coming-in.ts). Over dev and the bundled story
 * the cue fired 8 times so: 7 inside a scene (three over the price, two of them extras in
 * blind33_base_control) and 1 at a gold boundary, with a new place beside it.
 */
const POV_COMING_IN = 0;

/** Whether a POV shift turns to or back from someone seen coming into the room. */
function comingIn(
  features: readonly ParagraphFeatures[],
  i: number,
  before: readonly number[],
  pov: { readonly from: string | null; readonly to: string | null },
): boolean {
  const { from, to } = pov;
  if (to !== null && (features[i]!.comesIn.includes(to) || features[i - 1]!.comesIn.includes(to)))
    return true;
  return from !== null && before.some((k) => features[k]!.comesIn.includes(from));
}

/** The turn a paragraph's narration makes to its lean: "he -> she" or "she -> he". */
function leanTurn(f: ParagraphFeatures): string {
  return f.pronouns.she > f.pronouns.he ? "he -> she" : "she -> he";
}

/** Whether two paragraphs' narration leans to the same one of "he" and "she". */
function leansAlike(a: ParagraphFeatures, b: ParagraphFeatures): boolean {
  const lean = (f: ParagraphFeatures) => Math.sign(f.pronouns.she - f.pronouns.he);
  return lean(a) !== 0 && lean(a) === lean(b);
}

/**
 * Scores every paragraph of a run as a possible scene start (index 0 scores 0).
 * `features[i]` describes paragraph i of the run; `evidence[i]` its resolved POV evidence
 * (from `resolveEvidence`; the raw named evidence when omitted); `dips[i]` the lexical
 * cohesion dip before it (`cohesionDips`), when read.
 */
export function scoreBoundaries(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[] = features.map((f) => f.pov),
  w: BoundaryWeights = BOUNDARY_WEIGHTS,
  dips: readonly number[] | null = null,
): readonly BoundaryCandidate[] {
  const letters = letterStarts(features);
  const messages = messageBlockStarts(features);
  const inLetter = insideLetters(features, letters);
  const narrated = toldInFirstPerson(features, evidence);
  const pronounOf = pronounsOf(features);
  // "I" subjects before each paragraph: a first "I" after a run of none is a new voice.
  const saidI = [0];
  features.forEach((f, i) => saidI.push(saidI[i]! + f.firstPerson));
  // A section's number heads a section only among the others that count with it.
  const counted = countedSections(features.map((f) => f.sectionNumber));
  const heading = features.map(
    (f, i) => f.sceneHeading && (f.sectionNumber === null || counted[i]!),
  );
  const candidates = features.map((f, i): BoundaryCandidate => {
    if (i === 0) return { paragraph: 0, score: 0, reasons: [] };
    // A heading line heads the paragraph after it ("II", then "It was a week later."): a
    // boundary there would leave the heading as the last line of the scene before.
    if (heading[i - 1]) return { paragraph: i, score: 0, reasons: [] };
    const reasons: string[] = [];
    const cues: Partial<Record<CueName, number>> = {};
    const before = stretch(features, i, -1, w);
    const after = stretch(features, i, 1, w);

    const pov = povShift(features, evidence, i, before, after, w);
    // A paragraph of narration with speech on both sides is a conversation going on: the
    // narration looks into another head while they talk, and the scene does not change. Not
    // when the talk after is another conversation (see `anotherConversation`).
    const talk = (k: number) => (features[k]?.dialogue ?? 0) >= CONVERSATION_SHARE;
    const inConversation = talk(i - 1) && talk(i + 1);
    const povLeft =
      inConversation && !anotherConversation(features, before, after, pov, pronounOf, w)
        ? POV_IN_CONVERSATION
        : 1;
    if (pov.shift > 0 && povLeft > 0) {
      cues.pov = Math.min(1, pov.shift) * povLeft;
      reasons.push(`pov ${pov.from} -> ${pov.to}`);
    } else if (unnamedSide(evidence, before, after)) {
      // The cast does not name whom one side follows: its "she" and "he" still tell.
      const swing = pronounShift(features, i, before, after, w);
      if (swing > 0) {
        cues.pronoun = swing;
        reasons.push(leanTurn(f));
      }
    } else if (!f.startsWithQuote && !leansAlike(features[i - 1]!, f) && !inConversation) {
      // The cast names someone on both sides, and the viewpoint reading follows no one new,
      // yet the narration's "she" on the page before is all "he" on the page after (a chain
      // it gave to no one): the narration follows someone else. A paragraph opening on speech
      // turns nothing, nor one of narration between two lines of speech (the conversation goes
      // on), as for a POV shift; the turn is the first paragraph of the new lean.
      const turn = pronounShift(features, i, before, after, {
        ...w,
        pronounStretch: w.pronounTurnStretch,
      });
      if (turn > 0) {
        cues.pronounTurn = 1;
        // Told apart from the unnamed swing's reason, as the two cues weigh differently.
        reasons.push(`${leanTurn(f)}, the cast named on both sides`);
      }
    }
    // As with a POV shift, a line of dialogue does not turn the narration: "Do you?" she asks,
    // in a story told in the first person, is the narrator listening.
    if (!f.startsWithQuote && personShift(features, evidence, i, before, after)) {
      cues.person = 1;
      reasons.push(f.firstPerson > 0 ? "turns to the first person" : "turns to the third person");
    }
    placeTimeCues(features, i, before, w, cues, reasons);
    if (f.firstSight) {
      cues.firstSight = 1;
      reasons.push("a first sight");
    }
    const castBefore = new Set(before.flatMap((k) => features[k]!.mentioned));
    const castAfter = after.flatMap((k) => features[k]!.mentioned);
    if (castBefore.size > 0 && castAfter.length > 0 && !castAfter.some((n) => castBefore.has(n))) {
      cues.newCast = 1;
      reasons.push("new cast");
    }
    const prev = features[i - 1]!;
    if (prev.dialogue >= 0.15 && !f.startsWithQuote && f.dialogue < 0.1) {
      cues.dialogueEnd = 1;
      reasons.push("dialogue ends");
    }
    if (letters.has(i)) {
      cues.letter = 1;
      reasons.push(f.letter.dateLine ? "a new entry" : "a new letter");
    } else if (messages.has(i)) {
      // An exchange of messages the narration did not bring in is correspondence, as a letter.
      cues.letter = 1;
      reasons.push("a block of messages");
    }
    if (f.capitalOpening) {
      cues.capitals = 1;
      reasons.push("opens in capitals");
    }
    // Of two headings in a row ("Sunnydale, 1997" over "Buffy's POV") the first opens the scene;
    // one the narration announces ("to the following effect:") heads a letter it quotes.
    if (heading[i] && !heading[i - 1] && !features[i - 1]!.announces) {
      cues.heading = 1;
      reasons.push("a heading line");
    }
    if (cues.pov && !PLACE_TIME_SIGNS.some((name) => cues[name])) {
      if (comingIn(features, i, before, pov)) {
        cues.pov *= POV_COMING_IN;
        if (cues.pov === 0) reasons.splice(reasons.indexOf(`pov ${pov.from} -> ${pov.to}`), 1);
      } else if (f.opensOnPronoun) cues.pov *= POV_MET_BY_PRONOUN;
    }
    // In a run told in the first person a page without "I" is most often the narrator
    // listening through an exchange, and the narrator speaking again goes on with the scene:
    // the turn counts only beside a sign of time, place or viewpoint, or where "I" is first
    // heard (a letter set into a story told in the third person).
    const newVoice = f.firstPerson > 0 && saidI[i] === 0;
    if (narrated && cues.person && !newVoice && !SCENE_SIGNS.some((name) => cues[name])) {
      delete cues.person;
      reasons.splice(
        reasons.findIndex((r) => r.startsWith("turns to the")),
        1,
      );
    }
    const dip = dips ? cohesionCue(dips[i]!) : 0;
    if (dip > 0) {
      cues.cohesion = dip;
      if (w.cohesion > 0) reasons.push("the vocabulary changes");
    }
    if (inLetter[i])
      for (const name of CUE_NAMES)
        if (name !== "letter" && cues[name]) cues[name] *= INSIDE_LETTER;
    return { paragraph: i, score: weighCues(cues, w), reasons, cues };
  });
  // Read after every paragraph is scored: it asks how long since the last cue over the price.
  return withPlaceTurnover(features, evidence, candidates, inLetter, w);
}

/**
 * Picks the boundaries that together explain the cues best: each chosen boundary gains its
 * score minus `price`, and every scene must have at least `minWords` words and `minSentences`
 * sentences (and `minWordsShort` when it has fewer than `minParagraphs` paragraphs). Exact over
 * all such choices, by dynamic programming; linear, since a scene that is long enough stays long
 * enough when it starts earlier. Returns the chosen candidates, in order, excluding 0.
 */
export function chooseBoundaries(
  features: readonly ParagraphFeatures[],
  candidates: readonly BoundaryCandidate[],
  w: BoundaryWeights = BOUNDARY_WEIGHTS,
): readonly BoundaryCandidate[] {
  const n = features.length;
  // Prefix sums make "words between two boundaries" O(1).
  const words = [0];
  const sentences = [0];
  features.forEach((f, i) => {
    words.push(words[i]! + f.words);
    sentences.push(sentences[i]! + f.sentences);
  });
  const openingWords = w.openingShare * words[n]!;
  const bigEnough = (from: number, to: number): boolean => {
    const count = words[to]! - words[from]!;
    return (
      count >= (to === n ? w.minWordsClosing : w.minWords) &&
      (from > 0 || count >= openingWords) &&
      sentences[to]! - sentences[from]! >= w.minSentences &&
      (to - from >= w.minParagraphs || count >= w.minWordsShort)
    );
  };
  // best[i]: the best total for scenes covering [0, i) when a scene starts at i (best[0] = 0).
  // The scene before i may start at any j <= reach(i); the best such j is a running maximum.
  const best = new Array<number>(n + 1).fill(-Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  let reach = -1;
  let bestJ = -1;
  const gain = (i: number): number => (i === n ? 0 : (candidates[i]?.score ?? 0) - w.price);
  for (let i = 1; i <= n; i++) {
    while (reach + 1 < i && bigEnough(reach + 1, i)) {
      reach++;
      if (best[reach]! > -Infinity && (bestJ < 0 || best[reach]! >= best[bestJ]!)) bestJ = reach;
    }
    if (bestJ < 0) continue;
    if (i < n && (candidates[i]?.score ?? 0) < w.price) continue;
    best[i] = best[bestJ]! + gain(i);
    from[i] = bestJ;
  }
  // A run too short for even one scene of the minimum size is one scene.
  if (from[n]! < 0) return [];
  const chosen: BoundaryCandidate[] = [];
  for (let i = from[n]!; i > 0; i = from[i]!) chosen.push(candidates[i]!);
  return chosen.reverse();
}
