/**
 * `npx tsx eval/scenes-cv.ts DIR [DIR...] [STORY.txt=GOLD.json...]`: fits the scene cues'
 * weights and the price of a boundary by leave-one-story-out cross-validation, and prints
 * the cross-validated boundary F1 (each story scored with weights fitted on the others only),
 * then the weights fitted on all stories, which is what BOUNDARY_WEIGHTS should hold. The
 * cross-validated counts and the default weights' are also pooled by the story's shape (few
 * gold boundaries or more; `scene-shapes.ts`).
 *
 * Each story is read once (cast, features, cues per candidate); a weighting only re-weighs the
 * cues and chooses the boundaries again, so a fit takes seconds. The fit is coordinate ascent
 * over a few values per weight, starting from BOUNDARY_WEIGHTS, on the mean of pooled and
 * per-story (macro) F1: pooled alone would let a long story carry short ones that fail.
 *
 * `--folds` adds to each held-out story's row the weights its fold fitted away from the defaults.
 *
 * The trade-off curve: `--try price=0.6[,newPlace=0.5]` (repeatable) holds those weights fixed,
 * fits the rest by the same cross-validation and prints one row per setting, the first row the
 * current weights; `--nobreak DIR` (repeatable) adds prose with no scene gold (LitBank's
 * excerpts, speakers-dev's stories) whose boundaries, every one most likely false, are counted
 * under each setting's weights unfitted and fitted on all. At the current weights each story's
 * boundaries here are the analyzer's own (its chapter headings and its cast as the scenes read
 * them); a chapter heading's boundary is counted as the analyzer's scenes count it.
 */
import { readFileSync } from "node:fs";
import type { Character } from "../core/model";
import { BOUNDARY_WEIGHTS, type BoundaryWeights } from "../core/scenes";
import {
  countsOf,
  f1,
  fit,
  movedFrom,
  objective,
  predict,
  prepare,
  sumOf,
  type Counts,
  type Fixed,
  type Prepared,
} from "./scene-fit";
import { pooledByShape, type ShapeCounts } from "./scene-shapes";
import { loadStories, type EvalStory } from "./stories";

function parseFixed(spec: string): Fixed {
  const fixed: Record<string, number> = {};
  for (const pair of spec.split(",")) {
    const [key, value] = pair.split("=") as [string, string];
    if (!(key in BOUNDARY_WEIGHTS) || Number.isNaN(Number(value)))
      throw new Error(`bad --try ${pair}`);
    fixed[key] = Number(value);
  }
  return fixed as Fixed;
}

/** One row of the trade-off curve: a setting held fixed, cross-validated and on no-break prose. */
function curveRow(
  label: string,
  prepared: readonly Prepared[],
  noBreak: readonly (readonly Prepared[])[],
  fixed: Fixed,
  crossValidate: boolean,
): string {
  const plain = { ...BOUNDARY_WEIGHTS, ...fixed };
  // Without cross-validation the fitted columns read the setting unfitted.
  const held = prepared.map((s) =>
    countsOf(
      s,
      crossValidate
        ? fit(
            prepared.filter((o) => o !== s),
            fixed,
          )
        : plain,
    ),
  );
  const cv = sumOf(held);
  const onAll = crossValidate ? fit(prepared, fixed) : plain;
  const dev = prepared.map((s) => countsOf(s, plain));
  const devSum = sumOf(dev);
  const words = prepared.reduce((n, s) => n + s.words, 0);
  const extra = (((devSum.predicted - devSum.hits) * 1000) / words).toFixed(2);
  const below = (all: readonly Counts[]): number => all.filter((c) => f1(c) < 0.7).length;
  const pr = (c: Counts): string =>
    `${f1(c).toFixed(3)} (P ${(c.hits / Math.max(1, c.predicted)).toFixed(2)} ` +
    `R ${(c.hits / Math.max(1, c.gold)).toFixed(2)})`;
  const boundariesOf = (set: readonly Prepared[], w: BoundaryWeights): string => {
    const n = set.reduce((k, s) => k + predict(s, w).length, 0);
    const words = set.reduce((k, s) => k + s.words, 0);
    return `${n} (${((n * 1000) / Math.max(1, words)).toFixed(2)}/1k)`;
  };
  const cells = [
    label,
    pr(cv),
    `${below(held)}`,
    pr(devSum),
    `${below(dev)}`,
    extra,
    ...noBreak.map((set) => `${boundariesOf(set, plain)} / ${boundariesOf(set, onAll)}`),
  ];
  return `| ${cells.join(" | ")} |`;
}

