/**
 * Scene detection for a whole story: marker lines first, then text cues inside each marked
 * section (or the whole story when it has no markers).
 */

import type { StoryText } from "../story";
import { chooseBoundaries, scoreBoundaries } from "./boundaries";
import { BOUNDARY_WEIGHTS, type BoundaryCandidate, type BoundaryWeights } from "./boundary-weights";
import { cohesionDips, contentTerms } from "./cohesion";
import type { SceneCharacter } from "./compiled-cast";
import { paragraphFeatures, type ParagraphFeatures } from "./features";
import { markedSections, type MarkedSection } from "./markers";
import { discoverCast, nameCandidates } from "./names";
import { resolveEvidence, viewpointCharacters } from "./pov-evidence";
import { letterSigner, lettersInThirdPerson } from "./pov-letters";
import { distinctTitles, titleCandidates } from "./titles";

/** One scene found in a story. Paragraph numbers follow CONTRACT.md; break lines excluded. */
export interface DetectedScene {
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  /**
   * Where the boundary that opens this scene came from: a break line ("marker") or the text
   * ("detected"). The story's first scene is "marker" when the story uses break lines.
   */
  readonly source: "marker" | "detected";
  /** Canonical name of the point-of-view character, or null when no one stands out. */
  readonly pov: string | null;
  /** A short generated title, at most 40 characters. */
  readonly title: string;
  /**
   * How sure the boundary that opens this scene is, 0.5..1: 1 for a break line and for the
   * story's first scene; a detected boundary scores 0.5 when its cues just pay its price and 1
   * at twice that. Below `SUGGESTED_BELOW` it is a suggestion the writer may want to confirm.
   */
  readonly confidence: number;
  /** For detected boundaries: the weighed score of the cues (the price is BOUNDARY_WEIGHTS.price). */
  readonly boundaryScore?: number;
  /** For detected boundaries: the cues that fired, e.g. "time: Hours later". */
  readonly reasons?: readonly string[];
}

export interface DetectOptions {
  /** The cast. When empty, recurring mid-sentence capitalised words stand in for names. */
  readonly characters: readonly SceneCharacter[];
  /**
   * Optional feature source, so a caller can cache `paragraphFeatures(text, characters)` by
   * text and re-read only edited paragraphs. Must agree with `paragraphFeatures`. Ignored
   * when `characters` is empty (the stand-in cast depends on the whole story).
   */
  readonly featuresOf?: (text: string) => ParagraphFeatures;
  /** Paragraphs that open a chapter (its heading): a scene always starts there. Ascending. */
  readonly chapterStarts?: readonly number[];
  /** Other weights than `BOUNDARY_WEIGHTS` (for fitting them; see eval/scenes-cv.ts). */
  readonly weights?: Partial<BoundaryWeights>;
  /**
   * Read lexical cohesion even when its weight is 0, so its cue can be fitted. It costs a pass
   * over every word, so detection skips it while the weight is 0.
   */
  readonly readCohesion?: boolean;
  /**
   * Optional: the boundaries chosen in one section from its paragraphs' features and POV
   * evidence, so a caller can keep the answer for the sections an edit did not touch. Must
   * agree with `sectionBoundaries`. Used only with the default weights and no cohesion, which
   * is all `sectionBoundaries` reads.
   */
  readonly boundariesOf?: (
    features: readonly ParagraphFeatures[],
    evidence: readonly Readonly<Record<string, number>>[],
  ) => readonly BoundaryCandidate[];
  /**
   * Optional: a scene's title candidates, so a caller can keep them for scenes an edit did not
   * touch. Must agree with `titleCandidates` (its arguments are the same).
   */
  readonly titlesOf?: typeof titleCandidates;
}

/** The boundaries of one section, read afresh with the default weights (no cohesion cue). */
export function sectionBoundaries(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Record<string, number>>[],
): readonly BoundaryCandidate[] {
  return chooseBoundaries(features, scoreBoundaries(features, evidence));
}

