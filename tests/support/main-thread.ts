/**
 * What a page's main thread went through: its long tasks (Chromium's Long Tasks API, every task
 * over 50 ms) and its JavaScript heap after a collection. Workers have their own threads and
 * heaps: neither counts here.
 */
import type { Page } from "playwright-core";

/**
 * Starts recording the page's long tasks; the returned function gives the longest since then,
 * in milliseconds (0 when none). A string, as in page-waits.ts: tsx's helpers are not in the page.
 */
export async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  const key = `__longTasks${Math.random().toString(36).slice(2)}`;
  await page.evaluate(`(() => {
    const tasks = (window.${key} = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: "longtask" });
  })()`);
  // Entries are delivered after their task: a frame and a turn let the last one arrive.
  return () =>
    page.evaluate(`new Promise((done) =>
      requestAnimationFrame(() => setTimeout(() => done(Math.max(0, ...window.${key})), 0)))`);
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
