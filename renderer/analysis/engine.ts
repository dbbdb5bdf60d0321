/**
 * The analysis engine as the worker runs it: the story's paragraphs, kept in step by splices,
 * and the core analyzer with its text-keyed caches. Also used directly (no worker) in tests.
 */
import { StoryAnalyzer } from "../../core/analyzer";
import { storyFromParagraphs } from "../../core/story";
import { applyCorrections, type SpeakerCorrection } from "../cast-model";
import type { AnalysisSettings, DocAnalysis, LocalNote, LocalQuote, ParagraphSplice } from "./protocol";

export class AnalysisEngine {
  private paragraphs: string[] = [];
  private analyzer = new StoryAnalyzer({});
  private corrections: readonly SpeakerCorrection[] = [];
  private dismissed: ReadonlySet<string> = new Set();

  configure(settings: AnalysisSettings): void {
    this.corrections = settings.corrections ?? [];
    this.dismissed = new Set(settings.dismissed ?? []);
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
    const kept = (name: string | null): boolean => name === null || !this.dismissed.has(name);
    const quotes = result.quotes.map((q): LocalQuote => {
      const l = local({ ...q, confidence: q.confidence ?? 1 });
      return kept(l.speaker) ? l : { ...l, speaker: null, confidence: 0 };
    });
    return {
      scenes: result.scenes.map((s) => (this.dismissed.size ? { ...s, characters: s.characters.filter(kept), pov: kept(s.pov) ? s.pov : null } : s)),
      characters: result.characters.filter((c) => kept(c.name)),
      // The writer's corrections win over attribution.
      quotes: applyCorrections(quotes, (p) => this.paragraphs[p] ?? "", this.corrections),
      mentions: result.mentions.filter((m) => kept(m.character)).map(local),
      notes: result.notes.map((n) => local(n) as LocalNote),
      ms: performance.now() - started,
    };
  }
}
