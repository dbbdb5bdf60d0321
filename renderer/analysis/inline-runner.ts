/** The analysis engine on the calling thread: for tests, where there is no worker to start. */
import { AnalysisEngine } from "./engine";
import type { AnalysisRunner } from "./runner";
import type { AnalysisSettings, Dictionaries, DocAnalysis, ParagraphSplice } from "./protocol";

/** Runs the engine on the calling thread, after a microtask (tests, environments without workers). */
export class InlineRunner implements AnalysisRunner {
  private readonly engine = new AnalysisEngine();
  private listener: ((version: number, analysis: DocAnalysis) => void) | null = null;

  configure(settings: AnalysisSettings): void {
    this.engine.configure(settings);
  }

  setDictionaries(dictionaries: Dictionaries): void {
    this.engine.setDictionaries(dictionaries);
  }

  request(version: number, splice: ParagraphSplice): void {
    this.engine.apply(splice);
    void Promise.resolve().then(() => this.listener?.(version, this.engine.analyze()));
  }

  onResult(listener: (version: number, analysis: DocAnalysis) => void): void {
    this.listener = listener;
  }

  dispose(): void {
    this.listener = null;
  }
}
