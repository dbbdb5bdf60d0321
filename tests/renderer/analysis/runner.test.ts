/**
 * The worker runner's bookkeeping when its worker fails (worker-33): a fake Worker stands in
 * for the analysis worker, so the test says what the worker answers, throws or dies of.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  RESTART_WINDOW_MS,
  WATCH_EVERY_MS,
  answerBudgetMs,
  WorkerRunner,
  type AnalysisStop,
} from "../../../renderer/analysis/runner";
import type {
  DocAnalysis,
  WorkerRequest,
  WorkerResponse,
} from "../../../renderer/analysis/protocol";

class FakeWorker {
  static made: FakeWorker[] = [];
  readonly posted: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;

  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: WorkerRequest): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker answers. */
  answer(response: WorkerResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
  /** The worker throws outside a request, fails to load, or dies: an error event on the page. */
  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

const splice = { start: 0, deleteCount: 0, insert: ["One line."] };
const settings = { cast: [], storyWords: [] };
const empty = {
  scenes: [],
  characters: [],
  quotes: [],
  mentions: { ranges: [], names: [] },
  notes: [],
  ms: 1,
} satisfies DocAnalysis;

/**
 * A runner on fake workers (the page's `Worker` and `document` stubbed, its stop logs quiet),
 * configured, its stops gathered; `clock` is its restart window's clock.
 */
function fakeRunner(clock: () => number): { runner: WorkerRunner; stops: AnalysisStop[] } {
  FakeWorker.made = [];
  vi.stubGlobal("Worker", FakeWorker);
  vi.stubGlobal("document", { baseURI: "file:///app/" });
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  const runner = new WorkerRunner(clock);
  const stops: AnalysisStop[] = [];
  runner.onStop((stop) => stops.push(stop));
  runner.configure(settings);
  return { runner, stops };
}

describe("the analysis runner when its worker fails", () => {
  let clock = 0;
  let runner: WorkerRunner;
  let stops: AnalysisStop[];
  const latest = (): FakeWorker => FakeWorker.made.at(-1)!;

  beforeEach(() => {
    clock = 0;
    ({ runner, stops } = fakeRunner(() => clock));
    runner.request(1, splice);
  });
  afterEach(() => {
    // The runner's watchdog is a real timer here: left running it fires in a later test file
    // of the same worker thread, where there is no Worker to restart.
    runner.dispose();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("rejects a waiting suggestion and logs once when the worker dies", async () => {
    const asked = runner.suggest("recieve");
    latest().fail("out of memory");
    await expect(asked).rejects.toThrow("The analysis stopped.");
    expect(console.error).toHaveBeenCalledTimes(1);
  });

  it("starts a new worker with the settings and tells its listener, who sends the story again", () => {
    const first = latest();
    first.fail("out of memory");
    expect(first.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
    expect(latest().posted).toEqual([{ type: "settings", settings }]);
    expect(stops).toEqual([{ message: "out of memory", restarted: true }]);
    // Not idle: the settings are on their way; then the story is sent and answered.
    runner.request(1, splice);
    expect(runner.idle()).toBe(false);
  });

  it("treats an analysis that threw inside the worker as a stop", async () => {
    const asked = runner.suggest("recieve");
    latest().answer({ type: "error", version: 1, message: "boom", handled: 2, more: false });
    await expect(asked).rejects.toThrow("The analysis stopped.");
    expect(stops).toEqual([{ message: "boom", restarted: true }]);
    expect(console.error).toHaveBeenCalledTimes(1);
  });

  it("gives up when the new worker fails again on the same text, and is idle, until restarted", async () => {
    latest().fail("boom");
    runner.request(1, splice);
    clock += 1000;
    latest().fail("boom");
    expect(stops.map((s) => s.restarted)).toEqual([true, false]);
    expect(FakeWorker.made).toHaveLength(2);
    runner.request(1, splice);
    expect(runner.idle()).toBe(true);
    await expect(runner.suggest("recieve")).rejects.toThrow();
    expect(FakeWorker.made).toHaveLength(2);

    runner.restart();
    runner.request(2, splice);
    expect(FakeWorker.made).toHaveLength(3);
    expect(runner.idle()).toBe(false);
  });

  it("restarts again after an edit, or once the window has passed", () => {
    latest().fail("boom");
    runner.request(2, splice);
    latest().fail("boom");
    expect(stops.at(-1)?.restarted).toBe(true);
    clock += RESTART_WINDOW_MS;
    runner.request(2, splice);
    latest().fail("boom");
    expect(stops.at(-1)?.restarted).toBe(true);
  });

  it("sends a worker it starts again the dictionaries before the story: its first answer is spelled", () => {
    const dictionaries = [{ aff: "SET UTF-8", dic: "1\ncolour" }];
    runner.setDictionaries(dictionaries);
    latest().fail("boom");
    runner.request(1, splice);
    expect(latest().posted.map((r) => r.type)).toEqual(["settings", "dictionaries", "analyze"]);
    expect(latest().posted[1]).toEqual({ type: "dictionaries", dictionaries });

    latest().fail("boom");
    runner.restart();
    runner.request(2, splice);
    expect(FakeWorker.made).toHaveLength(3);
    expect(latest().posted.map((r) => r.type)).toEqual(["settings", "dictionaries", "analyze"]);
  });

  it("hears nothing more from a worker it replaced", () => {
    const first = latest();
    first.fail("boom");
    first.fail("boom again");
    expect(stops).toHaveLength(1);
  });
});

describe("the analysis runner when its worker never answers", () => {
  let clock = 0;
  let runner: WorkerRunner;
  let stops: AnalysisStop[];
  const latest = (): FakeWorker => FakeWorker.made.at(-1)!;
  /** The runner's clock and the page's timers move together, a tenth of a second at a time. */
  const wait = (ms: number): void => {
    for (let left = ms; left > 0; left -= 100) {
      clock += Math.min(100, left);
      vi.advanceTimersByTime(Math.min(100, left));
    }
  };
  /**
   * The computer sleeps for `ms` (or the page is suspended): the clock moves on, and the timers
   * due meanwhile all run when it wakes. The worker did no work in that time.
   */
  const sleep = (ms: number): void => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    ({ runner, stops } = fakeRunner(() => clock));
  });
  afterEach(() => {
    runner.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("gives a longer story a longer time, a novel's well over a minute", () => {
    expect(answerBudgetMs(1_000)).toBeLessThan(answerBudgetMs(1_000_000));
    // 300,000 words of prose are about 1.7 million characters.
    expect(answerBudgetMs(1_700_000)).toBeGreaterThan(60_000);
  });

  it("takes a worker that does not answer in its time as stopped, restarts once, then gives up", async () => {
    runner.request(1, splice);
    const asked = runner.suggest("recieve");
    const budget = answerBudgetMs("One line.".length);
    wait(budget - 100);
    expect(stops).toEqual([]);
    // It looks at the clock once a second: it is found within a second past its time.
    wait(100 + WATCH_EVERY_MS);
    await expect(asked).rejects.toThrow("The analysis stopped.");
    expect(stops).toHaveLength(1);
    expect(stops[0]!.restarted).toBe(true);
    expect(stops[0]!.message).toMatch(/did not answer/);
    expect(FakeWorker.made[0]!.terminated).toBe(true);

    // The controller sends the story again; the new worker hangs on it too.
    runner.request(1, splice);
    wait(budget + WATCH_EVERY_MS);
    expect(stops.map((s) => s.restarted)).toEqual([true, false]);
    expect(runner.idle()).toBe(true);
  });

  it("measures the time from the last answer, not from the first request", () => {
    runner.request(1, splice);
    const budget = answerBudgetMs("One line.".length);
    wait(budget - 100);
    // The fast answer; the full pass follows and takes its own time.
    latest().answer({ type: "result", version: 1, analysis: empty, handled: 2, more: true });
    wait(budget - 100);
    latest().answer({ type: "result", version: 1, analysis: empty, handled: 2, more: false });
    wait(budget * 3);
    expect(stops).toEqual([]);
  });

  it("keeps counting while the writer types: new requests do not put the alarm off", () => {
    runner.request(1, splice);
    const budget = answerBudgetMs("One line.".length);
    for (let version = 2; clock < budget + WATCH_EVERY_MS; version++) {
      wait(500);
      runner.request(version, { start: 0, deleteCount: 1, insert: ["One line" + version] });
    }
    expect(stops).toHaveLength(1);
  });

  it("does not count the time the computer slept: no false alarm on waking", () => {
    // The author's doubt (qa-34): the watchdog ran on the page's clock, and a laptop closed
    // mid-pass woke to "the analysis did not answer" and a restart of an honest worker.
    runner.request(1, splice);
    const budget = answerBudgetMs("One line.".length);
    wait(budget / 2);
    sleep(10 * 60_000);
    wait(budget / 2 - 2000);
    expect(stops).toEqual([]);
    // Awake, the worker's time runs on: one stuck on this text is still found.
    wait(4000);
    expect(stops).toHaveLength(1);
  });

  it("sizes the time by the story the worker holds", () => {
    const novel = Array.from({ length: 2000 }, () => "x".repeat(800));
    runner.request(1, { start: 0, deleteCount: 0, insert: novel });
    wait(answerBudgetMs(100) + 1000);
    expect(stops).toEqual([]);
    wait(answerBudgetMs(2000 * 800));
    expect(stops).toHaveLength(1);
  });

  it("sizes a whole story sent again (another story opened) by that story alone", () => {
    const novel = Array.from({ length: 2000 }, () => "x".repeat(800));
    runner.request(1, { start: 0, deleteCount: Number.MAX_SAFE_INTEGER, insert: novel });
    latest().answer({ type: "result", version: 1, analysis: empty, handled: 2, more: false });
    runner.request(2, { start: 0, deleteCount: Number.MAX_SAFE_INTEGER, insert: ["Short."] });
    wait(answerBudgetMs(100) + 1000);
    expect(stops).toHaveLength(1);
  });
});

describe("the analysis runner as a story opens", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("starts no worker for dictionaries given before the story, and sends them ahead of it: one spelled pass", () => {
    const { runner } = fakeRunner(() => 0);
    const dictionaries = [{ aff: "SET UTF-8", dic: "1\ncolour" }];
    runner.setDictionaries(dictionaries);
    expect(FakeWorker.made).toHaveLength(0);
    runner.request(1, splice);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.posted.map((r) => r.type)).toEqual([
      "settings",
      "dictionaries",
      "analyze",
    ]);
    // The worker owes an answer to each of the three.
    FakeWorker.made[0]!.answer({
      type: "result",
      version: 1,
      analysis: empty,
      handled: 2,
      more: false,
    });
    expect(runner.idle()).toBe(false);
    runner.dispose();
  });
});
