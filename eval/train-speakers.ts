/**
 * `npx tsx eval/train-speakers.ts DIR [DIR...] [--score-only=DIR] [--cast-only] [--balance]
 * [--steps=N] [--drop=PREFIX,...] [--dump=FILE] [--write]`:
 * trains the speaker ranker (core/cast/ranker.ts) on folders of stories with gold quotes and
 * casts, and says by cross-validation whether it beats the rules and the shipped model. Each
 * folder splits by name order into an even and an odd half; the model trained on the even
 * halves of every folder learned from is scored on the odd halves of every folder, and the other
 * way round, so no story is scored by a model that saw it. The table gives, per folder, per half
 * and pooled, with the cast and without, the official scorer's rule (the gold name or an alias,
 * as eval/run.ts prints it) for the rules' own answers, the shipped model and the model trained
 * on the other half (the last two through the whole analysis, `speakerModel`). A folder given as
 * `--score-only=DIR` is scored but never learned from. With `--write`, the model trained on every
 * story of the folders learned from goes to core/cast/speaker-model.json.
 *
 * The shipped model is trained on LitBank alone (tests/fixtures/litbank, CC BY 4.0: Bamman,
 * Popat and Shen 2019, NAACL; Sims, Park and Bamman 2019, ACL; Bamman, Lewke and Mansoor 2020,
 * LREC; see the README there), `--cast-only`; docs/speakers.md (ranker-31) says why not also on
 * tests/fixtures/speakers-dev. Deterministic: full-batch gradient descent from zero weights, a
 * fixed number of steps, folders in the order given and stories in name order. No network, no
 * randomness.
 *
 * A row is one quote the rules did not settle with a name tag, with every candidate speaker's
 * features; its label is the candidate the gold names (by the cast's name or an alias, or the
 * narrator). Quotes whose gold speaker is no candidate teach nothing and are counted.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { analyzeStory } from "../core/analyze";
import { discoverCast, detectQuoteStyle, findQuotes } from "../core/cast";
import {
  allCandidateRows,
  FEATURES,
  rankSpeakers,
  type CandidateRow,
  type SpeakerModel,
} from "../core/cast/ranker";
import { readSpeakers } from "../core/cast/speakers";
import { parseStory } from "../core/story";
import { goldCandidate, goldNarrator, match, scoreSpeakers, type GoldQuote } from "./speakers";
import { loadStories, type EvalStory } from "./stories";

interface Example {
  readonly rows: readonly CandidateRow[];
  readonly label: number;
  /** The example's share of the loss (`--balance`: each folder's examples weigh alike in sum). */
  readonly weight?: number;
}

interface Prepared {
  readonly story: EvalStory;
  readonly cast: boolean;
  readonly read: ReturnType<typeof readSpeakers>;
  readonly examples: readonly Example[];
  /** Quotes left to the ranker whose gold speaker is no candidate. */
  readonly unreachable: number;
}

function prepare(story: EvalStory, withCast: boolean): Prepared {
  const text = parseStory(story.text);
  const cast = discoverCast(text, withCast ? (story.cast ?? []) : []);
  const read = readSpeakers(text, findQuotes(text, detectQuoteStyle(text)), cast);
  const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
  const narrator = goldNarrator(story, gold);
  const goldOf = goldCandidate(story, cast, read.named, narrator);
  const rows = allCandidateRows(read.quotes, read.contexts);
  const pairs = match(gold, read.quotes);
  const examples: Example[] = [];
  let unreachable = 0;
  gold.forEach((g, i) => {
    const j = pairs[i]!;
    const candidates = j >= 0 ? rows[j] : null;
    if (!candidates || g.speaker === null) return;
    let label = goldOf(g.speaker, candidates);
    // A speaker the analysis knows only by a description its tag leads to ("said the parson",
    // "she said" after "the cashier"): that
    // description is the best answer it can give, and the editor shows it as such.
    const context = read.contexts[j]!;
    if (label < 0 && context.tagKey && !read.named.has(context.tagKey))
      label = candidates.findIndex((c) => c.key === context.tagKey);
    if (label < 0) unreachable++;
    else examples.push({ rows: candidates, label });
  });
  return { story, cast: withCast, read, examples, unreachable };
}

