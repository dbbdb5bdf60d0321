/** The analysis engine on the calling thread: for tests, where there is no worker to start. */
import { AnalysisEngine } from "./engine";
import type { AnalysisRunner } from "./runner";
import type { AnalysisSettings, Dictionaries, DocAnalysis, ParagraphSplice } from "./protocol";

/** Runs the engine on the calling thread, after a microtask (tests, environments without workers). */
export class InlineRunner implements AnalysisRunner {
  private readonly engine = new AnalysisEngine();
  private listener: ((version: number, analysis: DocAnalysis) => void) | null = null;
  /** Requests whose answer is not yet delivered. */
  private pending = 0;

  configure(settings: AnalysisSettings): void {
    this.engine.configure(settings);
  }

  setDictionaries(dictionaries: Dictionaries): void {
    this.engine.setDictionaries(dictionaries);
  }

  request(version: number, splice: ParagraphSplice): void {
    this.engine.apply(splice);
    this.pending++;
    // Unawaited on purpose: the answer comes through the listener, as the worker's does.
    void Promise.resolve().then(() => {
      this.pending--;
      this.listener?.(version, this.engine.analyze());
    });
  }

  suggest(word: string): Promise<readonly string[]> {
    // Answered after a microtask, as the worker answers after its message: never synchronously.
    return Promise.resolve().then(() => this.engine.suggest(word));
  }

  idle(): boolean {
    return this.pending === 0;
  }

  /** The engine runs on this thread: an analysis that throws is the caller's, no worker stops. */
  onStop(): void {}

  restart(): void {}

  onResult(listener: (version: number, analysis: DocAnalysis) => void): void {
    this.listener = listener;
  }

  dispose(): void {
    this.listener = null;
  }
}
