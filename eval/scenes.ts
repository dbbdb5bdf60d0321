/**
 * The scenes section of `npm run eval`: boundary precision, recall and F1 (a predicted boundary
 * matches a gold one at most one paragraph away, each used once), per story and pooled, extra
 * boundaries per 1,000 words, and how often a gold scene gets its gold point of view.
 *
 * Gold files give scenes as `{"scenes": [{"first": P, "last": P, "pov"?: NAME}, ...]}` (the
 * bundled story's shape) or as `{"boundaries": [P, ...], "povs"?: [NAME, ...]}` (the first
 * paragraph of every scene after the first). The story is analysed as the app does it: the
 * gold cast when the gold file has one, else the cast the analysis discovers.
 */
import { StoryAnalyzer } from "../core/analyzer";
import { chapterHeadings, isMarkdownFile } from "../core/chapters";
import type { Character, SceneInfo } from "../core/model";
import {
  NARRATOR,
  paragraphFeatures,
  scoreSections,
  type SceneCharacter,
  type ScoredSection,
} from "../core/scenes";
import { parseStory } from "../core/story";
import type { BoundaryCandidate } from "../core/scenes";
import {
  candidatesOf,
  cueLine,
  cueRows,
  cueTally,
  dialogueMarks,
  letterCounts,
  povEvidenceLine,
  povReadings,
  type CueRow,
  type PovReading,
} from "./scene-cues";
import { goldSpanScenes } from "./gold-span-pov";
import { povCanonical, type PovJudge } from "./pov-judge";
import type { EvalSection } from "./section";
import type { EvalStory } from "./stories";

interface SceneGold {
  readonly boundaries: readonly number[];
  /** Per gold scene, its point-of-view character, when the gold says. */
  readonly povs: readonly (string | null)[] | null;
}

interface StoryScore {
  readonly name: string;
  readonly words: number;
  readonly gold: number;
  readonly predicted: number;
  readonly hits: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly extraPer1000Words: number;
  /** Gold scenes whose best-overlapping predicted scene has the gold POV, of those with one. */
  readonly povRight: number;
  readonly povGold: number;
  /**
   * Gold scenes whose POV read over their own gold paragraphs (boundaries right) is the gold
   * one: below `povRight` where a wrong boundary costs the POV, not the reading.
   */
  readonly povSpanRight: number;
  /** `povRight` and `povSpanRight` by our judge, which also takes a form only one member owns. */
  readonly povRightForms: number;
  readonly povSpanRightForms: number;
  /** Per gold and extra boundary, the cues there as numbers (no text: held-out safe). */
  readonly cues: readonly CueRow[];
  readonly letters: string;
  /** Per gold scene whose POV is wrong: its index, the gold's kind -> the given one's kind. */
  readonly povMisses: readonly string[];
  /** How the narration is told, counted: "I" subjects, "he"/"she" subjects, paragraphs. */
  readonly person: string;
  readonly candidates: ReadonlyMap<number, BoundaryCandidate>;
  readonly goldBoundaries: readonly number[];
}

/**
 * A story's scored sections as the analyzer reads them: the cast the app would use (the gold
 * one, else the one the analysis discovers), without the descriptions the reading folded into a
 * character's aliases (spokenAs), which the analyzer's scenes never see; a chapter heading opens
 * a section (LitBank's excerpts open with one). For the scripts that weigh cues afresh.
 */
export function sectionsAsAnalyzed(
  story: EvalStory,
  readCohesion = false,
): { parsed: ReturnType<typeof parseStory>; sections: readonly ScoredSection[]; words: number } {
  const analysis = new StoryAnalyzer(story.cast ? { cast: story.cast } : {}).analyze(
    story.text,
    story.file,
  );
  const characters = analysis.characters
    .filter((c) => !c.unnamed)
    .map((c) => ({ name: c.name, aliases: c.aliases.filter((a) => !c.spokenAs?.includes(a)) }));
  const parsed = parseStory(story.text);
  const markdown = isMarkdownFile(story.file);
  const chapterStarts = chapterHeadings(
    parsed.paragraphs.map((p) => (p.isBreak ? null : p.text)),
    markdown,
  ).map((h) => h.first);
  const { sections } = scoreSections(parsed, { characters, chapterStarts, readCohesion });
  return { parsed, sections, words: analysis.words };
}

/** Reads either gold shape; null when the file says nothing about scenes. */
export function sceneGold(gold: Record<string, unknown>): SceneGold | null {
  const scenes = gold["scenes"] as { first: number; pov?: string | null }[] | undefined;
  if (Array.isArray(scenes) && scenes.length > 0 && typeof scenes[0]?.first === "number") {
    return {
      boundaries: scenes.slice(1).map((s) => s.first),
      povs: scenes.some((s) => s.pov !== undefined) ? scenes.map((s) => s.pov ?? null) : null,
    };
  }
  const boundaries = gold["boundaries"];
  if (Array.isArray(boundaries) && boundaries.every((b) => typeof b === "number")) {
    const povs = gold["povs"];
    return { boundaries, povs: Array.isArray(povs) ? (povs as (string | null)[]) : null };
  }
  return null;
}