/** Cuts marked sections again at chapter headings, which start a scene as a marker does. */
function splitAtChapters(
  sections: readonly MarkedSection[],
  starts: readonly number[],
): readonly MarkedSection[] {
  if (starts.length === 0) return sections;
  const out: MarkedSection[] = [];
  let k = 0;
  for (const section of sections) {
    let first = section.firstParagraph;
    let afterMarker = section.afterMarker;
    while (k < starts.length && starts[k]! <= first) k++;
    for (; k < starts.length && starts[k]! <= section.lastParagraph; k++) {
      out.push({ firstParagraph: first, lastParagraph: starts[k]! - 1, afterMarker });
      first = starts[k]!;
      afterMarker = true;
    }
    out.push({ firstParagraph: first, lastParagraph: section.lastParagraph, afterMarker });
  }
  return out;
}

export { SUGGESTED_BELOW } from "./suggested";

/** What a first-person narrator is called when the cast does not say who tells the story. */
export const NARRATOR = "narrator";

/** A detected boundary's confidence from its score: 0.5 at the price, 1 at twice the price. */
function confidenceOf(score: number, price: number): number {
  return Math.round(Math.min(1, Math.max(0.5, score / (2 * price))) * 100) / 100;
}

/** Whether `name` has more of the evidence summed so far than anyone else. */
function leads(sums: Readonly<Record<string, number>>, name: string): boolean {
  const own = sums[name] ?? 0;
  return own > 0 && Object.keys(sums).every((k) => k === name || sums[k]! < own);
}

/**
 * The character the narration follows: the narrator when the scene is told in the first person
 * ("I" as the subject of more narrative sentences than any character gets evidence), else the
 * character with the most resolved POV evidence (thoughts, perceptions, subjects of the
 * narration), if any. Exported for the eval, which reads it over the gold scenes too.
 */
export function scenePov(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Record<string, number>>[],
  toldInFirstPerson: boolean,
  lettersBySigner = false,
): string | null {
  const total: Record<string, number> = {};
  // One who comes in after the opening ("Dinny Walsh came in") is seen arriving from the head
  // already in the room (coming-in.ts): theirs only when no one else's evidence is there. One
  // the scene has followed most until then ("Ruth came back into the hall") is no newcomer: the
  // head that went out and comes back, or "came across" a book, is still the scene's own.
  const comers = new Set<string>();
  /** The evidence of the paragraphs before the one read, unweighted. */
  const sums: Record<string, number> = {};
  features.forEach((f, i) => {
    if (i >= 2) for (const name of f.comesIn) if (!leads(sums, name)) comers.add(name);
    const e = evidence[i] ?? {};
    for (const k in e) {
      // The opening paragraph counts twice: writers settle whose scene it is as it opens.
      total[k] = (total[k] ?? 0) + e[k]! * (i === 0 ? OPENING_POV_WEIGHT : 1);
      sums[k] = (sums[k] ?? 0) + e[k]!;
    }
  });
  const before = (k: string, best: string): boolean =>
    comers.has(k) === comers.has(best) ? total[k]! > total[best]! : !comers.has(k);
  let best: string | null = null;
  for (const k in total) if (best === null || before(k, best)) best = k;
  const firstPerson = features.reduce((n, f) => n + f.firstPerson, 0);
  // In a story told in the first person, any scene where the narrator acts is the narrator's;
  // not so around letters set in third-person narration, whose "I" is the signer's
  // (pov-letters.ts).
  if (toldInFirstPerson && !lettersBySigner && firstPerson > 0) return NARRATOR;
  // An "I" subject weighs like a named subject in the opening sentences (2 each, see features).
  // An author's "I" ("I need not trouble the reader") speaks up in a paragraph or two of a
  // third-person scene; a narrator's runs through the narration.
  const narrated = features.filter((f) => !f.spokenOnly).length;
  const told = features.filter((f) => f.firstPerson > 0).length;
  if (
    firstPerson >= MIN_FIRST_PERSON &&
    firstPerson * 2 >= (best ? total[best]! : 0) &&
    told * NARRATOR_SHARE >= narrated
  )
    return (lettersBySigner ? letterSigner(features) : null) ?? NARRATOR;
  return best;
}

/**
 * Whether the story as a whole is told in the first person: "I" leads its narration, its
 * subjects (2 each, as a named subject's) weighing at least all the third-person evidence. A
 * heroine's thoughts in the first person ("I will not cry here, she thought") do not make her
 * story the narrator's: on the scene stories, first-person ones weigh 1.6 to 44 times their
 * third-person evidence, third-person ones at most 0.14.
 */
