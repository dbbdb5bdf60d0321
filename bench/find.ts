/**
 * Find at length in a real browser: the app opened on the story as the typing bench opens it,
 * "Willow" typed into the find bar one real key press at a time while a PerformanceObserver
 * records the page's long tasks, then Replace All of every match, timed to the next frame.
 */
import type { Page } from "playwright-core";
import { launchChromium } from "../tests/support/chromium";
import { waitInPage } from "../tests/support/page-waits";
import type { BareServer } from "./bare-server";
import { openVariant } from "./typing";

/** A word of the bundled story's that recurs in every copy (44 times in 3,000 words). */
export const FIND_WORD = "Willow";

export interface FindResult {
  /** The longest task the page ran from the first key press until the count was shown. */
  readonly longestTaskMs: number;
  /** From the last key press to the whole story's count in the bar. */
  readonly countMs: number;
  readonly matches: number;
  /** Replace All of every match, from the click to the next frame. */
  readonly replaceAllMs: number;
}

/** Measures find and Replace All on `text` in a browser of its own. */
export async function measureFind(
  text: string,
  options: { readonly settleMs: number; readonly bareServer: BareServer },
): Promise<FindResult> {
  const browser = await launchChromium();
  try {
    const opened = await openVariant(browser, "draftwise", text, options);
    try {
      return await findAndReplace(opened.page);
    } finally {
      await opened.close();
    }
  } finally {
    await browser.close();
  }
}

/** The count in the bar once the whole story is searched ("3 of 4,444"), else null. */
const FINAL_COUNT = String.raw`/^(No matches|.*?([\d,]+)(\+)? match(es)?|\d+ of ([\d,]+)\+?)$/`;

async function findAndReplace(page: Page): Promise<FindResult> {
  await page.keyboard.press("Control+f");
  await page.waitForSelector(".find-bar:not([hidden]) [data-find=search]");
  await page.evaluate(`(() => {
    const bench = (window.__find = { tasks: [], lastKey: 0, countAt: 0 });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.tasks.push(e.duration);
    }).observe({ type: "longtask" });
    const input = document.querySelector("[data-find=search]");
    input.addEventListener("keydown", (e) => (bench.lastKey = e.timeStamp));
    const count = document.querySelector("[data-find=count]");
    new MutationObserver(() => {
      if (input.value === ${JSON.stringify(FIND_WORD)} && ${FINAL_COUNT}.test(count.textContent))
        bench.countAt ||= performance.now();
    }).observe(count, { childList: true, characterData: true, subtree: true });
  })()`);
  for (const key of FIND_WORD) await page.keyboard.press(key);
  await waitInPage(page, "window.__find.countAt > 0", 60_000);
  await page.evaluate("new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))");
  const found = (await page.evaluate(`(() => {
    const bench = window.__find;
    const text = document.querySelector("[data-find=count]").textContent;
    return {
      longestTaskMs: Math.max(0, ...bench.tasks),
      countMs: bench.countAt - bench.lastKey,
      matches: Number((text.match(/([\\d,]+)\\+?(?: match|$)/) ?? ["", "0"])[1].replace(/,/g, "")),
    };
  })()`)) as Omit<FindResult, "replaceAllMs">;

  await page.keyboard.press("Control+h");
  await page.locator("[data-find=replace]").fill("Wren");
  const replaceAllMs = (await page.evaluate(`(async () => {
    const started = performance.now();
    document.querySelector("[data-find=replace-all]").click();
    await new Promise((done) => requestAnimationFrame(done));
    return performance.now() - started;
  })()`)) as number;
  const left = (await page.evaluate(
    `window.draftwiseApp.text().split(${JSON.stringify(FIND_WORD)}).length - 1`,
  )) as number;
  if (left !== 0) throw new Error(`Replace All left ${left} of "${FIND_WORD}" in the story.`);
  return { ...found, replaceAllMs };
}
