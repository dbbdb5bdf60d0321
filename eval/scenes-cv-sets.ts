/**
 * `npx tsx eval/scenes-cv-sets.ts DIR [DIR...] [STORY.txt=GOLD.json...] [--split DIR]
 * [--kfold N] [--scan] [--pooled] [--grid NAME=v1/v2/...] [--only NAME,NAME] [--margin X]`: the scene weights fitted on several sets at
 * once, and cross-validated by set.
 *
 * Each folder is a set; a `STORY.txt=GOLD.json` pair joins the set of the folder named before
 * it (the bundled story beside dev, as one of ours), else a set of its own. `--split DIR` cuts
 * that folder into two sets by file-name order (the first half of the names, the rest).
 *
 * The fit (scene-fit.ts) climbs the mean over the sets of each set's mean of pooled and macro
 * F1, so no set carries the rest; `--pooled` climbs the objective of scenes-cv.ts over all the
 * stories as one set instead, `--pareto` the sets' mean gain over the defaults, taking
 * only moves no set loses by. `--grid price=0.7/0.8/1.2` replaces a weight's grid (repeatable);
 * `--only price,time` fits those weights alone; `--margin 0.005` takes a move only when it
 * raises the objective by more than that.
 *
 * Prints, per set: the default weights' P/R/F1 and stories below 0.7; the weights fitted on all
 * sets and each set's scores under them; leave one set out (each set scored with the weights
 * fitted on the others); with `--kfold N`, by story over the union: story k of each set in
 * fold k mod N, each fold scored with weights fitted on the rest (N 0: leave one story out,
 * tens of minutes). Names and
 * counts only, so a held-out folder can be read. `--scan` prints instead, for every value of every
 * weight in the grid with the rest at BOUNDARY_WEIGHTS, each set's pooled F1 and stories below
 * 0.7 (seconds): which single moves every set agrees on. `--by-shape NAME` prints that weight's
 * grid the same way with each set cut by the story's shape: its words per paragraph (under 50,
 * 50 to 100, 100 and over), or with `--shape person` first person (the share of "I" in its
 * subject pronouns over a half) or third, with `--shape length` under 2,500 words or more, or
 * with `--shape chapters` whether it holds a chapter heading:
 * whether a weight should follow the story's shape.
 */
import { readFileSync } from "node:fs";
import type { Character } from "../core/model";
import { BOUNDARY_WEIGHTS, type BoundaryWeights } from "../core/scenes";
import {
  GRID,
  countsOf,
  paretoGain,
  f1,
  fit,
  movedFrom,
  objective,
  prepare,
  setObjective,
  sumOf,
  type Counts,
  type Objective,
  type Prepared,
} from "./scene-fit";
import { loadStories, type EvalStory } from "./stories";

type Grid = Partial<Record<keyof BoundaryWeights, readonly number[]>>;

function row(label: string, all: readonly Counts[]): string {
  const c = sumOf(all);
  const below = all.filter((x) => f1(x) < 0.7).length;
  const p = c.predicted ? c.hits / c.predicted : 0;
  const r = c.gold ? c.hits / c.gold : 0;
  return (
    `| ${label} | ${all.length} | ${c.gold} | ${c.predicted} | ${c.hits} | ${p.toFixed(2)} | ` +
    `${r.toFixed(2)} | ${f1(c).toFixed(3)} | ${below} |`
  );
}

const HEAD = [
  "| set | stories | gold | predicted | hits | P | R | F1 | below 0.7 |",
  "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
];

function sourcesOf(stories: readonly Prepared[]): string[] {
  return [...new Set(stories.map((s) => s.source))];
}

/** Per set, the counts of each story under the weights `weightsFor(set)` gives. */
function table(
  stories: readonly Prepared[],
  weightsFor: (set: string) => BoundaryWeights,
): string[] {
  const out = [...HEAD];
  const macro: number[] = [];
  for (const set of sourcesOf(stories)) {
    const mine = stories.filter((s) => s.source === set);
    const counts = mine.map((s) => countsOf(s, weightsFor(set)));
    macro.push(f1(sumOf(counts)));
    out.push(row(set, counts));
  }
  out.push(
    `Mean of the sets' pooled F1: ${(macro.reduce((a, b) => a + b, 0) / macro.length).toFixed(3)}.`,
  );
  return out;
}

type Shape = "paragraph" | "person" | "length" | "chapters";

/** The story's shape, binned: words per paragraph, first person or third, or length. */
function shapeOf(story: Prepared, shape: Shape): string {
  const features = story.sections.flatMap((s) => s.features);
  if (shape === "chapters") return story.chapters > 0 ? "chaptered" : "no chapter";
  if (shape === "length") return story.words < 2500 ? "<2500 w" : ">=2500 w";
  if (shape === "person") {
    const i = features.reduce((n, f) => n + f.firstPerson, 0);
    const third = features.reduce((n, f) => n + f.pronouns.he + f.pronouns.she, 0);
    return i > third ? "first" : "third";
  }
  const per = story.words / Math.max(1, features.length);
  return per < 50 ? "<50 w/p" : per < 100 ? "50-100 w/p" : ">=100 w/p";
}

