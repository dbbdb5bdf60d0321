/**
 * The worker runner's bookkeeping when its worker fails (worker-33): a fake Worker stands in
 * for the analysis worker, so the test says what the worker answers, throws or dies of.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  RESTART_WINDOW_MS,
  WorkerRunner,
  type AnalysisStop,
} from "../../../renderer/analysis/runner";
import type { WorkerRequest, WorkerResponse } from "../../../renderer/analysis/protocol";

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

describe("the analysis runner when its worker fails", () => {
  let clock = 0;
  let runner: WorkerRunner;
  let stops: AnalysisStop[];
  const latest = (): FakeWorker => FakeWorker.made.at(-1)!;

  beforeEach(() => {
    FakeWorker.made = [];
    clock = 0;
    vi.stubGlobal("Worker", FakeWorker);
    vi.stubGlobal("document", { baseURI: "file:///app/" });
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    runner = new WorkerRunner(() => clock);
    stops = [];
    runner.onStop((stop) => stops.push(stop));
    runner.configure(settings);
    runner.request(1, splice);
  });
  afterEach(() => {
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

  it("hears nothing more from a worker it replaced", () => {
    const first = latest();
    first.fail("boom");
    first.fail("boom again");
    expect(stops).toHaveLength(1);
  });
});
