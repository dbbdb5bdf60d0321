/**
 * The browser shell's host calls go through a worker (host-calls.ts), which writes and posts
 * their JSON off the page's thread; a worker that does not load hands its calls back to the
 * page. A fake Worker and a fake fetch stand in for the browser's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browserHost, type CallAnswer, type CallRequest } from "../../renderer/browser-host";

class FakeWorker {
  static made: FakeWorker[] = [];
  readonly posted: CallRequest[] = [];
  onmessage: ((event: MessageEvent<CallAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: CallRequest): void {
    this.posted.push(request);
  }
  terminate(): void {}
  answer(answer: CallAnswer): void {
    this.onmessage?.({ data: answer } as MessageEvent<CallAnswer>);
  }
  /** The error event a worker sends when its script does not load, or throws later. */
  failToLoad(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
  /** An answer to call `id` that the page cannot read (it cannot be deserialized there). */
  unreadable(id: number): void {
    this.onmessage?.({ data: { answering: id } } as MessageEvent<CallAnswer>);
    this.onmessageerror?.({ data: null } as MessageEvent);
  }
  /** What host-calls.ts posts once it has loaded. */
  loaded(): void {
    this.answer({ id: 0, value: null });
  }
}

/** The page's own posts to /__host, by method. */
let posted: string[];

beforeEach(() => {
  FakeWorker.made = [];
  posted = [];
  vi.stubGlobal("Worker", FakeWorker);
  vi.stubGlobal("document", { baseURI: "http://127.0.0.1:1/" });
  vi.stubGlobal("window", new EventTarget());
  vi.stubGlobal("fetch", (url: string, init?: { body?: string }) => {
    if (url === "/__events") return Promise.resolve({ ok: false });
    posted.push((JSON.parse(init!.body!) as { method: string }).method);
    return Promise.resolve({ ok: true, json: () => Promise.resolve({ value: "from the page" }) });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("the browser shell's host calls", () => {
  it("hands each call to the worker, in order, and answers with the worker's answer", async () => {
    const host = browserHost("secret-of-the-launch");
    const first = host.showInFolder("/a.txt");
    const second = host.readDictionary("en-GB");
    const worker = FakeWorker.made[0]!;
    expect(worker.posted.map((call) => [call.id, call.method, call.caller.secret])).toEqual([
      [1, "showInFolder", "secret-of-the-launch"],
      [2, "readDictionary", "secret-of-the-launch"],
    ]);
    // Each call names the page, whose writes carry its name (the server lets go of its holds).
    expect(worker.posted.map((call) => call.caller.page)).toEqual([host.page, host.page]);
    expect(host.page).toMatch(/^[a-z0-9]{4,}$/);
    worker.answer({ id: 2, value: "dictionary" });
    worker.answer({ id: 1, error: "No such folder." });
    await expect(second).resolves.toBe("dictionary");
    await expect(first).rejects.toThrow("No such folder.");
    expect(posted).toEqual([]);
  });

  it("makes the calls from the page when the worker does not load, those waiting included", async () => {
    const host = browserHost("secret-of-the-launch");
    const waiting = host.showInFolder("/a.txt");
    FakeWorker.made[0]!.failToLoad();
    await expect(waiting).resolves.toBe("from the page");
    await expect(host.readDictionary("en-US")).resolves.toBe("from the page");
    expect(posted).toEqual(["showInFolder", "readDictionary"]);
  });

  it("makes the calls from the page while it is being left, and from the worker again if it stays", async () => {
    const host = browserHost("secret-of-the-launch");
    const worker = FakeWorker.made[0]!;
    // The page's own flush (app.ts) runs after this, in the same beforeunload: a tab closed with
    // a novel's working copy handed to the worker lost it, the worker ending with its page.
    window.dispatchEvent(new Event("beforeunload"));
    const flushed = host.showInFolder("/a.txt");
    expect(worker.posted).toEqual([]);
    await expect(flushed).resolves.toBe("from the page");
    // The writer answered the leave question with Stay.
    await new Promise((resolve) => setTimeout(resolve, 0));
    void host.readDictionary("en-GB");
    expect(worker.posted.map((call) => call.method)).toEqual(["readDictionary"]);
    expect(posted).toEqual(["showInFolder"]);
  });

  it("fails a call whose answer cannot be read, with a message that says so, and answers the next", async () => {
    const host = browserHost("secret-of-the-launch");
    const worker = FakeWorker.made[0]!;
    worker.loaded();
    const lost = host.backupWorkingCopy({ path: "/a.txt", text: "Words." });
    const next = host.readDictionary("en-GB");
    worker.unreadable(1);
    await expect(lost).rejects.toThrow("answer to backupWorkingCopy could not be read");
    worker.answer({ id: 2, value: "dictionary" });
    await expect(next).resolves.toBe("dictionary");
    expect(posted).toEqual([]);
  });

  it("leaves a loaded worker's calls with it when it reports an error: the page makes none twice", async () => {
    const host = browserHost("secret-of-the-launch");
    const worker = FakeWorker.made[0]!;
    worker.loaded();
    const call = host.showInFolder("/a.txt");
    // An error thrown in a loaded worker does not stop it; its calls may be on their way.
    worker.failToLoad();
    expect(posted).toEqual([]);
    worker.answer({ id: 1, value: "from the worker" });
    await expect(call).resolves.toBe("from the worker");
  });
});

describe("the browser shell's event stream", () => {
  it("is read again, as the same page, when it ends while the page is still there", async () => {
    const opened: (string | undefined)[] = [];
    const stream = (...lines: string[]) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const line of lines) controller.enqueue(new TextEncoder().encode(line));
          // The first stream ends (a blip); the second stays open, as the host keeps it.
          if (opened.length === 1) controller.close();
        },
      });
    vi.stubGlobal("fetch", (url: string, init?: { headers?: Record<string, string> }) => {
      if (url !== "/__events") return new Promise(() => undefined);
      opened.push(init?.headers?.["x-draftwise-page"]);
      const body =
        opened.length === 1
          ? stream("\n")
          : stream('\n{"type":"story-held","path":"","writer":"another"}\n');
      return Promise.resolve({ ok: true, body });
    });
    const host = browserHost("secret-of-the-launch");
    const heard: unknown[] = [];
    host.onHostEvent((event) => heard.push(event));
    await expect
      .poll(() => heard, { timeout: 3000 })
      .toEqual([{ type: "story-held", path: "", writer: "another" }]);
    expect(opened).toEqual([host.page, host.page]);
  });
});
