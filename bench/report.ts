/**
 * The bench's result as the contract's JSON object, and as a readable table with the ratios
 * the budgets are written in (Draftwise over bare at the same size).
 */
import { round } from "./stats";
import type { Variant } from "./typing";

export interface TypingRow {
  readonly words: number;
  readonly variant: Variant;
  readonly readyMs: number;
  readonly keyP50Ms: number;
  readonly keyP95Ms: number;
  readonly jsP50Ms: number;
  readonly jsP95Ms: number;
  readonly heapMB: number;
  readonly domNodes: number;
}

export interface AnalysisRow {
  readonly words: number;
  readonly fullMs: number;
  readonly editMs: number;
  /** The full story-wide pass after the edit (warm caches), which follows the fast path. */
  readonly editFullMs?: number;
}

/** Find as you type and Replace All in the app, at the largest size measured. */
export interface FindRow {
  readonly words: number;
  readonly word: string;
  readonly matches: number;
  readonly longestTaskMs: number;
  readonly countMs: number;
  readonly replaceAllMs: number;
}

/** The contract's object; fields after `analysis` are additions. */
export interface BenchReport {
  readonly browser: string;
  readonly runs: number;
  readonly typing: readonly TypingRow[];
  readonly analysis: readonly AnalysisRow[];
  /** `draftwise analyze FILE --json` as a whole process, median over runs. */
  readonly cliAnalyzeMs: number;
  readonly cliAnalyzeWords: number;
  /** What was timed for `analysis`: "StoryAnalyzer" (incremental) or "analyzeStory". */
  readonly analyzer: string;
  /** How the app was judged settled before typing. */
  readonly settledBy: string;
  readonly keystrokes: number;
  readonly paceMs: number;
  /** The text typed into and analysed (bench/corpus.ts): absent from reports before 2026-12-05. */
  readonly corpus?: string;
  /** Find and Replace All (issue 20): absent from reports made before it was measured. */
  readonly find?: readonly FindRow[];
}

/** Draftwise over bare for one size: the quantities the budgets name. */
export interface Ratios {
  readonly words: number;
  readonly keyP95: number;
  readonly keyP50: number;
  /** Draftwise's p95 editor time minus bare's, in ms (the budget is an allowance, not a ratio). */
  readonly jsP95DeltaMs: number;
  readonly ready: number;
  readonly heap: number;
  readonly domNodes: number;
}

export function ratios(report: BenchReport): Ratios[] {
  const sizes = [...new Set(report.typing.map((r) => r.words))];
  return sizes.flatMap((words) => {
    const bare = report.typing.find((r) => r.words === words && r.variant === "bare");
    const app = report.typing.find((r) => r.words === words && r.variant === "draftwise");
    if (!bare || !app) return [];
    return [
      {
        words,
        keyP95: round(app.keyP95Ms / bare.keyP95Ms),
        keyP50: round(app.keyP50Ms / bare.keyP50Ms),
        jsP95DeltaMs: round(app.jsP95Ms - bare.jsP95Ms),
        ready: round(app.readyMs / bare.readyMs),
        heap: round(app.heapMB / bare.heapMB),
        domNodes: round(app.domNodes / bare.domNodes),
      },
    ];
  });
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string =>
    `| ${r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w, i) => "-".repeat(w + 1) + (i < 2 ? "-" : ":")).join("|")}|`,
    ...cells.slice(1).map(line),
  ].join("\n");
}

const n = (v: number, digits = 1): string =>
  v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The report as Markdown tables (the README's Performance section uses this verbatim). */
export function formatReport(report: BenchReport): string {
  const typing = table(
    [
      "Words",
      "Variant",
      "Ready ms",
      "Key p50 ms",
      "Key p95 ms",
      "JS p50 ms",
      "JS p95 ms",
      "Heap MB",
      "DOM nodes",
    ],
    report.typing.map((r) => [
      n(r.words, 0),
      r.variant,
      n(r.readyMs, 0),
      n(r.keyP50Ms),
      n(r.keyP95Ms),
      n(r.jsP50Ms, 2),
      n(r.jsP95Ms, 2),
      n(r.heapMB),
      n(r.domNodes, 0),
    ]),
  );
  const ratioTable = table(
    ["Words", "vs bare", "Key p95", "Key p50", "JS p95 +ms", "Ready", "Heap", "DOM"],
    ratios(report).map((r) => [
      n(r.words, 0),
      "draftwise / bare",
      `${n(r.keyP95, 2)}x`,
      `${n(r.keyP50, 2)}x`,
      n(r.jsP95DeltaMs, 2),
      `${n(r.ready, 2)}x`,
      `${n(r.heap, 2)}x`,
      `${n(r.domNodes, 2)}x`,
    ]),
  );
  const analysis = table(
    ["Words", "Analyzer", "Full ms", "Edit ms (fast path)", "Full pass after edit ms"],
    report.analysis.map((r) => [
      n(r.words, 0),
      report.analyzer,
      n(r.fullMs),
      n(r.editMs, 2),
      r.editFullMs === undefined ? "" : n(r.editFullMs),
    ]),
  );
  const find = table(
    ["Words", "Find", "Matches", "Longest task ms", "Count after ms", "Replace All ms"],
    (report.find ?? []).map((r) => [
      n(r.words, 0),
      `"${r.word}" typed`,
      n(r.matches, 0),
      n(r.longestTaskMs, 0),
      n(r.countMs, 0),
      n(r.replaceAllMs, 0),
    ]),
  );
  return [
    `${report.browser}, median of ${report.runs} run(s), ${report.keystrokes} keystrokes at least ${report.paceMs} ms apart; app settled by: ${report.settledBy}; text: ${report.corpus ?? "story"}.`,
    ...(report.typing.length ? ["", typing, "", ratioTable] : []),
    "",
    analysis,
    "",
    `CLI \`analyze --json\` on ${n(report.cliAnalyzeWords, 0)} words, whole process: ${n(report.cliAnalyzeMs, 0)} ms.`,
    ...(report.find?.length ? ["", find] : []),
  ].join("\n");
}
