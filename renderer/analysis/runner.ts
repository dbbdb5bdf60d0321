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

/**
 * The worker stopped: it failed to load, threw outside a request, died, or one of its analyses
 * threw. Every suggestion waiting on it was rejected. `restarted`: a new worker has the settings
 * and the dictionaries and waits for the story; false when it stopped again on the same story
 * within a short while, and analysis is off until `restart()`.
 */
export interface AnalysisStop {
  readonly message: string;
  readonly restarted: boolean;
}

export interface AnalysisRunner {
  configure(settings: AnalysisSettings): void;
  /**
   * Sent once: kept for a worker not started yet and for one started again after a stop, each
   * of which gets them before the story.
   */
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
  /** Hears each stop of the analysis (a worker that failed); the runner restarts it itself. */
  onStop(listener: (stop: AnalysisStop) => void): void;
  /** Turns analysis back on after it was given up (another story opened). */
  restart(): void;
  dispose(): void;
}

/**
 * A second stop within this long of the first, with no edit between (the same story text), is
 * taken as the story's doing: restarting again would only fail again.
 */
export const RESTART_WINDOW_MS = 30_000;
/** Stops within the window after which analysis is given up even across edits. */
const MOST_RESTARTS = 3;

/**
 * How long the worker may take to answer, for a story of `chars` characters, before it is taken
 * as stuck (an endless loop fires no event): a fixed part for starting and loading the speller,
 * and a part per character. The slowest honest request is a novel's first full pass with
 * spelling: 300,000 words of the bench's prose (1.7 million characters) took 10 s of CPU and
 * 48 s of wall time on two cores at load 15; its budget here is 131 s.
 */
export function answerBudgetMs(chars: number): number {
  return 30_000 + chars * 0.06;
}

/**
 * The watchdog looks at the clock this often while the worker owes an answer, and counts only
 * the time between two looks that were close together: a longer gap is time the page did not
 * run (the computer asleep, the page suspended or its thread blocked), when the worker did no
 * work either, or its answer could not be read. (One timer of the whole budget fired on waking,
 * after a sleep on a clock that runs on through it, and stopped an honest worker.)
 */
