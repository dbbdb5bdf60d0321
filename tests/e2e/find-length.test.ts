/**
 * Find and Replace All on a novel-length story (the bundled story repeated to 300,000 words, as
 * the bench builds it): typing a search never blocks the page for a long task (over 50 ms, as
 * the browser's PerformanceObserver reports them), the count arrives, and Replace All is one
 * undo step.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repeatedStory } from "../../bench/corpus";
import { openApp, waitForAnalysis, type AppHarness } from "../support/harness";
import { FindPage } from "./pages/find-page";

const WORDS = 300_000;
const text = repeatedStory(WORDS);
/** Matches of a case-insensitive search, counted in the text itself. */
const occurrences = (word: string): number => text.match(new RegExp(word, "gi"))?.length ?? 0;

let app: AppHarness;
let finder: FindPage;

const docText = () =>
  app.page.evaluate(() =>
    (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text(),
  );

/**
 * Starts recording the page's long tasks (each over 50 ms by the browser's definition). The
 * app's analysis may still deliver a result of its own during the search (a re-analysis after
 * the cast is known, about a second after it reports idle); a task that delivered one is the
 * analysis's, not find's, so the page notes when analysis results were dispatched.
 */
const watchLongTasks = () =>
  app.page.evaluate(() => {
    type Span = { start: number; end: number };
    const w = window as unknown as {
      longTasks: Span[];
      analysisResults: Span[];
      draftwiseApp: { view: import("prosemirror-view").EditorView };
    };
    w.longTasks = [];
    w.analysisResults = [];
    const view = w.draftwiseApp.view;
    const dispatch = view.dispatch.bind(view);
    view.dispatch = (tr) => {
      const start = performance.now();
      dispatch(tr);
      const meta = (tr as unknown as { meta: Record<string, unknown> }).meta;
      if (Object.keys(meta).some((k) => k.startsWith("analysis")))
        w.analysisResults.push({ start, end: performance.now() });
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: "longtask" });
  });

/** The long tasks' durations: [find's own, the analysis's]. */
const longTasks = () =>
  app.page.evaluate(() => {
    type Span = { start: number; end: number };
    const w = window as unknown as { longTasks: Span[]; analysisResults: Span[] };
    const analysis = (t: Span) =>
      w.analysisResults.some((r) => r.start >= t.start && r.end <= t.end + 1);
    const ms = (t: Span) => Math.round(t.end - t.start);
    return [w.longTasks.filter((t) => !analysis(t)).map(ms), w.longTasks.filter(analysis).map(ms)];
  });

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-find-length-"));
  const file = path.join(dir, "novel.txt");
  writeFileSync(file, text);
  app = await openApp({ story: file });
  finder = new FindPage(app.page);
}, 180_000);
afterAll(() => app?.close());

describe(`find on ${WORDS.toLocaleString("en")} words`, () => {
  it("types a search with no long task, and shows the whole count", async () => {
    const expected = occurrences("willow");
    expect(expected).toBeGreaterThan(1000);
    await app.page.keyboard.press("Control+f");
    await expect.poll(() => finder.isOpen()).toBe(true);
    await waitForAnalysis(app.page);
    await watchLongTasks();
    const started = Date.now();
    await finder.search.pressSequentially("Willow");
    await expect
      .poll(() => finder.countText(), { timeout: 20_000 })
      .toMatch(new RegExp(`(of|^) ${expected.toLocaleString("en-US")}( matches)?$`));
    const toCount = Date.now() - started;
    // Let the last frames land before reading what the observer saw.
    await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    const [tasks, analysis] = await longTasks();
    console.log(
      `find "Willow": count after ${toCount} ms, long tasks ${JSON.stringify(tasks)} (analysis results: ${JSON.stringify(analysis)})`,
    );
    expect(tasks).toEqual([]);
    expect(await finder.activeMatch()).toBe("Willow");
  }, 60_000);

  it("replaces every match in under a second, and one undo takes it all back", async () => {
    const before = await docText();
    const expected = occurrences("willow");
    await app.page.keyboard.press("Control+h");
    await finder.typeSearch("Willow");
    await finder.typeReplacement("Wren");
    await expect
      .poll(() => finder.countText(), { timeout: 20_000 })
      .toMatch(new RegExp(`${expected.toLocaleString("en-US")}`));
    const took = (await app.page.evaluate(() => {
      const started = performance.now();
      (document.querySelector("[data-find=replace-all]") as HTMLButtonElement).click();
      return performance.now() - started;
    })) as number;
    console.log(`Replace All: ${Math.round(took)} ms`);
    expect(took).toBeLessThan(1000);
    const replaced = await docText();
    expect(replaced.match(/willow/gi)?.length ?? 0).toBe(0);
    expect(replaced.match(/Wren/g)?.length).toBe(expected + (before.match(/Wren/g)?.length ?? 0));
    await expect.poll(() => finder.countText(), { timeout: 20_000 }).toMatch(/No matches/);
    // The replace field was not typed in since, so Ctrl+Z there undoes in the story.
    await finder.replace.press("Control+z");
    await expect.poll(docText).toBe(before);
  }, 60_000);
});
