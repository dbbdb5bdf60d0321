/**
 * `npx tsx eval/train-speakers.ts DIR [--write]`: trains the speaker ranker (core/cast/ranker.ts)
 * on a folder of stories with gold quotes and casts, and says by cross-validation whether it
 * beats the rules: trained on the even half and scored on the odd, and the other way round.
 * With `--write`, the model trained on every story goes to core/cast/speaker-model.json.
 *
 * Trained only on LitBank (tests/fixtures/litbank, CC BY 4.0: Bamman, Popat and Shen 2019,
 * NAACL; Sims, Park and Bamman 2019, ACL; Bamman, Lewke and Mansoor 2020, LREC; see the README
 * there). Deterministic: full-batch gradient descent from zero weights, a fixed number of steps,
 * stories in name order. No network, no randomness.
 *
 * A row is one quote the rules did not settle with a name tag, with every candidate speaker's
 * features; its label is the candidate the gold names (by the cast's name or an alias, or the
 * narrator). Quotes whose gold speaker is no candidate teach nothing and are counted.
 */
import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { discoverCast, detectQuoteStyle, findQuotes } from "../core/cast";
import {
  allCandidateRows,
  FEATURES,
  rankSpeakers,
  type CandidateRow,
  type SpeakerModel,
} from "../core/cast/ranker";
import { readSpeakers } from "../core/cast/speakers";
import type { Character } from "../core/model";
import { parseStory } from "../core/story";
import { goldNarrator, match, norm, scoreSpeakers, type GoldQuote } from "./speakers";
import { loadStories, type EvalStory } from "./stories";

interface Example {
  readonly rows: readonly CandidateRow[];
  readonly label: number;
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
  const namesOf = new Map<string, Set<string>>();
  for (const c of story.cast ?? [])
    namesOf.set(norm(c.name), new Set([c.name, ...c.aliases].map(norm)));
  const narratorKeys = new Set(read.named.has("narrator") ? ["narrator"] : []);
  for (const c of cast as readonly Character[]) if (c.narrator) narratorKeys.add(c.name);
  const rows = allCandidateRows(read.quotes, read.contexts);
  const pairs = match(gold, read.quotes);
  const examples: Example[] = [];
  let unreachable = 0;
  gold.forEach((g, i) => {
    const j = pairs[i]!;
    const candidates = j >= 0 ? rows[j] : null;
    if (!candidates || g.speaker === null) return;
    const ok = namesOf.get(norm(g.speaker)) ?? new Set([norm(g.speaker)]);
    let label = candidates.findIndex(
      (c) => ok.has(norm(c.key)) || (narratorKeys.has(c.key) && g.speaker === narrator),
    );
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

const STEPS = 600;
const RATE = 0.5;
const L2 = 0.002;

/** Conditional logit by full-batch gradient descent; deterministic. */
function train(examples: readonly Example[]): number[] {
  const w = new Array<number>(FEATURES.length).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((x) => L2 * x);
    for (const ex of examples) {
      const scores = ex.rows.map((r) => r.features.reduce((s, x, k) => s + x * w[k]!, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      ex.rows.forEach((r, c) => {
        const p = exp[c]! / sum - (c === ex.label ? 1 : 0);
        r.features.forEach((x, k) => (grad[k]! += (p * x) / examples.length));
      });
    }
    for (let k = 0; k < w.length; k++) w[k]! -= RATE * grad[k]!;
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

const pct = (a: number, b: number): string => ((100 * a) / b).toFixed(1) + "%";

async function main(argv: readonly string[]): Promise<void> {
  const dir = argv.find((a) => !a.startsWith("--"));
  if (!dir) {
    process.stderr.write("usage: npx tsx eval/train-speakers.ts DIR [--write] [--cast-only]\n");
    process.exitCode = 2;
    return;
  }
  const stories = (await loadStories(dir)).filter((s) => Array.isArray(s.gold["quotes"]));
  const castRuns = stories.map((s) => prepare(s, true));
  const bareRuns = stories.map((s) => prepare(s, false));
  const learnFrom = (runs: readonly Prepared[]): Example[] =>
    runs.flatMap((p) => (argv.includes("--cast-only") && !p.cast ? [] : p.examples));
  const half = (i: number): number => i % 2;
  const lines: string[] = [];
  const ruleCalibration = emptyCalibration();
  const rankCalibration = emptyCalibration();
  for (const [trainHalf, testHalf] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const trainSet = [...castRuns, ...bareRuns].filter(
      (_, i) => half(i % stories.length) === trainHalf,
    );
    const model = { features: [...FEATURES], weights: train(learnFrom(trainSet)) };
    for (const [label, runs] of [
      ["cast", castRuns],
      ["no cast", bareRuns],
    ] as const) {
      const test = runs.filter((_, i) => half(i) === testHalf);
      const cast = label === "cast";
      const rules = score(test, null, cast ? ruleCalibration : emptyCalibration());
      const ranked = score(test, model, cast ? rankCalibration : emptyCalibration());
      lines.push(
        `trained on ${trainHalf ? "odd" : "even"}, scored on ${testHalf ? "odd" : "even"}, ${label}: rules ${pct(rules.right, rules.matched)}, ranker ${pct(ranked.right, ranked.matched)} (${rules.matched} quotes)`,
      );
    }
  }
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
  if (argv.includes("--write")) {
    const weights = train(learnFrom([...castRuns, ...bareRuns]));
    const model: SpeakerModel = { features: [...FEATURES], weights };
    const file = new URL("../core/cast/speaker-model.json", import.meta.url);
    // Written as the repository's formatter would write it, so a retrained model diffs cleanly.
    const options = { ...(await resolveConfig(file)), filepath: file.pathname };
    writeFileSync(file, await format(JSON.stringify(model), options));
    process.stdout.write(
      FEATURES.map((f, k) => `  ${f.padEnd(36)} ${weights[k]}`).join("\n") +
        "\nwrote core/cast/speaker-model.json\n",
    );
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`train-speakers: ${(err as Error).stack}\n`);
  process.exitCode = 2;
});
