/**
 * Where analysis runs: in a Web Worker in the app (inline-runner.ts runs it on the calling
 * thread, for tests). Both take splices and answer with results tagged by document version.
 * This module must not import the engine: the app's main thread would then load and compile
 * the whole analyzer (lexicon, detection) at startup only to leave it unused.
 */
import { StringTable } from "./intern";
import { applyPatch } from "./patch";
import type {
  AnalysisSettings,
  Dictionaries,
  DocAnalysis,
  ParagraphSplice,
  WorkerRequest,
  WorkerResponse,
} from "./protocol";

export interface AnalysisRunner {
  configure(settings: AnalysisSettings): void;
  setDictionaries(dictionaries: Dictionaries): void;
  request(version: number, splice: ParagraphSplice): void;
  onResult(listener: (version: number, analysis: DocAnalysis) => void): void;
  /**
   * Suggestions for a misspelt word, from the analysis's own speller (the story's words and
   * the cast's names known). Rejects when there are no dictionaries or the runner is disposed.
   */
  suggest(word: string): Promise<readonly string[]>;
  /**
   * True when no request is on its way, queued or running, and no pass is still to come (the
   * full pass after the fast answer): the answer last delivered is the last one.
   */
  idle(): boolean;
  dispose(): void;
}

/** A request for suggestions the worker has not answered yet. */
interface Waiting {
  resolve(words: readonly string[]): void;
  reject(error: Error): void;
}

export class WorkerRunner implements AnalysisRunner {
  /** Started on the first message: loading and compiling it competes with opening the story. */
  private worker: Worker | null = null;
  /** Settings given before the worker started: its first message. */
  private settings: AnalysisSettings | null = null;
  private listener: ((version: number, analysis: DocAnalysis) => void) | null = null;
  private readonly strings = new StringTable();
  /** The last answer received: the fast path's patches apply to it (patch.ts). */
  private last: DocAnalysis | null = null;
  /** Messages posted to the worker, and how many of them its latest answer had taken. */
  private sent = 0;
  private handled = 0;
  /** The latest answer said a full pass follows it. */
  private more = false;
  /** Suggestions asked for and not yet answered, by request id (not counted in `sent`). */
  private readonly suggesting = new Map<number, Waiting>();
  private suggestId = 0;

  private start(): Worker {
    const worker = new Worker(new URL("./analysis-worker.js", document.baseURI), {
      type: "module",
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === "suggestions") return this.answered(message);
      this.handled = message.handled;
      this.more = message.more;
      if (message.type === "error") return console.error(`analysis failed: ${message.message}`);
      if (message.type === "result") this.last = this.strings.internAll(message.analysis);
      else if (this.last) this.last = applyPatch(this.last, this.strings.internAll(message.patch));
      else return console.error("analysis failed: a patch came before any answer");
      this.listener?.(message.version, this.last);
    };
    if (this.settings) this.send(worker, { type: "settings", settings: this.settings });
    return worker;
  }

  private answered(message: Extract<WorkerResponse, { type: "suggestions" }>): void {
    const waiting = this.suggesting.get(message.id);
    this.suggesting.delete(message.id);
    if ("words" in message) waiting?.resolve(message.words);
    else waiting?.reject(new Error(message.error));
  }

  private send(worker: Worker, request: WorkerRequest): void {
    this.sent++;
    worker.postMessage(request);
  }

  private post(request: WorkerRequest): void {
    this.send((this.worker ??= this.start()), request);
  }

  idle(): boolean {
    return this.handled === this.sent && !this.more;
  }

  configure(settings: AnalysisSettings): void {
    if (this.worker) this.post({ type: "settings", settings });
    else this.settings = settings;
  }

  setDictionaries(dictionaries: Dictionaries): void {
    this.post({ type: "dictionaries", dictionaries });
  }

  request(version: number, splice: ParagraphSplice): void {
    this.post({ type: "analyze", version, splice });
  }

  onResult(listener: (version: number, analysis: DocAnalysis) => void): void {
    this.listener = listener;
  }

  suggest(word: string): Promise<readonly string[]> {
    const id = ++this.suggestId;
    const answer = new Promise<readonly string[]>((resolve, reject) =>
      this.suggesting.set(id, { resolve, reject }),
    );
    // Not through `post`: the analysis's count of requests (`idle`) leaves suggestions out.
    (this.worker ??= this.start()).postMessage({
      type: "suggest",
      id,
      word,
    } satisfies WorkerRequest);
    return answer;
  }

  dispose(): void {
    for (const waiting of this.suggesting.values())
      waiting.reject(new Error("The analysis stopped."));
    this.suggesting.clear();
    this.worker?.terminate();
    this.worker = null;
    this.last = null;
    this.sent = this.handled = 0;
    this.more = false;
  }
}
