import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fullPassPause, FULL_PASS_PAUSE_KEY } from "../../../renderer/analysis/pauses";
import {
  FULL_PASS_PAUSE_MS,
  type WorkerResponse,
  type WorkerStart,
} from "../../../renderer/analysis/protocol";

describe("the full pass's pause, as the app's settings give it", () => {
  const stored = (value: string | null) => (key: string) =>
    key === FULL_PASS_PAUSE_KEY ? value : null;

  it("is the stored whole number of milliseconds", () => {
    expect(fullPassPause(stored("100"))).toBe(100);
    expect(fullPassPause(stored("0"))).toBe(0);
  });

  it("is the default when nothing, or nothing sensible, is stored, or storage is off", () => {
    for (const value of [null, "", "-5", "1.5", "soon", "600001"])
      expect(fullPassPause(stored(value)), String(value)).toBe(FULL_PASS_PAUSE_MS);
    const disabled = () => {
      throw new Error("storage is disabled");
    };
    expect(fullPassPause(disabled)).toBe(FULL_PASS_PAUSE_MS);
  });
});

const WORKER = "../../../renderer/analysis/worker.ts";

describe("the analysis worker", () => {
  const answers: WorkerResponse[] = [];
  let send: (message: unknown) => void;

  let started = 0;

  beforeEach(async () => {
    vi.useFakeTimers();
    const scope = {
      postMessage: (answer: WorkerResponse) => answers.push(answer),
      onmessage: null as ((event: { data: unknown }) => void) | null,
    };
    vi.stubGlobal("self", scope);
    // A fresh worker module each test (its own engine and counts); the rest of the graph shared.
    await import(/* @vite-ignore */ `${WORKER}?test=${++started}`);
    send = (data) => scope.onmessage!({ data });
  });

  afterEach(() => {
    answers.length = 0;
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  /** Opens a two-paragraph story, then edits its second paragraph: the fast answer comes at once. */
  async function editAfterOpening(): Promise<void> {
    send({ type: "settings", settings: { cast: [], storyWords: [] } });
    send({
      type: "analyze",
      version: 1,
      splice: { start: 0, deleteCount: 0, insert: ["One.", "Two."] },
    });
    await vi.advanceTimersByTimeAsync(0);
    send({
      type: "analyze",
      version: 2,
      splice: { start: 1, deleteCount: 1, insert: ["Two, three."] },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(answers.map((a) => [a.type, a.more])).toEqual([
      ["result", false],
      ["patch", true],
    ]);
  }

  it("waits the pause it was started with before the story-wide pass", async () => {
    send({ type: "start", fullPassPauseMs: 5000 } satisfies WorkerStart);
    await editAfterOpening();
    await vi.advanceTimersByTimeAsync(4999);
    expect(answers).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(answers.map((a) => [a.type, a.version, a.more])).toEqual([
      ["result", 1, false],
      ["patch", 2, true],
      ["result", 2, false],
    ]);
    // The start is no request: the answers count only the three requests.
    expect(answers.at(-1)!.handled).toBe(3);
  });

  it("waits the default pause when it was not told one", async () => {
    await editAfterOpening();
    await vi.advanceTimersByTimeAsync(FULL_PASS_PAUSE_MS - 1);
    expect(answers).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(answers).toHaveLength(3);
  });
});

describe("the app's worker runner", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("starts its worker with the pause it was given, before the first request", async () => {
    const posted: unknown[] = [];
    vi.stubGlobal("document", { baseURI: "http://127.0.0.1/" });
    vi.stubGlobal(
      "Worker",
      class {
        onmessage: unknown = null;
        postMessage(message: unknown): void {
          posted.push(message);
        }
      },
    );
    const { WorkerRunner } = await import("../../../renderer/analysis/runner");
    new WorkerRunner(100).request(1, { start: 0, deleteCount: 0, insert: ["One."] });
    expect(posted.map((m) => (m as { type: string }).type)).toEqual(["start", "analyze"]);
    expect(posted[0]).toEqual({ type: "start", fullPassPauseMs: 100 });
  });
});
