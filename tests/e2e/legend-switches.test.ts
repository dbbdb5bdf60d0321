/**
 * The legend over a story with many speakers (qa-28, scenes/library.txt at 1,400 px): its names
 * filled the row, "Speaker colours" stayed beside them and "Tint names" wrapped onto a row of
 * its own. The two switches wrap together.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";

const artifacts = path.resolve(import.meta.dirname, "../../test-results");
const LIBRARY = path.resolve(import.meta.dirname, "../fixtures/scenes/library.txt");

describe("the legend's switches", () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await sharedApp({ story: LIBRARY });
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("stay on one row together at every window width", async () => {
    const legend = app.page.locator(".cast-legend");
    await expect.poll(() => legend.locator(".cast-legend-item").count()).toBeGreaterThan(5);
    const rows = (): Promise<number[]> =>
      legend
        .locator(".cast-legend-toggle")
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    const apart: number[] = [];
    for (let width = 1000; width <= 1700; width += 20) {
      await app.page.setViewportSize({ width, height: 800 });
      await app.page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      const [speakers, tint] = await rows();
      if (speakers !== tint) apart.push(width);
    }
    if (apart.length) {
      mkdirSync(artifacts, { recursive: true });
      await app.page.setViewportSize({ width: apart[0]!, height: 800 });
      await app.page.screenshot({ path: path.join(artifacts, "legend-switches.png") });
    }
    expect(apart).toEqual([]);
  });
});
