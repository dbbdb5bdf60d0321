/**
 * What a page's main thread went through: its longest task, read from a Chromium trace, and its
 * JavaScript heap after a collection. Workers have their own threads and heaps: neither counts.
 */
import type { Page } from "playwright-core";

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  /** The thread's CPU time in the event, in microseconds. */
  readonly tdur?: number;
  readonly args?: { readonly data?: { readonly message?: string } };
}

export interface LongestTask {
  /** The task's CPU time on the main thread: what the page itself spent, whatever the load. */
  readonly cpuMs: number;
  /** Its wall time, which a busy machine stretches. */
  readonly wallMs: number;
}

/**
 * The longest task the page's main thread ran while `act` did its work, read from a Chromium
 * trace: the page marks its own thread first (`console.timeStamp`), so the other pages a shared
 * browser runs do not count. Taken by CPU time: on a machine at load 20 a task of 20 ms of CPU
 * can last 300 ms, and the Long Tasks API reports only the latter.
 */
export async function longestTask(page: Page, act: () => Promise<void>): Promise<LongestTask> {
  const browser = page.context().browser();
  if (!browser) throw new Error("the page has no browser to trace");
  const mark = `dw-longest-task-${Math.random().toString(36).slice(2)}`;
  await browser.startTracing(undefined, {
    categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  let trace: Buffer;
  try {
    await page.evaluate(`console.timeStamp(${JSON.stringify(mark)})`);
    await act();
  } finally {
    trace = await browser.stopTracing();
  }
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const marked = events.find((e) => e.name === "TimeStamp" && e.args?.data?.message === mark);
  if (!marked) throw new Error("the page's mark is not in the trace");
  let cpuMs = 0;
  let wallMs = 0;
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "RunTask" || e.pid !== marked.pid || e.tid !== marked.tid)
      continue;
    cpuMs = Math.max(cpuMs, (e.tdur ?? 0) / 1000);
    wallMs = Math.max(wallMs, (e.dur ?? 0) / 1000);
  }
  return { cpuMs, wallMs };
}

/** The main thread's JavaScript heap in use, in bytes, after a full garbage collection. */
export async function mainHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
