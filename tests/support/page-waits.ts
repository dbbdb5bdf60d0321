/**
 * Waits that watch from inside the page. Playwright's `waitForSelector` and `waitForFunction`
 * first inject its selector engine, about 20 ms of the page's main thread and 1 MB of its heap:
 * the bench saw that land inside the app's start-up (its story was still arriving) but in bare
 * ProseMirror's idle wait, and the engine's megabyte sat in both heaps, halving the visible
 * difference between them. These use nothing but a plain `evaluate`.
 *
 * Each is a string, not a function: tsx's keepNames would add a helper the page lacks.
 */
import type { Page } from "playwright-core";

/** Until the page marks itself ready (`body[data-ready=true]`). */
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