/** Matches predicted to gold boundaries within `tolerance`, nearest first, each used once. */
export function matchBoundaries(
  predicted: readonly number[],
  gold: readonly number[],
  tolerance = 1,
): number {
  return matchedPredicted(predicted, gold, tolerance).size;
}

/** The indices into `predicted` that `matchBoundaries` matches to a gold boundary. */
export function matchedPredicted(
  predicted: readonly number[],
  gold: readonly number[],
  tolerance = 1,
): ReadonlySet<number> {
  const pairs: [number, number, number][] = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      if (Math.abs(p - g) <= tolerance) pairs.push([Math.abs(p - g), i, j]);
    }),
  );
  pairs.sort((a, b) => a[0] - b[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
  }
  return usedP;
}

/** Precision, recall and F1 of `hits` among `predicted` and `gold`; nothing of either scores 1. */
export function f1Of(hits: number, predicted: number, gold: number): [number, number, number] {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : hits / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [precision, recall, f1];
}

/** The narration's person over a story, as counts: "I" subjects, "he"/"she" subjects, named. */
function personCounts(texts: readonly string[], cast: readonly SceneCharacter[]): string {
  let first = 0;
  let third = 0;
  let named = 0;
  for (const t of texts) {
    const f = paragraphFeatures(t, cast);
    first += f.firstPerson;
    third += f.pronouns.he + f.pronouns.she;
    for (const k in f.pov) named += f.pov[k]!;
  }
  return `I ${first}, he/she ${Math.round(third)}, named ${Math.round(named)}`;
}

/** What kind of POV a name is, without the name: the narrator, a cast member, or neither. */
function povKind(
  pov: string | null,
  cast: readonly { readonly name: string; readonly narrator?: boolean }[],
): string {
  if (pov === null) return "none";
  if (pov === NARRATOR || cast.some((c) => c.name === pov && c.narrator)) return "narrator";
  return cast.some((c) => c.name === pov) ? "a cast member" : "someone not in the cast";
}

/** How many gold scenes get their gold POV from the predicted scene that overlaps them most. */
function povScore(
  gold: SceneGold,
  lastParagraph: number,
  scenes: readonly Pick<SceneInfo, "firstParagraph" | "lastParagraph" | "pov">[],
  cast: readonly Character[] = [],
  judge: PovJudge = "exact",
  misses: string[] = [],
  readings: ReadonlyMap<number, PovReading> | null = null,
): [number, number] {
  if (!gold.povs) return [0, 0];
  // A gold file may name a POV by an alias ("Ewan" for the cast's "Ewan Reid"); scenes carry
  // the canonical name.
  const canonical = povCanonical(cast, judge);
  const starts = [0, ...gold.boundaries];
  let right = 0;
  let counted = 0;
  starts.forEach((first, k) => {
    const named = gold.povs![k];
    if (named === undefined || named === null) return;
    const want = canonical(named);
    const last = k + 1 < starts.length ? starts[k + 1]! - 1 : lastParagraph;
    let best: (typeof scenes)[number] | null = null;
    let bestOverlap = 0;
    for (const s of scenes) {
      const overlap = Math.min(last, s.lastParagraph) - Math.max(first, s.firstParagraph) + 1;
      if (overlap > bestOverlap) [best, bestOverlap] = [s, overlap];
    }
    counted++;
    // A gold file written without a cast says "narrator"; the analysis names the narrator when
    // the story does ("Jo", called so by others), and that is the same person.
    const sameNarrator = want === NARRATOR && povKind(best?.pov ?? null, cast) === "narrator";
    if (best?.pov === want || sameNarrator) right++;
    else
      misses.push(
        `${k}: ${povKind(want, cast)} -> ${povKind(best?.pov ?? null, cast)}` +
          (readings ? ` (${povEvidenceLine(readings, first, last, want, best?.pov ?? null)})` : ""),
      );
  });
  return [right, counted];
}

