/**
 * The story chart by keyboard: Enter on the Cast panel's Chart button opens it with focus on
 * Close; Escape closed it and dropped focus on the page's body, so the next Tab started over
 * from the top of the window.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";

describe("the story chart with the keyboard", () => {
  let app: AppHarness;
  let cast: CastPage;

  beforeAll(async () => {
    app = await sharedApp();
    cast = new CastPage(app.page);
  });
  afterAll(() => app.close());

  const focused = (): Promise<string> =>
    app.page.evaluate(() => (document.activeElement as HTMLElement).className);

  it.each(["Escape", "Enter"])(
    "gives focus back to the Chart button when closed (%s on Close)",
    async (key) => {
      await cast.open();
      await cast.panel.locator(".cast-chart").focus();
      await app.page.keyboard.press("Enter");
      await cast.chart.waitFor();
      expect(await focused()).toContain("story-chart-close");
      await app.page.keyboard.press(key);
      await cast.chart.waitFor({ state: "hidden" });
      expect(await focused()).toContain("cast-chart");
    },
  );
});
