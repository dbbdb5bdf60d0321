/**
 * The analysis in Node, as the CLI and the editor's worker run it: a full analysis of the story,
 * then after a one-word edit the worker's fast path (`update`: the edited paragraph against the
 * last full pass, which is what the writer sees first) and the full story-wide pass it runs
 * next, on the same analyzer so its per-paragraph caches are warm.
 */
import { performance } from "node:perf_hooks";
import { StoryAnalyzer } from "../core/analyzer";
import { parseStory, type StoryText } from "../core/story";

export interface AnalysisResult {
  readonly fullMs: number;
  /** The editor's fast path after the edit: the edited paragraph against the last full pass. */
  readonly editMs: number;
  /** The full story-wide pass after the edit, caches warm (the worker runs it when typing pauses). */
  readonly editFullMs: number;
}

export interface AnalyzerSource {
  readonly name: string;
}

/** What is measured: the incremental analyzer the CLI, the worker and the bench share. */
export async function loadAnalyzer(): Promise<AnalyzerSource> {
  return { name: "StoryAnalyzer" };
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

/** The one paragraph two versions of a story differ in (the bench edits exactly one). */
function changedParagraph(before: StoryText, after: StoryText): number {
  const n = Math.min(before.paragraphs.length, after.paragraphs.length);
  for (let i = 0; i < n; i++)
    if (before.paragraphs[i]!.text !== after.paragraphs[i]!.text) return i;
  return n - 1;
}

/** A full analysis, then after a one-word edit the fast path and the full pass, on a fresh analyzer. */
export function measureAnalysis(
  _source: AnalyzerSource,
  text: string,
  edited = oneWordEdit(text),
): AnalysisResult {
  const analyzer = new StoryAnalyzer({});
  const story = parseStory(text);
  const next = parseStory(edited);
  let start = performance.now();
  analyzer.analyze(story);
  const fullMs = performance.now() - start;
  start = performance.now();
  analyzer.update(next, { start: changedParagraph(story, next), deleteCount: 1, insertCount: 1 });
  const editMs = performance.now() - start;
  start = performance.now();
  analyzer.analyze(next);
  return { fullMs, editMs, editFullMs: performance.now() - start };
}
