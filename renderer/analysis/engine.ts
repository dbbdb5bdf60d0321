/**
 * The analysis engine as the worker runs it: the story's paragraphs, kept in step by splices,
 * and the core analyzer with its text-keyed caches. Also used directly (no worker) in tests.
 */
import { StoryAnalyzer } from "../../core/analyzer";
import { storyFromParagraphs } from "../../core/story";
import type { AnalysisSettings, DocAnalysis, LocalNote, ParagraphSplice } from "./protocol";

export class AnalysisEngine {
  private paragraphs: string[] = [];
  private analyzer = new StoryAnalyzer({});

  configure(settings: AnalysisSettings): void {
    this.analyzer = new StoryAnalyzer({
      cast: settings.cast,
      storyWords: settings.storyWords,
      ...(settings.dictionaries ? { dictionaries: settings.dictionaries } : {}),
    });
  }

  apply(splice: ParagraphSplice): void {
    this.paragraphs.splice(splice.start, splice.deleteCount, ...splice.insert);
  }

  /** Analyses the current paragraphs; offsets in the result are local to each paragraph. */
  analyze(): DocAnalysis {
    const started = performance.now();
    const story = storyFromParagraphs(this.paragraphs);
    const result = this.analyzer.analyze(story);
    const offsetOf = (p: number): number => story.paragraphs[p]?.offset ?? 0;
    const local = <T extends { paragraph: number; from: number; to: number }>(r: T): T => ({
      ...r,
      from: r.from - offsetOf(r.paragraph),
      to: r.to - offsetOf(r.paragraph),
    });
    return {
      scenes: result.scenes,
      characters: result.characters,
      quotes: result.quotes.map((q) => local({ ...q, confidence: q.confidence ?? 1 })),
      mentions: result.mentions.map(local),
      notes: result.notes.map((n) => local(n) as LocalNote),
      ms: performance.now() - started,
    };
  }
}
