/**
 * `npm run bench [-- --json] [--quick] [--runs N] [--sizes 3000,30000] [--pace MS] [--keys N]
 * [--settle MS] [--variants bare,draftwise] [--corpus prose|story] [--analysis-only]`: the editor
 * against bare ProseMirror in headless Chromium, plus the analysis in Node (CONTRACT.md), on
 * real prose by default (bench/corpus.ts). Without `--sizes` the analysis is also measured at
 * the 120,000-word novel its budget names. Progress goes to standard error so `--json` leaves
 * one JSON object on standard output.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { loadAnalyzer, measureAnalysis, oneWordEdit } from "./analysis";
import { startBareServer } from "./bare-server";
import { timeCliAnalyze } from "./cli-analyze";
import {
  benchStory,
  CORPORA,
  parseCorpus,
  NOVEL_WORDS,
  repeatedStory,
  STORY_SIZES,
  type Corpus,
} from "./corpus";
import { FIND_WORD, measureFind, type FindResult } from "./find";
import {
  formatReport,
  type AnalysisRow,
  type BenchReport,
  type FindRow,
  type TypingRow,
} from "./report";
import { median, round } from "./stats";
import { measureTyping, type TypingResult, type Variant } from "./typing";

const VARIANTS: readonly Variant[] = ["bare", "draftwise"];
/** Keys typed per run unless `--keys` says otherwise (the smoke test types fewer). */
const KEYSTROKES = 200;

interface BenchOptions {
  readonly json: boolean;
  readonly runs: number;
  readonly sizes: readonly number[];
  readonly paceMs: number;
  readonly keys: number;
  readonly settleMs: number;
  readonly variants: readonly Variant[];
  readonly corpus: Corpus;
  /** The sizes the analysis rows measure: the typing sizes, plus the novel without `--sizes`. */
  readonly analysisSizes: readonly number[];
  /** Only the analysis and CLI rows (Node; no browser). */
  readonly analysisOnly: boolean;
}

function readOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: "boolean", default: false },
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      sizes: { type: "string" },
      pace: { type: "string", default: "60" },
      keys: { type: "string", default: String(KEYSTROKES) },
      settle: { type: "string", default: "3000" },
      variants: { type: "string", default: VARIANTS.join(",") },
      corpus: { type: "string", default: CORPORA[0] },
      "analysis-only": { type: "boolean", default: false },
    },
  });
  const positive = (name: string, raw: string): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`--${name} takes a whole number, not "${raw}".`);
    return value;
  };
  const sizes = values.sizes
    ? values.sizes.split(",").map((s) => positive("sizes", s))
    : values.quick
      ? [STORY_SIZES[0]]
      : STORY_SIZES;
  return {
    json: values.json,
    // Five, not three: on a 2-core machine bare's own key p95 moved by a third between runs.
    runs: values.runs ? Math.max(1, positive("runs", values.runs)) : values.quick ? 1 : 5,
    sizes,
    analysisSizes:
      values.sizes || values.quick
        ? sizes
        : [...new Set([...sizes, NOVEL_WORDS])].sort((a, b) => a - b),
    corpus: parseCorpus(values.corpus),
    analysisOnly: values["analysis-only"],
    paceMs: positive("pace", values.pace),
    keys: Math.max(1, positive("keys", values.keys)),
    settleMs: positive("settle", values.settle),
    variants: values.variants.split(",").map((v) => {
      if (!(VARIANTS as readonly string[]).includes(v))
        throw new Error(`--variants takes bare and/or draftwise, not "${v}".`);
      return v as Variant;
    }),
  };
}

const progress = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

