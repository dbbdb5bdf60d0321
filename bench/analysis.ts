/**
 * The analysis in Node, as the CLI and the editor's worker would run it: a full analysis of the
 * story, then a re-analysis after a one-word edit on the same analyzer, so whatever it caches
 * per paragraph is warm. Uses core/analyzer.ts's `StoryAnalyzer` when that exists, else the
 * one-shot `analyzeStory` (which then has nothing to reuse).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { parseStory } from "../core/story";

export interface AnalysisResult {
  readonly fullMs: number;
  readonly editMs: number;
}

/** Something that analyses successive versions of one story. */
type Analyze = (text: string) => unknown;

export interface AnalyzerSource {
  /** "StoryAnalyzer" or "analyzeStory": what was measured. */
  readonly name: string;
  /** A fresh analyzer with empty caches. */
  create(): Analyze;
}

const CORE = path.resolve(import.meta.dirname, "../core");
const OPTIONS = { file: "bench.txt" };

/** Finds the incremental analyzer if it has landed, else the one-shot function. */
export async function loadAnalyzer(): Promise<AnalyzerSource> {
  const incremental = path.join(CORE, "analyzer.ts");
  if (existsSync(incremental)) {
    // A computed specifier: the file may not exist yet when this is type-checked.
    const mod = (await import(pathToFileURL(incremental).href)) as { StoryAnalyzer?: new (o: typeof OPTIONS) => { analyze: Analyze } };
    const StoryAnalyzer = mod.StoryAnalyzer;
    if (StoryAnalyzer) {
      return {
        name: "StoryAnalyzer",
        create: () => {
          const analyzer = new StoryAnalyzer(OPTIONS);
          return (text) => analyzer.analyze(text);
        },
      };
    }
  }
  const { analyzeStory } = await import("../core/analyze");
  return { name: "analyzeStory", create: () => (text) => analyzeStory(text, OPTIONS) };
}

/** The text with one word in its middle paragraph changed (an "s" added to it). */
export function oneWordEdit(text: string): string {
  const paragraphs = parseStory(text).paragraphs.filter((p) => !p.isBreak && p.text.length > 40);
  const p = paragraphs[Math.floor(paragraphs.length / 2)];
  if (!p) return text + " edit";
  const space = p.text.indexOf(" ", p.text.length >> 1);
  const end = p.text.slice(space + 1).search(/[^\p{L}]/u);
  const at = p.offset + space + 1 + (end < 0 ? p.text.length - space - 1 : end);
  return text.slice(0, at) + "s" + text.slice(at);
}

/** One full analysis and one re-analysis after a one-word edit, on a fresh analyzer. */
export function measureAnalysis(source: AnalyzerSource, text: string, edited = oneWordEdit(text)): AnalysisResult {
  const analyze = source.create();
  let start = performance.now();
  analyze(text);
  const fullMs = performance.now() - start;
  start = performance.now();
  analyze(edited);
  return { fullMs, editMs: performance.now() - start };
}
