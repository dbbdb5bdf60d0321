/**
 * In the browser shell the page's menu stands in for Electron's, whose keys work wherever focus
 * is. Found on a writer's day: after renaming a scene (focus stays on its outline row), Ctrl+S
 * saved nothing, and Chromium offered to save the web page instead; and Ctrl+F from the Cast or
 * Notes panel opened Chromium's own find bar, not the story's (qa-31).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";
import { EditorPage } from "./pages/editor-page";
import { ExportPage } from "./pages/export-page";
import { FindPage } from "./pages/find-page";
import { OutlinePage } from "./pages/outline-page";

/** A short story: these keys need a scene and a cast panel, not the bundled story's 3,000 words. */
const STORY = [
  "Mara left the harbour before the light.",
  '"You\'ll be back by noon," Tom said.',
  "She did not answer him, and the boat went out on the tide.",
].join("\n\n");

describe("the menu's keys outside the story (browser shell)", () => {
  let app: AppHarness;
  let editor: EditorPage;

  beforeEach(async () => {
    app = await sharedApp({ text: STORY + "\n" });
    editor = new EditorPage(app.page);
  });
  afterEach(() => app.close());

  it("Ctrl+S on the outline row just renamed saves the story", async () => {
    await editor.typeAtEndOf(0, " Renamed later.");
    const outline = new OutlinePage(app.page);
    await outline.rename(0, "The arrival");
    expect(
      await app.page.evaluate(() => document.activeElement?.closest("#panel-outline")),
    ).not.toBeNull();
    // save() presses Ctrl+S where the focus is and waits for the app to count a finished save.
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toContain(" Renamed later.");
  });

  it("Ctrl+E from the cast panel's name box opens the Export dialog", async () => {
    const cast = new CastPage(app.page);
    await cast.open();
    await cast.panel.locator(".cast-add-name").focus();
    await app.page.keyboard.press("Control+e");
    const exporting = new ExportPage(app.page, app.dialogs);
    await exporting.dialog.waitFor();
    expect(await exporting.dialog.isVisible()).toBe(true);
    await exporting.close();
  });

  it("Ctrl+F from a panel opens the story's find bar with its field focused (Cast, then Notes)", async () => {
    const cast = new CastPage(app.page);
    await cast.open();
    await cast.panel.locator(".cast-add-name").focus();
    const focused = () =>
      app.page.evaluate(
        () =>
          document.activeElement?.getAttribute("data-find") ?? document.activeElement?.className,
      );
    expect(await focused()).toBe("cast-add-name");
    await app.page.keyboard.press("Control+f");
    const find = new FindPage(app.page);
    await find.bar.waitFor();
    await expect.poll(focused).toBe("search");
    // Again from the Notes panel (Escape closed the bar; Ctrl+3 moved focus into the panel).
    await app.page.keyboard.press("Escape");
    await find.bar.waitFor({ state: "hidden" });
    await app.page.keyboard.press("Control+3");
    await expect
      .poll(() => app.page.evaluate(() => !!document.activeElement?.closest("#panel-notes")))
      .toBe(true);
    await app.page.keyboard.press("Control+f");
    await find.bar.waitFor();
    await expect.poll(focused).toBe("search");
  });

  it("Ctrl+Z in a panel's text field stays the field's own undo", async () => {
    const cast = new CastPage(app.page);
    await cast.open();
    const name = cast.panel.locator(".cast-add-name");
    await editor.typeAtEndOf(0, " Later.");
    await name.focus();
    // One insertion, one undo step: typed key by key, Chromium split its undo steps when the
    // machine was loaded (Ctrl+Z left "N" or "Ne" in 6 of 16 runs at both cores busy).
    await app.page.keyboard.insertText("Ned");
    await app.page.keyboard.press("Control+z");
    expect(await name.inputValue()).toBe("");
    expect(await editor.paragraph(0).textContent()).toContain(" Later.");
  });
});