/** The median of each numeric field over runs. */
function medianRow(words: number, variant: Variant, results: readonly TypingResult[]): TypingRow {
  const m = (pick: (r: TypingResult) => number, digits = 2): number =>
    round(median(results.map(pick)), digits);
  return {
    words,
    variant,
    readyMs: m((r) => r.readyMs, 1),
    keyP50Ms: m((r) => r.keyP50Ms),
    keyP95Ms: m((r) => r.keyP95Ms),
    jsP50Ms: m((r) => r.jsP50Ms, 3),
    jsP95Ms: m((r) => r.jsP95Ms, 3),
    heapMB: m((r) => r.heapMB),
    domNodes: m((r) => r.domNodes, 0),
  };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const typing: TypingRow[] = [];
  const analysis: AnalysisRow[] = [];
  const find: FindRow[] = [];
  const analyzer = await loadAnalyzer();
  const settled = new Set<string>();
  let browser = "";
  const bareServer = await startBareServer();
  try {
    for (const words of options.analysisOnly ? [] : options.sizes) {
      const text = benchStory(options.corpus, words);
      const results: Record<Variant, TypingResult[]> = { bare: [], draftwise: [] };
      for (let run = 1; run <= options.runs; run++) {
        // Alternate within each run so drift on the machine hits both variants alike.
        for (const variant of options.variants) {
          const result = await measureTyping(variant, text, {
            keys: options.keys,
            paceMs: options.paceMs,
            settleMs: options.settleMs,
            bareServer,
          });
          results[variant].push(result);
          browser = result.browser;
          if (variant === "draftwise") settled.add(result.settledBy);
          progress(
            `${words} words, ${variant}, run ${run}: key p95 ${result.keyP95Ms.toFixed(1)} ms, ready ${result.readyMs.toFixed(0)} ms`,
          );
        }
      }
      for (const variant of options.variants)
        typing.push(medianRow(words, variant, results[variant]));
    }
    for (const words of options.analysisSizes) {
      const text = benchStory(options.corpus, words);
      const edited = oneWordEdit(text);
      const timings = Array.from({ length: options.runs }, () =>
        measureAnalysis(analyzer, text, edited),
      );
      analysis.push({
        words,
        fullMs: round(median(timings.map((t) => t.fullMs))),
        editMs: round(median(timings.map((t) => t.editMs)), 3),
        editFullMs: round(median(timings.map((t) => t.editFullMs))),
      });
      progress(
        `${words} words, analysis (${analyzer.name}): full ${analysis.at(-1)!.fullMs} ms, edit ${analysis.at(-1)!.editMs} ms, pass after edit ${analysis.at(-1)!.editFullMs} ms`,
      );
    }
    // Find stays on the bundled story: its word ("Willow") is that story's main character.
    if (options.variants.includes("draftwise") && !options.analysisOnly)
      find.push(await measureFindRow(Math.max(...options.sizes), options, bareServer));
  } finally {
    await bareServer.close();
  }
  const cliWords = Math.max(...options.sizes);
  const cliText = benchStory(options.corpus, cliWords);
  const cliTimes: number[] = [];
  for (let run = 0; run < options.runs; run++) cliTimes.push(await timeCliAnalyze(cliText));
  progress(
    `CLI analyze on ${cliWords} words: ${median(cliTimes).toFixed(0)} ms; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return {
    browser,
    runs: options.runs,
    typing,
    analysis,
    cliAnalyzeMs: round(median(cliTimes), 1),
    cliAnalyzeWords: cliWords,
    analyzer: analyzer.name,
    settledBy: [...settled].join(", "),
    keystrokes: options.keys,
    paceMs: options.paceMs,
    corpus: options.corpus,
    find,
  };
}

/** Find as you type and Replace All at `words`, the median of `runs` fresh browsers. */
async function measureFindRow(
  words: number,
  options: BenchOptions,
  bareServer: Awaited<ReturnType<typeof startBareServer>>,
): Promise<FindRow> {
  const text = repeatedStory(words);
  const results: FindResult[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const result = await measureFind(text, { settleMs: options.settleMs, bareServer });
    results.push(result);
    progress(
      `${words} words, find "${FIND_WORD}", run ${run}: longest task ${result.longestTaskMs.toFixed(0)} ms, count after ${result.countMs.toFixed(0)} ms, Replace All ${result.replaceAllMs.toFixed(0)} ms`,
    );
  }
  const m = (pick: (r: FindResult) => number): number => round(median(results.map(pick)), 1);
  return {
    words,
    word: FIND_WORD,
    matches: m((r) => r.matches),
    longestTaskMs: m((r) => r.longestTaskMs),
    countMs: m((r) => r.countMs),
    replaceAllMs: m((r) => r.replaceAllMs),
  };
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `bench: ${(error as Error).message} Usage: npm run bench -- [--json] [--quick] [--runs N] [--sizes 3000,30000] [--pace MS] [--keys N] [--settle MS] [--variants bare,draftwise] [--corpus prose|story] [--analysis-only]\n`,
    );
    process.exit(2);
  }
  const report = await runBench(options);
  process.stdout.write(
    options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