/** Gradient steps; `--steps=N` sets another number, to see whether the model is underfit. */
const STEPS = Number(process.argv.find((a) => a.startsWith("--steps="))?.slice(8) ?? 600);
const RATE = 0.5;
const L2 = 0.002;

/**
 * Features held at weight 0 (`--drop=PREFIX[,PREFIX...]`: every feature whose name starts so),
 * to see what the others can do without them.
 */
const DROPPED = new Set(
  (
    process.argv
      .find((a) => a.startsWith("--drop="))
      ?.slice(7)
      .split(",") ?? []
  ).flatMap((p) => FEATURES.map((f, k) => (f.startsWith(p) ? k : -1)).filter((k) => k >= 0)),
);

/** Conditional logit by full-batch gradient descent; deterministic. */
function train(examples: readonly Example[]): number[] {
  const w = new Array<number>(FEATURES.length).fill(0);
  const total = examples.reduce((n, ex) => n + (ex.weight ?? 1), 0);
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((x) => L2 * x);
    for (const ex of examples) {
      const scores = ex.rows.map((r) => r.features.reduce((s, x, k) => s + x * w[k]!, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      ex.rows.forEach((r, c) => {
        const p = (exp[c]! / sum - (c === ex.label ? 1 : 0)) * (ex.weight ?? 1);
        r.features.forEach((x, k) => (grad[k]! += (p * x) / total));
      });
    }
    for (let k = 0; k < w.length; k++) if (!DROPPED.has(k)) w[k]! -= RATE * grad[k]!;
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}

interface Calibration {
  /** Per tenth of confidence: quotes found, and how many have the right speaker. */
  readonly bands: Map<number, { n: number; right: number }>;
  /** Quotes at or above 0.85, the editor's line between a guess and a speaker. */
  readonly sure: { n: number; right: number };
}

const emptyCalibration = (): Calibration => ({ bands: new Map(), sure: { n: 0, right: 0 } });

/** Speaker right on found quotes (the rules' or the ranker's), tallying calibration. */
function score(
  set: readonly Prepared[],
  model: SpeakerModel | null,
  calibration: Calibration,
): { right: number; matched: number } {
  let right = 0;
  let matched = 0;
  for (const p of set) {
    const quotes = model
      ? rankSpeakers(p.read.quotes, p.read.contexts, p.read.named, model)
      : p.read.quotes;
    const t = scoreSpeakers(p.story, quotes);
    right += t.right;
    matched += t.matched;
    // Each quote scored alone against the story's whole gold (which knows the narrator).
    for (const q of quotes) {
      const alone = scoreSpeakers(p.story, [q]);
      if (alone.matched === 0) continue;
      const ok = alone.right === 1;
      const band = Math.min(9, Math.floor((q.confidence ?? 0) * 10));
      const b = calibration.bands.get(band) ?? { n: 0, right: 0 };
      b.n++;
      b.right += Number(ok);
      calibration.bands.set(band, b);
      if ((q.confidence ?? 0) >= 0.85) {
        calibration.sure.n++;
        calibration.sure.right += Number(ok);
      }
    }
  }
  return { right, matched };
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) + "%" : "-");

/** One folder of stories, read with the gold cast and without. */
interface Folder {
  readonly dir: string;
  readonly stories: readonly EvalStory[];
  readonly castRuns: readonly Prepared[];
  readonly bareRuns: readonly Prepared[];
  /** Scored but never learned from (`--score-only=DIR`). */
  readonly scoreOnly: boolean;
}

/** Quotes found and right by the official scorer's rule (as eval/run.ts prints it). */
interface Official {
  right: number;
  matched: number;
}

const COLUMNS = ["rules", "shipped", "trained"] as const;
type Column = (typeof COLUMNS)[number];
const MODES = ["cast", "no cast"] as const;
type Mode = (typeof MODES)[number];

/** Official tallies by folder, mode, held-out half and column. */
type Table = Map<string, Official>;
const cell = (folder: string, mode: Mode, half: number, column: Column): string =>
  `${folder}|${mode}|${half}|${column}`;

function tally(table: Table, key: string, right: number, matched: number): void {
  const t = table.get(key) ?? { right: 0, matched: 0 };
  t.right += right;
  t.matched += matched;
  table.set(key, t);
}

/** The whole analysis (as the editor and eval/run.ts run it) with one model, by the official rule. */
function officialScore(story: EvalStory, withCast: boolean, model?: SpeakerModel): Official {
  const cast = withCast ? (story.cast ?? []) : [];
  const quotes = analyzeStory(story.text, { file: story.file, cast, speakerModel: model }).quotes;
  const t = scoreSpeakers(story, quotes);
  return { right: t.official, matched: t.matched };
}

async function main(argv: readonly string[]): Promise<void> {
  const learnDirs = argv.filter((a) => !a.startsWith("--"));
  const scoreDirs = argv
    .filter((a) => a.startsWith("--score-only="))
    .map((a) => a.slice("--score-only=".length));
  if (learnDirs.length === 0) {
    process.stderr.write(
      "usage: npx tsx eval/train-speakers.ts DIR [DIR...] [--score-only=DIR] [--cast-only] [--balance] [--steps=N] [--drop=PREFIX,...] [--dump=FILE] [--write]\n",
    );
    process.exitCode = 2;
    return;
  }
  const folders: Folder[] = [];
  for (const dir of [...learnDirs, ...scoreDirs]) {
    const stories = (await loadStories(dir)).filter((s) => Array.isArray(s.gold["quotes"]));
    folders.push({
      dir,
      stories,
      castRuns: stories.map((s) => prepare(s, true)),
      bareRuns: stories.map((s) => prepare(s, false)),
      scoreOnly: !learnDirs.includes(dir),
    });
  }
  const learnFrom = (runs: readonly Prepared[]): Example[] => {
    const kept = runs.filter((p) => p.cast || !argv.includes("--cast-only"));
    if (!argv.includes("--balance")) return kept.flatMap((p) => p.examples);
    // Each folder's examples weigh 1 in sum, however many quotes it has.
    const inFolder = new Map<string, number>();
    for (const p of kept) {
      const dir = path.dirname(p.story.file);
      inFolder.set(dir, (inFolder.get(dir) ?? 0) + p.examples.length);
    }
    return kept.flatMap((p) => {
      const weight = 1 / inFolder.get(path.dirname(p.story.file))!;
      return p.examples.map((ex) => ({ ...ex, weight }));
    });
  };
  // Each folder splits by name order, so each half holds stories of every kind.
  const inHalf = (f: Folder, h: number): Prepared[] =>
    [...f.castRuns, ...f.bareRuns].filter((_, i) => (i % f.stories.length) % 2 === h);
  const lines: string[] = [];
  const table: Table = new Map();
  const perStory: { story: string; mode: Mode; shipped: Official; trained: Official }[] = [];
  const ruleCalibration = emptyCalibration();
  const rankCalibration = emptyCalibration();
  for (const [trainHalf, testHalf] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const trainSet = folders.filter((f) => !f.scoreOnly).flatMap((f) => inHalf(f, trainHalf));
    const model = { features: [...FEATURES], weights: train(learnFrom(trainSet)) };
    for (const f of folders) {
      for (const mode of MODES) {
        const withCast = mode === "cast";
        const runs = withCast ? f.castRuns : f.bareRuns;
        const test = runs.filter((_, i) => i % 2 === testHalf);
        const rules = { right: 0, matched: 0 };
        for (const p of test) {
          const t = scoreSpeakers(p.story, p.read.quotes);
          rules.right += t.official;
          rules.matched += t.matched;
        }
        tally(table, cell(f.dir, mode, testHalf, "rules"), rules.right, rules.matched);
        score(test, null, withCast ? ruleCalibration : emptyCalibration());
        score(test, model, withCast ? rankCalibration : emptyCalibration());
        for (const p of test) {
          const shipped = officialScore(p.story, withCast);
          const trained = officialScore(p.story, withCast, model);
          tally(table, cell(f.dir, mode, testHalf, "shipped"), shipped.right, shipped.matched);
          tally(table, cell(f.dir, mode, testHalf, "trained"), trained.right, trained.matched);
          perStory.push({ story: p.story.file, mode, shipped, trained });
        }
      }
    }
  }
  lines.push(
    "official scorer's rule on held-out halves (trained on the other half of every folder learned from;",
    "rules: the walk's answers before the ranker; shipped and trained: the whole analysis)",
    "  folder                          mode     half      rules  shipped  trained   quotes",
  );
  const sum = (
    dirs: readonly string[],
    mode: Mode,
    halves: readonly number[],
    c: Column,
  ): Official => {
    const t = { right: 0, matched: 0 };
    for (const d of dirs)
      for (const h of halves) {
        const x = table.get(cell(d, mode, h, c));
        if (!x) continue;
        t.right += x.right;
        t.matched += x.matched;
      }
    return t;
  };
  const groups: [string, string[]][] = [
    ...folders.map((f): [string, string[]] => [f.dir, [f.dir]]),
    ["pooled", folders.map((f) => f.dir)],
  ];
  for (const [label, dirs] of groups)
    for (const mode of MODES)
      for (const [name, halves] of [
        ["even", [0]],
        ["odd", [1]],
        ["both", [0, 1]],
      ] as const) {
        const cells = COLUMNS.map((c) => sum(dirs, mode, halves, c));
        lines.push(
          `  ${label.padEnd(32)}${mode.padEnd(9)}${name.padEnd(6)}${cells
            .map((t) => pct(t.right, t.matched).padStart(9))
            .join("")}${String(cells[1]!.matched).padStart(9)}`,
        );
      }
  const castRuns = folders.flatMap((f) => f.castRuns);
  const unreachable = castRuns.reduce((n, p) => n + p.unreachable, 0);
  const examples = castRuns.reduce((n, p) => n + p.examples.length, 0);
  lines.push(
    `with the cast: ${examples} quotes to rank, ${unreachable} whose speaker is no candidate`,
  );
  lines.push(
    "calibration on the held-out halves with the cast: confidence, quotes and share right",
    "           rules           ranker",
  );
  for (let band = 0; band < 10; band++) {
    const cell = (c: Calibration): string => {
      const b = c.bands.get(band);
      return b ? `${String(b.n).padStart(5)} ${pct(b.right, b.n).padStart(6)}` : "     -       ";
    };
    lines.push(
      `  ${(band / 10).toFixed(1)}-${((band + 1) / 10).toFixed(1)}  ${cell(ruleCalibration)}    ${cell(rankCalibration)}`,
    );
  }
  const sure = (c: Calibration): string =>
    `${c.sure.n} quotes, ${pct(c.sure.right, c.sure.n)} right`;
  lines.push(`  >= 0.85: rules ${sure(ruleCalibration)}; ranker ${sure(rankCalibration)}`);
  process.stdout.write(lines.join("\n") + "\n");
  // Per story, to compare two training set-ups story by story (noise), never to read stories.
  const dump = argv.find((a) => a.startsWith("--dump="));
  if (dump) writeFileSync(dump.slice("--dump=".length), JSON.stringify(perStory) + "\n");
  if (argv.includes("--write")) {
    const learned = folders.filter((f) => !f.scoreOnly);
    const weights = train(learnFrom(learned.flatMap((f) => [...f.castRuns, ...f.bareRuns])));
    const model: SpeakerModel = { features: [...FEATURES], weights };
    const file = new URL("../core/cast/speaker-model.json", import.meta.url);
    // Written as the repository's formatter would write it, so a retrained model diffs cleanly.
    const options = { ...(await resolveConfig(file)), filepath: file.pathname };
    writeFileSync(file, await format(JSON.stringify(model), options));
    process.stdout.write(
      FEATURES.map((f, k) => `  ${f.padEnd(36)} ${weights[k]}`).join("\n") +
        `\nwrote core/cast/speaker-model.json, trained on ${learned.map((f) => f.dir).join(" + ")}\n`,
    );
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`train-speakers: ${(err as Error).stack}\n`);
  process.exitCode = 2;
});
