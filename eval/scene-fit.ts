/**
 * Fitting the scene cues' weights, shared by `scenes-cv.ts` (leave one story out) and
 * `scenes-cv-sets.ts` (leave one set out): a story read once into its scored sections, its
 * boundaries chosen again under other weights, the counts and F1 of a weighting, and the
 * coordinate ascent over `GRID` that fits them.
 *
 * The objective a fit climbs is the mean of pooled and per-story (macro) F1 over the stories;
 * `setObjective` averages that over the sets the stories came from, so a set of 100 stories
 * does not outvote a set of 8.
 */
import { chapterHeadings, isMarkdownFile } from "../core/chapters";
import {
  BOUNDARY_WEIGHTS,
  chooseBoundaries,
  type BoundaryWeights,
  type ScoredSection,
} from "../core/scenes";
import { reweighed } from "../core/scenes/place-turnover";
import { matchBoundaries, sceneGold, sectionsAsAnalyzed } from "./scenes";
import type { EvalStory } from "./stories";

export interface Prepared {
  readonly name: string;
  /** The folder or story file it was read from, to pool the held-out counts by folder. */
  readonly source: string;
  readonly gold: readonly number[];
  readonly sections: readonly ScoredSection[];
  readonly words: number;
  /** Chapter headings the story holds (a stack counted once). */
  readonly chapters: number;
}

/** The values each fitted weight may take. */
export const GRID: Partial<Record<keyof BoundaryWeights, readonly number[]>> = {
  price: [0.5, 0.6, 0.7, 0.8, 0.9, 1],
  pov: [0.6, 0.8, 1, 1.2, 1.4],
  pronoun: [0, 0.25, 0.5, 0.75],
  pronounTurn: [0, 0.4, 0.6, 0.8, 1],
  person: [0.3, 0.6, 0.65, 0.9],
  time: [0.6, 0.8, 1, 1.2, 1.4],
  clock: [0, 0.2, 0.4, 0.6, 0.8, 1],
  place: [0.3, 0.45, 0.55, 0.7, 0.85],
  newPlace: [0, 0.2, 0.35, 0.5],
  placeTurnover: [0, 0.2, 0.35, 0.5],
  firstSight: [0, 0.4, 0.6, 0.8, 1],
  newCast: [0, 0.1, 0.2, 0.35, 0.5],
  dialogueEnd: [0, 0.1, 0.2, 0.3],
  letter: [0, 0.5, 0.7, 1, 1.4],
  capitals: [0, 0.25, 0.5, 0.75, 1],
  heading: [0, 0.5, 0.8, 1, 1.4],
  cohesion: [0, 0.1, 0.2, 0.3, 0.4, 0.6],
  minWords: [80, 120, 160, 200],
  minParagraphs: [2, 3, 4],
};
const PASSES = 3;

export function prepare(story: EvalStory, source: string, noBreak = false): Prepared | null {
  const gold = noBreak ? { boundaries: [] } : sceneGold(story.gold);
  if (!gold) return null;
  const { parsed, sections, words } = sectionsAsAnalyzed(story, true);
  const chapters = chapterHeadings(
    parsed.paragraphs.map((p) => (p.isBreak ? null : p.text)),
    isMarkdownFile(story.file),
  ).length;
  return { name: story.name, source, gold: gold.boundaries, sections, words, chapters };
}

export function predict(story: Prepared, w: BoundaryWeights): number[] {
  const out: number[] = [];
  story.sections.forEach((s, k) => {
    // A marker or a chapter heading opens every section after the first.
    if (k > 0) out.push(s.firstParagraph);
    // Re-weighed as scoring afresh with `w` would: the turnover is read again (place-turnover.ts).
    const candidates = reweighed(s.features, s.evidence, s.candidates, w);
    for (const c of chooseBoundaries(s.features, candidates, w))
      out.push(s.firstParagraph + c.paragraph);
  });
  return out;
}

export interface Counts {
  hits: number;
  predicted: number;
  gold: number;
}

export function countsOf(story: Prepared, w: BoundaryWeights): Counts {
  const predicted = predict(story, w);
  return {
    hits: matchBoundaries(predicted, story.gold),
    predicted: predicted.length,
    gold: story.gold.length,
  };
}