export const WATCH_EVERY_MS = 1000;
const MOST_COUNTED_GAP_MS = 5000;

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
  private stopListener: ((stop: AnalysisStop) => void) | null = null;
  /** The latest request's version: a stop with no newer one came on the same text. */
  private version = 0;
  /** Recent stops: when, and the version then. */
  private stops: { readonly at: number; readonly version: number }[] = [];
  /** The dictionaries last sent, for a new worker. */
  private dictionaries: Dictionaries | null = null;
  /** Analysis was given up: requests are dropped until `restart()`. */
  private off = false;
  /** The length of each paragraph the worker holds, and their sum: the watchdog's measure. */
  private lengths: number[] = [];
  private chars = 0;
  /** Looks every `WATCH_EVERY_MS` whether the worker has been silent past its time. */
  private watchdog: ReturnType<typeof setInterval> | undefined;

  /** `now` is the clock for the restart window (a test's own). */
  constructor(private readonly now: () => number = () => performance.now()) {}

  private start(): Worker {
    const worker = new Worker(new URL("./analysis-worker.js", document.baseURI), {
      type: "module",
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      // A stopped worker's last words: what it was asked is forgotten, its answers too.
      if (worker !== this.worker) return;
      const message = event.data;
      if (message.type === "suggestions") return this.answered(message);
      this.handled = message.handled;
      this.more = message.more;
      // An answer: the worker is alive, and what is still asked of it gets a new time.
      this.watch(true);
      // One analysis threw: its worker may hold half-applied state, so it goes as a crash does.
      if (message.type === "error") return this.stopped(worker, message.message);
      if (message.type === "result") this.last = this.strings.internAll(message.analysis);
      else if (this.last) this.last = applyPatch(this.last, this.strings.internAll(message.patch));
      else return console.error("analysis failed: a patch came before any answer");
      this.listener?.(message.version, this.last);
    };
    // A script that failed to load or threw outside a request, or a message it could not read.
    worker.onerror = (event: ErrorEvent) => {
      // Reported once, below, not again as an uncaught error of the page.
      event.preventDefault();
      this.stopped(worker, event.message || "the analysis worker could not run");
    };
    worker.onmessageerror = () => this.stopped(worker, "a message could not be read");
    this.worker = worker;
    if (this.settings) this.send(worker, { type: "settings", settings: this.settings });
    // Before the story, so a restarted worker's first answer has its spelling notes already.
    if (this.dictionaries)
      this.send(worker, { type: "dictionaries", dictionaries: this.dictionaries });
    return worker;
  }

  /**
   * `worker` failed: its waiting requests are rejected or forgotten and a new worker starts with
   * the settings (the caller sends the story again, on `onStop`), unless it failed on this text
   * already within the window.
   */
  private stopped(worker: Worker, message: string, waited = 0): void {
    if (worker !== this.worker) return;
    console.error(`analysis stopped: ${message}`);
    const at = this.now();
    this.stops = this.stops.filter((stop) => at - stop.at < RESTART_WINDOW_MS + waited);
    const again =
      this.stops.some((stop) => stop.version === this.version) ||
      this.stops.length + 1 >= MOST_RESTARTS;
    this.stops.push({ at, version: this.version });
    this.reset(new Error("The analysis stopped."));
    this.off = again;
    if (!again) this.start();
    this.stopListener?.({ message, restarted: !again });
  }

  /** Ends the worker and forgets what it was asked; suggestions waiting on it get `error`. */
  private reset(error: Error): void {
    clearInterval(this.watchdog);
    this.watchdog = undefined;
    for (const waiting of this.suggesting.values()) waiting.reject(error);
    this.suggesting.clear();
    this.worker?.terminate();
    this.worker = null;
    this.last = null;
    this.sent = this.handled = 0;
    this.more = false;
  }

  private answered(message: Extract<WorkerResponse, { type: "suggestions" }>): void {
    const waiting = this.suggesting.get(message.id);
    this.suggesting.delete(message.id);
    if ("words" in message) waiting?.resolve(message.words);
    else waiting?.reject(new Error(message.error));
    this.watch(true);
  }

  private send(worker: Worker, request: WorkerRequest): void {
    this.sent++;
    worker.postMessage(request);
    this.watch(false);
  }

  private post(request: WorkerRequest): void {
    if (this.off) return;
    this.send(this.worker ?? this.start(), request);
  }

  /**
   * Keeps the watchdog: set while something asked has no answer, from the first request or the
   * last answer (`answered`), not put off by requests sent meanwhile (the writer typing on).
   * A worker silent for its time, counted while the page runs (`WATCH_EVERY_MS`), is stopped
   * as one that crashed.
   */
  private watch(answered: boolean): void {
    if (answered || !this.waiting()) {
      clearInterval(this.watchdog);
      this.watchdog = undefined;
    }
    if (this.watchdog !== undefined || !this.waiting() || !this.worker) return;
    const worker = this.worker;
    const budget = answerBudgetMs(this.chars);
    let silent = 0;
    let looked = this.now();
    this.watchdog = setInterval(() => {
      const at = this.now();
      if (at - looked <= MOST_COUNTED_GAP_MS) silent += Math.max(0, at - looked);
      looked = at;
      if (silent < budget) return;
      clearInterval(this.watchdog);
      this.watchdog = undefined;
      const seconds = Math.round(budget / 1000);
      // The next worker is given as long again on this text before it counts as stuck again.
      this.stopped(worker, `the analysis did not answer within ${seconds} seconds`, budget);
    }, WATCH_EVERY_MS);
  }

  /** Something asked of the worker has no answer yet. */
  private waiting(): boolean {
    return !this.idle() || this.suggesting.size > 0;
  }

  idle(): boolean {
    return this.handled === this.sent && !this.more;
  }

  configure(settings: AnalysisSettings): void {
    // Kept for a worker started later, or again after a stop.
    this.settings = settings;
    if (this.worker) this.post({ type: "settings", settings });
  }

  setDictionaries(dictionaries: Dictionaries): void {
    // Kept (about 2.7 MB of text) for a worker started again, as the settings are; given before
    // the story, they wait for the worker the story starts and reach it ahead of the story, so
    // its first pass is spelled (one pass, not a pass and a second one for the spelling).
    this.dictionaries = dictionaries;
    if (this.worker) this.post({ type: "dictionaries", dictionaries });
  }

  request(version: number, splice: ParagraphSplice): void {
    this.version = version;
    const { start, deleteCount, insert } = splice;
    const inserted = insert.map((text) => text.length);
    // A whole story's request deletes `Number.MAX_SAFE_INTEGER` paragraphs (plugin.ts).
    const end = Math.min(start + deleteCount, this.lengths.length);
    for (let i = start; i < end; i++) this.chars -= this.lengths[i]!;
    for (const length of inserted) this.chars += length;
    // Not `splice(..., ...inserted)`: a whole novel's paragraphs are too many arguments.
    const after = this.lengths.slice(end);
    this.lengths.length = Math.min(start, this.lengths.length);
    for (const length of inserted) this.lengths.push(length);
    for (const length of after) this.lengths.push(length);
    this.post({ type: "analyze", version, splice });
  }

  onResult(listener: (version: number, analysis: DocAnalysis) => void): void {
    this.listener = listener;
  }

  onStop(listener: (stop: AnalysisStop) => void): void {
    this.stopListener = listener;
  }

  restart(): void {
    this.off = false;
    this.stops = [];
  }

  suggest(word: string): Promise<readonly string[]> {
    if (this.off) return Promise.reject(new Error("The analysis is off for this story."));
    const id = ++this.suggestId;
    const answer = new Promise<readonly string[]>((resolve, reject) =>
      this.suggesting.set(id, { resolve, reject }),
    );
    // Not through `post`: the analysis's count of requests (`idle`) leaves suggestions out.
    (this.worker ?? this.start()).postMessage({
      type: "suggest",
      id,
      word,
    } satisfies WorkerRequest);
    this.watch(false);
    return answer;
  }

  dispose(): void {
    this.reset(new Error("The analysis stopped."));
  }
}
