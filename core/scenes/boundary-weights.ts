/**
 * The weights of the scene-boundary cues, the names of the fitted cues, and a candidate
 * boundary's shape: plain data that detect.ts, the evaluation scripts and every cue reader
 * share. Its own file so a cue module can read the weights without importing the scoring.
 */

/** Tunable weights. Exported for tests and for callers who want a coarser outline. */
export const BOUNDARY_WEIGHTS = {
  pov: 1,
  /** What is left of a POV shift while the old POV character is still present. */
  stillPresent: 0.45,
  /** Paragraphs after a shift (its own included) in which the old POV character may act. */
  presenceParagraphs: 3,
  /** A swing between "she" and "he" subjects where the cast names no one to follow. */
  pronoun: 0.5,
  /** Subject pronoun weight each side needs, and how far the share of "she" must swing. */
  pronounStretch: 3,
  pronounSwing: 0.8,
  /**
   * The same swing where the cast does name someone on both sides but the viewpoint reading
   * follows no one new (a "she" chain it could not give to anyone): a page told wholly of one
   * pronoun giving way to a page told wholly of the other. It asks more pronoun weight a side.
   */
  pronounTurn: 0.8,
  pronounTurnStretch: 4,
  /** The narration turns from "I" to "she" or the other way. */
  person: 0.65,
  time: 1,
  /**
   * A clock time or a part of the day opens the paragraph ("At ten past one"): still a boundary
   * alone, but weaker than a jump or a new letter, since a scene's own hours pass too.
   */
  clock: 0.8,
  place: 0.55,
  /** A place noun in the opening sentence that the stretch before never named. */
  newPlace: 0.35,
  /**
   * A new place after talk where the people on the page turn over, a while after the last
   * cue over the price (place-turnover.ts): with `newPlace` and the dialogue's end it pays the
   * price. Over dev's 67 stories 11 of its 12 firings sit at a gold boundary; none makes a
   * boundary in LitBank's excerpts or speakers-dev's stories.
   */
  placeTurnover: 0.35,
  /**
   * The opening measures what is seen against what was expected ("The river is wider than she
   * expected"): a first sight, someone just arrived (first-sight.ts).
   */
  firstSight: 0.8,
  /** No character named in the stretch before is named in the stretch after. */
  newCast: 0.1,
  dialogueEnd: 0.1,
  /** A new letter or diary entry opens (its heading, salutation or date line), or one has ended. */
  letter: 1,
  /**
   * The paragraph opens on a word in capitals, as a book sets a chapter's first word: half a cue,
   * since a name in capitals or an acronym may open one too ("NASA engineers had").
   */
  capitals: 0.5,
  /**
   * A scene heading: a line naming the scene's time, place or viewpoint ("Sunnydale, 1997",
   * "Buffy's POV"), set where a book leaves a blank line (heading-lines.ts). A boundary alone.
   */
  heading: 1,
  /** What a boundary costs: the cues must outweigh it. */
  price: 0.7,
  /** Words on each side of a candidate that its cues are read over. */
  stretchWords: 200,
  stretchParagraphs: 6,
  minWords: 80,
  /**
   * The run's last scene may be shorter: a story often closes on a coda of a paragraph or two
   * (a later day, a last word), while a short scene mid-run is most often a beat of the one
   * around it.
   */
  minWordsClosing: 60,
  minSentences: 4,
  /** A scene of fewer paragraphs than this needs at least `minWordsShort` words. */
  minParagraphs: 2,
  minWordsShort: 150,
  /**
   * The opening scene holds at least this share of its section's words: a story (or a section
   * after a marker) spends its first page setting a scene, so an early cue is that scene's own.
   */
  openingShare: 0.08,
  /** A dip in lexical cohesion across the gap (TextTiling), per unit of `cohesionCue`. */
  cohesion: 0,
} as const;

/** The weights' shape, for callers that pass their own (`DetectOptions.weights`). */
export type BoundaryWeights = { readonly [K in keyof typeof BOUNDARY_WEIGHTS]: number };

/** The cues whose weights are fitted; a candidate's score is their weighed sum. */
export const CUE_NAMES = [
  "pov",
  "pronoun",
  "pronounTurn",
  "person",
  "time",
  "clock",
  "place",
  "newPlace",
  "placeTurnover",
  "firstSight",
  "newCast",
  "dialogueEnd",
  "letter",
  "capitals",
  "heading",
  "cohesion",
] as const;
export type CueName = (typeof CUE_NAMES)[number];

/** A candidate boundary before the paragraph `paragraph` (an index into the features list). */
export interface BoundaryCandidate {
  readonly paragraph: number;
  readonly score: number;
  readonly reasons: readonly string[];
  /** Each cue's strength before weighing, 0..1 (absent when it did not fire). */
  readonly cues?: Readonly<Partial<Record<CueName, number>>>;
}

/** A candidate's score under other weights: the weighed sum of its cues. */
export function weighCues(
  cues: Readonly<Partial<Record<CueName, number>>>,
  weights: BoundaryWeights,
): number {
  let score = 0;
  for (const name of CUE_NAMES) score += (cues[name] ?? 0) * weights[name];
  return score;
}