async function main(argv: readonly string[]): Promise<void> {
  const prepared: Prepared[] = [];
  const noBreak: Prepared[][] = [];
  const tries: Fixed[] = [];
  let crossValidate = true;
  let folds = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // The curve's unfitted columns only: seconds, not the minutes a fit per story takes.
    if (arg === "--unfitted") {
      crossValidate = false;
      continue;
    }
    // Each fold's fitted weights that differ from BOUNDARY_WEIGHTS, in a last column.
    if (arg === "--folds") {
      folds = true;
      continue;
    }
    if (arg === "--try") {
      tries.push(parseFixed(argv[++i] ?? ""));
      continue;
    }
    if (arg === "--nobreak") {
      const dir = argv[++i] ?? "";
      const stories = await loadStories(dir);
      noBreak.push(stories.map((s) => prepare(s, dir, true)!));
      continue;
    }
    let stories: EvalStory[];
    if (arg.includes("=")) {
      const [file, goldFile] = arg.split("=") as [string, string];
      const gold = JSON.parse(readFileSync(goldFile, "utf8")) as Record<string, unknown>;
      const cast = gold["characters"] as Character[] | undefined;
      stories = [{ name: file, file, text: readFileSync(file, "utf8"), gold, cast }];
    } else stories = await loadStories(arg);
    for (const s of stories) {
      const story = prepare(s, arg.includes("=") ? "files" : arg);
      if (story) prepared.push(story);
    }
  }
  if (prepared.length < 2) throw new Error("need at least two stories with scene gold");
  if (tries.length > 0 || noBreak.length > 0) {
    const label = (f: Fixed): string =>
      Object.entries(f)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ") || "current";
    const lines = [
      "CV: each story scored with the rest fitted on the others (the setting held fixed); " +
        "unfitted: the current weights with the setting. No-break sets: boundaries unfitted / " +
        "fitted on all (per 1,000 words).",
      "",
      "| setting | CV F1 | CV below 0.7 | unfitted F1 | unfitted below 0.7 | extra/1k | " +
        noBreak.map((_, k) => `no-break ${k + 1}`).join(" | ") +
        " |",
      "|---|" + "--:|".repeat(5 + noBreak.length),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    // A row as soon as it is read: a cross-validated one takes minutes.
    for (const f of [{}, ...tries])
      process.stdout.write(curveRow(label(f), prepared, noBreak, f, crossValidate) + "\n");
    return;
  }
  const total: Counts = { hits: 0, predicted: 0, gold: 0 };
  const rows: string[] = [];
  const heldCounts: ShapeCounts[] = [];
  const bySource = new Map<string, { counts: Counts; below: number; stories: number }>();
  let below = 0;
  for (const held of prepared) {
    const w = fit(prepared.filter((s) => s !== held));
    const c = countsOf(held, w);
    heldCounts.push(c);
    total.hits += c.hits;
    total.predicted += c.predicted;
    total.gold += c.gold;
    if (f1(c) < 0.7) below++;
    const mine = bySource.get(held.source) ?? {
      counts: { hits: 0, predicted: 0, gold: 0 },
      below: 0,
      stories: 0,
    };
    mine.counts.hits += c.hits;
    mine.counts.predicted += c.predicted;
    mine.counts.gold += c.gold;
    mine.below += f1(c) < 0.7 ? 1 : 0;
    mine.stories++;
    bySource.set(held.source, mine);
    rows.push(
      `| ${held.name} | ${c.gold} | ${c.predicted} | ${c.hits} | ${f1(c).toFixed(2)} |` +
        (folds ? ` ${movedFrom(w) || "none"} |` : ""),
    );
  }
  const p = total.predicted ? total.hits / total.predicted : 0;
  const r = total.gold ? total.hits / total.gold : 0;
  const lines = [
    "Leave-one-story-out: each story scored with weights fitted on the others.",
    "",
    `| Story | Gold | Predicted | Hits | F1 |${folds ? " Fold's weights moved |" : ""}`,
    `|---|--:|--:|--:|--:|${folds ? "---|" : ""}`,
    ...rows,
    "",
    `Cross-validated pooled P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1(total).toFixed(2)}; ` +
      `stories below 0.7: ${below} of ${prepared.length}.`,
    `Cross-validated by folder: ${[...bySource]
      .map(
        ([src, m]) => `${src} F1 ${f1(m.counts).toFixed(2)}, ${m.below} of ${m.stories} below 0.7`,
      )
      .join("; ")}.`,
    `Cross-validated by shape: ${pooledByShape(heldCounts)}.`,
    `Default weights by shape: ${pooledByShape(prepared.map((s) => countsOf(s, BOUNDARY_WEIGHTS)))}.`,
    `Default weights on all: objective ${objective(prepared, BOUNDARY_WEIGHTS).toFixed(3)}.`,
  ];
  const all = fit(prepared);
  lines.push(
    `Fitted on all: objective ${objective(prepared, all).toFixed(3)}; ` +
      (movedFrom(all) || "no weight changes"),
  );
  process.stdout.write(lines.join("\n") + "\n");
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`scenes-cv: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