function scoreStory(story: EvalStory, gold: SceneGold): StoryScore {
  const analysis = new StoryAnalyzer(story.cast ? { cast: story.cast } : {}).analyze(
    story.text,
    story.file,
  );
  const predicted = analysis.scenes.slice(1).map((s) => s.firstParagraph);
  const hits = matchBoundaries(predicted, gold.boundaries);
  const [precision, recall, f1] = f1Of(hits, predicted.length, gold.boundaries.length);
  const povMisses: string[] = [];
  const [povRight, povGold] = povScore(
    gold,
    analysis.paragraphs - 1,
    analysis.scenes,
    analysis.characters,
    "exact",
    povMisses,
    povReadings(
      story.text,
      analysis.characters.filter((c) => !c.unnamed),
    ),
  );
  const spans = goldSpanScenes(
    story.text,
    analysis.characters,
    [0, ...gold.boundaries],
    analysis.paragraphs - 1,
  );
  const last = analysis.paragraphs - 1;
  const [povSpanRight] = povScore(gold, last, spans, analysis.characters);
  const [povRightForms] = povScore(gold, last, analysis.scenes, analysis.characters, "forms");
  const [povSpanRightForms] = povScore(gold, last, spans, analysis.characters, "forms");
  const characters = analysis.characters
    .filter((c) => !c.unnamed)
    .map((c) => ({ name: c.name, aliases: c.aliases }));
  const texts = parseStory(story.text).paragraphs.map((p) => p.text);
  const letters = `${letterCounts(texts)}, ${dialogueMarks(texts)}`;
  const candidates = candidatesOf(story.text, characters);
  const cues = cueRows(candidates, predicted, gold.boundaries, texts);
  return {
    name: story.name,
    cues,
    letters,
    povMisses,
    person: personCounts(texts, characters),
    candidates,
    goldBoundaries: gold.boundaries,
    words: analysis.words,
    gold: gold.boundaries.length,
    predicted: predicted.length,
    hits,
    precision,
    recall,
    f1,
    extraPer1000Words: ((predicted.length - hits) * 1000) / Math.max(1, analysis.words),
    povRight,
    povGold,
    povSpanRight,
    povRightForms,
    povSpanRightForms,
  };
}

const fixed = (n: number, digits = 2): string => n.toFixed(digits);

export const scenesSection: EvalSection = {
  name: "scenes",
  run(stories) {
    const scores: StoryScore[] = [];
    for (const story of stories) {
      const gold = sceneGold(story.gold);
      if (gold) scores.push(scoreStory(story, gold));
    }
    if (scores.length === 0) return null;
    const sum = (key: keyof StoryScore): number =>
      scores.reduce((n, s) => n + (s[key] as number), 0);
    const [precision, recall, f1] = f1Of(sum("hits"), sum("predicted"), sum("gold"));
    const pooled = {
      words: sum("words"),
      gold: sum("gold"),
      predicted: sum("predicted"),
      hits: sum("hits"),
      precision,
      recall,
      f1,
      extraPer1000Words: ((sum("predicted") - sum("hits")) * 1000) / Math.max(1, sum("words")),
      povRight: sum("povRight"),
      povGold: sum("povGold"),
      povSpanRight: sum("povSpanRight"),
      povRightForms: sum("povRightForms"),
      povSpanRightForms: sum("povSpanRightForms"),
    };
    const row = (
      name: string,
      s: Omit<
        StoryScore,
        "name" | "cues" | "letters" | "povMisses" | "person" | "candidates" | "goldBoundaries"
      >,
    ): string =>
      `| ${name} | ${s.words} | ${s.gold} | ${s.predicted} | ${fixed(s.precision)} | ` +
      `${fixed(s.recall)} | ${fixed(s.f1)} | ${fixed(s.extraPer1000Words)} | ` +
      `${s.povGold ? `${s.povRight}/${s.povGold}` : "-"} | ` +
      `${s.povGold ? `${s.povSpanRight}/${s.povGold}` : "-"} | ` +
      `${s.povGold ? `${s.povRightForms} (${s.povSpanRightForms})` : "-"} |`;
    const lines = [
      "Boundary match within one paragraph. Extra: predicted boundaries with no gold match, per 1,000 words.",
      'POV: gold scenes given their gold POV by the predicted scene that overlaps them most; over gold: the same reading over the gold scene\'s own paragraphs (boundaries right). Both by the exact judge (the cast\'s name or alias); ours, last (over gold in brackets), also takes a form of the name only one cast member owns ("Dr. Archie" for "Dr. Howard Archie").',
      "",
      "| Story | Words | Gold | Predicted | P | R | F1 | Extra/1k | POV | POV over gold | POV, ours |",
      "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
      ...scores.map((s) => row(s.name, s)),
      row("**pooled**", pooled),
      "",
      `Stories below F1 0.7: ${scores.filter((s) => s.f1 < 0.7).length} of ${scores.length}.`,
      "",
      "Cues at each gold boundary (hit or missed, best candidate within one paragraph) and extra:",
      ...scores
        .filter((s) => s.f1 < 1)
        .map((s) => `- ${s.name}: ${s.cues.map(cueLine).join("; ") || "none"} [${s.letters}]`),
      "",
      "Wrong POV per gold scene (scene: gold kind -> given kind):",
      ...scores
        .filter((s) => s.povMisses.length > 0)
        .map((s) => `- ${s.name}: ${s.povMisses.join("; ")} (${s.person})`),
      "",
      ...cueTally(scores.map((s) => ({ candidates: s.candidates, gold: s.goldBoundaries }))),
    ];
    // The candidates stay out of the JSON: rows and the tally already say what they hold.
    const plain = scores.map(({ candidates: _c, goldBoundaries: _g, ...rest }) => rest);
    return { lines, json: { stories: plain, pooled } };
  },
};
