/**
 * One-shot analysis for the CLI: the contract's object (CONTRACT.md), without the editor-only
 * fields. The editor and the benchmark use `StoryAnalyzer` directly to keep its caches.
 */
import { StoryAnalyzer, type AnalyzerOptions } from "./analyzer";
import type { Analysis } from "./model";

export interface AnalyzeOptions extends AnalyzerOptions {
  /** The file name reported back. */
  readonly file: string;
}

/**
 * Analyses a story's text. Pure: the same text and options give the same result.
 *
 * A description the analysis lists among the characters ("the cashier", unnamed) speaks under
 * that name: the contract's `speaker` is a character's name, and the listed description is one.
 * (The editor keeps these lines apart, under "Unnamed speakers".)
 */
export function analyzeStory(text: string, options: AnalyzeOptions): Analysis {
  const { mentions: _mentions, ...analysis } = new StoryAnalyzer(options).analyze(
    text,
    options.file,
  );
  const listed = new Set(analysis.characters.filter((c) => c.unnamed).map((c) => c.name));
  return {
    ...analysis,
    quotes: analysis.quotes.map((q) => ({
      paragraph: q.paragraph,
      index: q.index,
      from: q.from,
      to: q.to,
      text: q.text,
      speaker: q.speaker ?? (q.unnamed && listed.has(q.unnamed) ? q.unnamed : null),
      confidence: q.confidence,
    })),
  };
}