export function f1(c: Counts): number {
  if (c.predicted === 0 || c.gold === 0) return c.predicted === c.gold ? 1 : 0;
  return (2 * c.hits) / (c.predicted + c.gold);
}

export const sumOf = (all: readonly Counts[]): Counts =>
  all.reduce((a, c) => ({
    hits: a.hits + c.hits,
    predicted: a.predicted + c.predicted,
    gold: a.gold + c.gold,
  }));

/** The mean of pooled and macro F1 over per-story counts. */
export function scoreOf(all: readonly Counts[]): number {
  const macro = all.reduce((n, c) => n + f1(c), 0) / all.length;
  return (f1(sumOf(all)) + macro) / 2;
}

/** The mean of pooled and macro F1 over the stories, under `w`. */
export function objective(stories: readonly Prepared[], w: BoundaryWeights): number {
  return scoreOf(stories.map((s) => countsOf(s, w)));
}

/** `objective` per set (the stories' `source`), averaged over the sets. */
export function setObjective(stories: readonly Prepared[], w: BoundaryWeights): number {
  const bySet = new Map<string, Counts[]>();
  for (const s of stories) {
    const mine = bySet.get(s.source) ?? [];
    mine.push(countsOf(s, w));
    bySet.set(s.source, mine);
  }
  let sum = 0;
  for (const counts of bySet.values()) sum += scoreOf(counts);
  return sum / bySet.size;
}

/**
 * The sets' mean gain over their scores under BOUNDARY_WEIGHTS (each set scored as
 * `setObjective` scores one), or, where any set loses, that loss less 1: a fit on it takes only
 * moves no set loses by (Pareto moves), so no set's gain can buy another's loss.
 */
export function paretoGain(stories: readonly Prepared[], w: BoundaryWeights): number {
  const bySet = new Map<string, Prepared[]>();
  for (const s of stories) bySet.set(s.source, [...(bySet.get(s.source) ?? []), s]);
  const gains = [...bySet.values()].map(
    (mine) => objective(mine, w) - objective(mine, BOUNDARY_WEIGHTS),
  );
  const least = Math.min(...gains);
  return least < -1e-9 ? least - 1 : gains.reduce((a, b) => a + b, 0) / gains.length;
}

export type Objective = (stories: readonly Prepared[], w: BoundaryWeights) => number;
export type Fixed = Partial<Record<keyof BoundaryWeights, number>>;

/**
 * Coordinate ascent over `grid` from BOUNDARY_WEIGHTS (with `fixed` held), on `score`. A move
 * is taken only when it raises the score by more than `margin`: a larger margin keeps the
 * weights nearer the defaults (a shrinkage against fitting a set's accidents).
 */
export function fit(
  stories: readonly Prepared[],
  fixed: Fixed = {},
  score: Objective = objective,
  grid: Partial<Record<keyof BoundaryWeights, readonly number[]>> = GRID,
  margin = 1e-9,
): BoundaryWeights {
  let w: BoundaryWeights = { ...BOUNDARY_WEIGHTS, ...fixed };
  let best = score(stories, w);
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const key of Object.keys(grid) as (keyof BoundaryWeights)[]) {
      if (key in fixed) continue;
      for (const value of grid[key]!) {
        const trial = { ...w, [key]: value };
        const trialScore = score(stories, trial);
        // Strictly better only: a tie keeps the weight where it was.
        if (trialScore > best + margin) [w, best, moved] = [trial, trialScore, true];
      }
    }
    if (!moved) break;
  }
  return w;
}

/** The fitted weights that differ from BOUNDARY_WEIGHTS, as "price 0.7 -> 0.8, ...". */
export function movedFrom(
  w: BoundaryWeights,
  grid: Partial<Record<keyof BoundaryWeights, readonly number[]>> = GRID,
): string {
  return (Object.keys(grid) as (keyof BoundaryWeights)[])
    .filter((k) => w[k] !== BOUNDARY_WEIGHTS[k])
    .map((k) => `${k} ${BOUNDARY_WEIGHTS[k]} -> ${w[k]}`)
    .join(", ");
}
