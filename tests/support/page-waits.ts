/**
 * Waits that watch from inside the page. Playwright's `waitForSelector` and `waitForFunction`
 * first inject its selector engine, about 20 ms of the page's main thread and 1.2 MB of its
 * heap. The bench saw the 20 ms land inside the app's start-up (its story was still arriving)
 * but in bare ProseMirror's idle wait; and the engine in both heaps made the app's heap look
 * closer to bare's than it is (2.3x against 2.8x at 300,000 words). These use a plain
 * `evaluate` only.
 *
 * Each is a string, not a function: tsx's keepNames would add a helper the page lacks.
 */
import type { Page } from "playwright-core";

/**
 * Until the page marks itself ready (`body[data-ready=true]`). An observer, not a check every
 * frame: asking for frames during start-up would make Chromium draw ones the page did not ask
 * for, inside the time being measured.
 */
export async function waitForReady(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const ready = () => document.body?.dataset.ready === "true";
    if (ready()) return resolve();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ["data-ready"],
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error("the page did not mark itself ready within ${timeoutMs} ms"));
    }, ${timeoutMs});
  })`);
}

/** Until `condition`, a JavaScript expression, is true in the page: checked every frame. */
export async function waitInPage(page: Page, condition: string, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (${condition}) return resolve();
      if (performance.now() - started > ${timeoutMs})
        return reject(new Error(${JSON.stringify(`waited ${timeoutMs} ms for ${condition}`)}));
      requestAnimationFrame(check);
    };
    check();
  })`);
}

/** Until the page's next frame: the pause between two looks at the page's state, not a sleep. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => resolve()))");
}