function firstPersonStory(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Record<string, number>>[],
): boolean {
  let firstPerson = 0;
  let third = 0;
  for (const f of features) firstPerson += f.firstPerson;
  for (const e of evidence) for (const k in e) third += e[k]!;
  return firstPerson >= MIN_FIRST_PERSON * 3 && firstPerson * 2 >= third;
}

/**
 * The viewpoint characters of a story told in the third person, read with its "he" and "she":
 * one may be named once and then be "he" for a whole scene (the father's morning at the end of
 * his daughter's story), leading no paragraph by name. A paragraph the named reading (`named`,
 * evidence limited to those who lead by name) left to no one counts for whoever its pronouns
 * then reach; one it gave to someone stays theirs, so a sister just mentioned ("Marta was
 * awake, the message said") does not take the heroine's next "she".
 */
function pronounViewpoints(
  features: readonly ParagraphFeatures[],
  named: readonly Readonly<Record<string, number>>[],
): ReadonlySet<string> {
  const open = resolveEvidence(features);
  const leads = named.map((e, i) => ({ pov: Object.keys(e).length > 0 ? e : open[i]! }));
  return viewpointCharacters(leads);
}

/** How much more the opening paragraph's POV evidence weighs than the rest of the scene's. */
const OPENING_POV_WEIGHT = 2;

/** "I" subjects a scene needs before it counts as told in the first person. */
const MIN_FIRST_PERSON = 3;

/** A scene told in the first person has "I" in at least one in this many narrated paragraphs. */
const NARRATOR_SHARE = 5;

/** One run of paragraphs between markers (or chapter headings), read and scored. */
export interface ScoredSection {
  readonly firstParagraph: number;
  readonly afterMarker: boolean;
  readonly features: readonly ParagraphFeatures[];
  readonly evidence: readonly Readonly<Record<string, number>>[];
  /**
   * The evidence the scene's POV is chosen by: as `evidence`, but a pronoun's chain goes on past
   * a paragraph that followed someone of the other pronoun, and thoughts told of a pronoun
   * anywhere count (see `resolveEvidence`).
   */
  readonly povEvidence: readonly Readonly<Record<string, number>>[];
  /** Every paragraph of the run as a possible scene start, with its cues (see boundaries.ts). */
  readonly candidates: readonly BoundaryCandidate[];
}

/**
 * Reads a story and scores every paragraph as a possible scene start, section by section: the
 * part of detection that does not depend on where boundaries are chosen, so a caller fitting
 * the weights (eval/scenes-cv.ts) can re-weigh the cues and choose again without reading twice.
 */
