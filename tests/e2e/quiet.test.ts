import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { CaretPage } from "./pages/caret-page";
import { CastPage } from "./pages/cast-page";

/** Marks on screen whose class starts with `prefix` (dw-cast-, dw-speaker-). */
async function marksStarting(app: AppHarness, prefix: string): Promise<number> {
  return app.page.evaluate(
    (p) => document.querySelectorAll(`#editor [class*="${p}"]`).length,
    prefix,
  );
}

describe("quiet by default, colours explained (bundled story, Chromium)", () => {
  let app: AppHarness;
  let cast: CastPage;
  const legend = () => app.page.locator(".cast-legend");
  const pressed = (name: string) =>
    legend().getByRole("button", { name }).getAttribute("aria-pressed");

  beforeAll(async () => {
    app = await sharedApp();
    cast = new CastPage(app.page);
  });
  afterAll(() => app.close());

  it("colours each line's opening quote by its speaker, tints no names, and says whose colour is whose", async () => {
    await expect.poll(() => marksStarting(app, "dw-speaker-")).toBeGreaterThan(0);
    expect(await marksStarting(app, "dw-cast-")).toBe(0);
    expect(await pressed("Speaker colours")).toBe("true");
    expect(await pressed("Tint names")).toBe("false");
    const names = await legend().locator(".cast-legend-item").allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(["Willow", "Spike"]));
    await screenshot(app.page, "quiet-default.png");
  });

  it("tints names on demand, and hides the legend when no colour is on", async () => {
    await cast.setNameTints(true);
    await expect.poll(() => marksStarting(app, "dw-cast-")).toBeGreaterThan(3);
    await cast.setNameTints(false);
    await legend().getByRole("button", { name: "Speaker colours" }).click();
    await expect.poll(() => marksStarting(app, "dw-speaker-")).toBe(0);
    expect(await marksStarting(app, "dw-cast-")).toBe(0);
    expect(await legend().locator(".cast-legend-list").isVisible()).toBe(false);
    await legend().getByRole("button", { name: "Speaker colours" }).click();
    await expect.poll(() => marksStarting(app, "dw-speaker-")).toBeGreaterThan(0);
  });

  it("keeps the caret's line where it was on screen when zooming in and out", async () => {
    const caret = new CaretPage(app.page);
    await caret.jumpToEndOf(12);
    await app.page.evaluate(() => {
      // The caret's line a third of the way down, away from both edges.
      const scroller = document.getElementById("editor-scroll")!;
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      const at = view.coordsAtPos(view.state.selection.head);
      scroller.scrollTop +=
        at.top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3;
    });
    const start = await caret.caret();
    for (const key of [
      "Control+=",
      "Control+=",
      "Control+-",
      "Control+-",
      "Control+-",
      "Control+0",
    ]) {
      const now = await caret.press(key);
      expect(Math.abs(now.top - start.top), `after ${key}`).toBeLessThan(4);
    }
  });
});
