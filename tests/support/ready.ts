import type { Page } from "playwright-core";

/**
 * Waits until the page marks itself ready (`body[data-ready=true]`), watching from inside the
 * page. Playwright's `waitForSelector` first injects its selector engine, about 20 ms of the
 * page's main thread: the bench saw that land inside the app's start-up (its story was still
 * arriving) but in bare ProseMirror's idle wait for its fetch, so it skewed time to ready.
 */
export async function waitForReady(page: Page, timeoutMs = 30_000): Promise<void> {
  // A string, not a function: tsx's keepNames would add a helper the page lacks.
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