/** One row per single move from BOUNDARY_WEIGHTS: each set's pooled F1 (below 0.7). */
function scanned(stories: readonly Prepared[], grid: Grid): string[] {
  const sets = sourcesOf(stories);
  const cells = (w: BoundaryWeights): string[] =>
    sets.map((set) => {
      const counts = stories.filter((s) => s.source === set).map((s) => countsOf(s, w));
      return `${f1(sumOf(counts)).toFixed(3)} (${counts.filter((c) => f1(c) < 0.7).length})`;
    });
  const lines = [
    `| move | ${sets.join(" | ")} |`,
    `|---|${"--:|".repeat(sets.length)}`,
    `| none | ${cells(BOUNDARY_WEIGHTS).join(" | ")} |`,
  ];
  for (const key of Object.keys(grid) as (keyof BoundaryWeights)[])
    for (const value of grid[key]!) {
      if (value === BOUNDARY_WEIGHTS[key]) continue;
      lines.push(
        `| ${key} ${value} | ${cells({ ...BOUNDARY_WEIGHTS, [key]: value }).join(" | ")} |`,
      );
    }
  return lines;
}

async function main(argv: readonly string[]): Promise<void> {
  const prepared: Prepared[] = [];
  const splits = new Set<string>();
  const grid: Record<string, readonly number[]> = { ...GRID };
  let kfold = -1;
  let scan = false;
  let byShape: keyof BoundaryWeights | null = null;
  let shape: Shape = "paragraph";
  let only: string[] | null = null;
  let margin = 1e-9;
  let score: Objective = setObjective;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--split") splits.add(argv[++i] ?? "");
    else if (arg === "--kfold") kfold = Number(argv[++i]);
    else if (arg === "--scan") scan = true;
    else if (arg === "--shape") shape = (argv[++i] ?? "") as Shape;
    else if (arg === "--by-shape") byShape = (argv[++i] ?? "") as keyof BoundaryWeights;
    else if (arg === "--pooled") score = objective;
    else if (arg === "--pareto") score = paretoGain;
    else if (arg === "--only") only = (argv[++i] ?? "").split(",");
    else if (arg === "--margin") margin = Number(argv[++i]);
    else if (arg === "--grid") {
      const [key, values] = (argv[++i] ?? "").split("=") as [string, string];
      if (!(key in BOUNDARY_WEIGHTS)) throw new Error(`bad --grid ${key}`);
      grid[key] = values.split("/").map(Number);
    } else inputs.push(arg);
  }
  if (only) for (const key of Object.keys(grid)) if (!only.includes(key)) delete grid[key];
  let lastDir = "files";
  for (const arg of inputs) {
    if (arg.includes("=")) {
      const [file, goldFile] = arg.split("=") as [string, string];
      const gold = JSON.parse(readFileSync(goldFile, "utf8")) as Record<string, unknown>;
      const cast = gold["characters"] as Character[] | undefined;
      const story: EvalStory = { name: file, file, text: readFileSync(file, "utf8"), gold, cast };
      const p = prepare(story, lastDir);
      if (p) prepared.push(p);
      continue;
    }
    lastDir = arg;
    const stories = (await loadStories(arg)).sort((a, b) => (a.name < b.name ? -1 : 1));
    const half = Math.ceil(stories.length / 2);
    stories.forEach((s, k) => {
      const source = splits.has(arg) ? `${arg} (${k < half ? "first" : "second"} half)` : arg;
      const p = prepare(s, source);
      if (p) prepared.push(p);
    });
  }
  const sets = sourcesOf(prepared);
  if (sets.length < 2) throw new Error("need at least two sets with scene gold");
  const out = (lines: readonly string[]): void => {
    process.stdout.write(lines.join("\n") + "\n\n");
  };
  out(["Default weights:", "", ...table(prepared, () => BOUNDARY_WEIGHTS)]);
  if (byShape) {
    const shaped = prepared.map((s) => ({ ...s, source: `${s.source} ${shapeOf(s, shape)}` }));
    out(scanned(shaped, { [byShape]: grid[byShape] ?? [] }));
    return;
  }
  if (scan) {
    out(scanned(prepared, grid as Grid));
    return;
  }
  const onAll = fit(prepared, {}, score, grid, margin);
  out([
    `Fitted on all ${sets.length} sets: objective ${score(prepared, BOUNDARY_WEIGHTS).toFixed(3)} -> ` +
      `${score(prepared, onAll).toFixed(3)}; ${movedFrom(onAll, grid) || "no weight changes"}.`,
    "",
    ...table(prepared, () => onAll),
  ]);
  // Leave one set out: the held-out set scored with weights fitted on the rest.
  const folds = new Map<string, BoundaryWeights>();
  const moved: string[] = [];
  for (const set of sets) {
    const w = fit(
      prepared.filter((s) => s.source !== set),
      {},
      score,
      grid,
      margin,
    );
    folds.set(set, w);
    moved.push(`- without ${set}: ${movedFrom(w, grid) || "no weight changes"}`);
  }
  out(["Leave one set out:", "", ...table(prepared, (set) => folds.get(set)!), "", ...moved]);
  if (kfold < 0) return;
  const foldOf = new Map<Prepared, number>();
  if (kfold === 0) prepared.forEach((s, k) => foldOf.set(s, k));
  else
    for (const set of sets)
      prepared.filter((s) => s.source === set).forEach((s, k) => foldOf.set(s, k % kfold));
  const held = new Map<Prepared, Counts>();
  for (const fold of new Set(foldOf.values())) {
    const w = fit(
      prepared.filter((s) => foldOf.get(s) !== fold),
      {},
      score,
      grid,
      margin,
    );
    for (const s of prepared) if (foldOf.get(s) === fold) held.set(s, countsOf(s, w));
  }
  const title = kfold === 0 ? "Leave one story out" : `${kfold}-fold by story`;
  const lines = [`${title} over the union:`, "", ...HEAD];
  for (const set of sets)
    lines.push(
      row(
        set,
        prepared.filter((s) => s.source === set).map((s) => held.get(s)!),
      ),
    );
  lines.push(row("all", [...held.values()]));
  out(lines);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`scenes-cv-sets: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