export function scoreSections(
  story: StoryText,
  options: DetectOptions,
): {
  readonly sections: readonly ScoredSection[];
  readonly toldInFirstPerson: boolean;
  /** Letters inside third-person narration are their signers' scenes (pov-letters.ts). */
  readonly lettersBySigner: boolean;
  readonly hasMarkers: boolean;
} {
  const paragraphs = story.paragraphs;
  const weights = { ...BOUNDARY_WEIGHTS, ...options.weights };
  const cast =
    options.characters.length > 0
      ? options.characters
      : discoverCast(paragraphs.filter((p) => !p.isBreak).map((p) => nameCandidates(p.text)));
  const featuresOf =
    options.characters.length > 0 && options.featuresOf
      ? options.featuresOf
      : (text: string) => paragraphFeatures(text, cast);
  const hasMarkers = paragraphs.some((p) => p.isBreak) || (options.chapterStarts?.length ?? 0) > 0;

  // Story-wide passes (who is a viewpoint, who is "she") run over the non-break paragraphs;
  // `at[i]` maps paragraph number i to its place in that list.
  const at: number[] = [];
  const prose: ParagraphFeatures[] = [];
  const texts: string[] = [];
  paragraphs.forEach((p) => {
    at.push(prose.length);
    if (p.isBreak) return;
    prose.push(featuresOf(p.text));
    texts.push(p.text);
  });
  const named = resolveEvidence(prose, viewpointCharacters(prose));
  const toldInFirstPerson = firstPersonStory(prose, named);
  const lettersBySigner = lettersInThirdPerson(prose, named, firstPersonStory);
  const viewpoints = toldInFirstPerson ? null : pronounViewpoints(prose, named);
  const evidence = viewpoints ? resolveEvidence(prose, viewpoints) : named;
  const povEvidence = viewpoints ? resolveEvidence(prose, viewpoints, "scene POV") : named;
  const sections = splitAtChapters(markedSections(story), options.chapterStarts ?? []).map(
    (section) => {
      const from = at[section.firstParagraph]!;
      const to = at[section.lastParagraph]! + 1;
      const features = prose.slice(from, to);
      const sectionEvidence = evidence.slice(from, to);
      const dips = (): readonly number[] | null =>
        weights.cohesion > 0 || options.readCohesion
          ? cohesionDips(
              features.map((f, k) => ({ words: f.words, terms: contentTerms(texts[from + k]!) })),
            )
          : null;
      // Scored on first read: a caller that keeps its sections' boundaries never reads them.
      let candidates: readonly BoundaryCandidate[] | undefined;
      return {
        firstParagraph: section.firstParagraph,
        afterMarker: section.afterMarker,
        features,
        evidence: sectionEvidence,
        povEvidence: povEvidence.slice(from, to),
        get candidates() {
          return (candidates ??= scoreBoundaries(features, sectionEvidence, weights, dips()));
        },
      };
    },
  );
  return { sections, toldInFirstPerson, lettersBySigner, hasMarkers };
}

/**
 * Splits a story into scenes. The scenes cover every paragraph that is not a break line,
 * in order, without overlap. Linear in the number of paragraphs (plus one regex pass per
 * paragraph text, which callers may cache through `featuresOf`).
 */
export function detectScenes(story: StoryText, options: DetectOptions): readonly DetectedScene[] {
  const paragraphs = story.paragraphs;
  const weights = { ...BOUNDARY_WEIGHTS, ...options.weights };
  const { sections, toldInFirstPerson, lettersBySigner, hasMarkers } = scoreSections(
    story,
    options,
  );
  // The caller's kept boundaries stand for a fresh choice only when nothing re-weighs the cues.
  const keptBoundaries =
    options.weights === undefined && !options.readCohesion && BOUNDARY_WEIGHTS.cohesion === 0
      ? options.boundariesOf
      : undefined;
  const titlesOf = options.titlesOf ?? titleCandidates;
  const scenes: DetectedScene[] = [];
  const titles: (readonly string[])[] = [];
  for (const section of sections) {
    const first = section.firstParagraph;
    const { features, evidence: sectionEvidence } = section;
    const chosen = keptBoundaries
      ? keptBoundaries(features, sectionEvidence)
      : chooseBoundaries(features, section.candidates, weights);
    const starts = [0, ...chosen.map((c) => c.paragraph)];
    starts.forEach((start, k) => {
      const end = k + 1 < starts.length ? starts[k + 1]! : features.length;
      const own = features.slice(start, end);
      // A scene with no sign of whose it is goes on with the scene before's.
      const pov =
        scenePov(own, section.povEvidence.slice(start, end), toldInFirstPerson, lettersBySigner) ??
        scenes.at(-1)?.pov ??
        null;
      titles.push(
        titlesOf(
          own,
          paragraphs.slice(first + start, first + end).map((p) => p.text),
          pov,
          scenes.length,
          NARRATOR,
        ),
      );
      const scene = {
        firstParagraph: first + start,
        lastParagraph: first + end - 1,
        pov,
        title: "",
      };
      const boundary = k > 0 ? chosen[k - 1]! : null;
      scenes.push(
        boundary
          ? {
              ...scene,
              source: "detected",
              confidence: confidenceOf(boundary.score, weights.price),
              boundaryScore: boundary.score,
              reasons: boundary.reasons,
            }
          : {
              ...scene,
              source: section.afterMarker || hasMarkers ? "marker" : "detected",
              confidence: 1,
            },
      );
    });
  }
  const distinct = distinctTitles(titles);
  return scenes.map((s, k) => ({ ...s, title: distinct[k]! }));
}
