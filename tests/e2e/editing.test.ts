import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { sharedApp } from "../support/app-reuse";
import { openApp, SEED_STORY, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { EditorPage } from "./pages/editor-page";

const seed = readFileSync(SEED_STORY, "utf8");

/**
 * These only look at the story as it opened (the last moves the caret, after the others): one
 * app for the three, where an app start costs about 3 s of Chromium's CPU.
 */
// The first group reads the start (what the story shows as it opens); the editing tests each
// get the test process's running app, reset.

describe("the bundled story as it opens in Chromium", () => {
  let app: AppHarness;
  let editor: EditorPage;

  beforeAll(async () => {
    app = await openApp();
    editor = new EditorPage(app.page);
  });
  afterAll(() => app.close());

  it("opens the story with its word count and no unsaved marker", async () => {
    expect(await editor.editor.locator("p").count()).toBe(30);
    expect(await editor.wordCount()).toBe(2971);
    expect(await editor.fileLabel()).toBe("story.txt");
    await screenshot(app.page, "editor.png");
  });

  it("estimates each scene's height (kept while it is off screen) close to its real height", async () => {
    await expect.poll(() => editor.editor.locator("section.scene").count()).toBeGreaterThan(3);
    const heights = await app.page.evaluate(async () => {
      const out: { estimate: number; real: number }[] = [];
      for (const section of document.querySelectorAll<HTMLElement>("section.scene")) {
        section.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        // The estimate as Chromium resolved it (in px, scaled by the editor's calibration).
        const estimate = parseFloat(
          getComputedStyle(section).containIntrinsicSize.replace("auto", "").trim(),
        );
        out.push({ estimate, real: section.getBoundingClientRect().height });
      }
      return out;
    });
    for (const { estimate, real } of heights) {
      expect(estimate).toBeGreaterThan(real * 0.6);
      expect(estimate).toBeLessThan(real * 1.5);
    }
  });

  it("never skips the caret's scene or its neighbours (the caret cannot enter a skipped scene)", async () => {
    await expect.poll(() => editor.editor.locator("section.scene").count()).toBeGreaterThan(5);
    const near = (): Promise<number[]> =>
      editor.editor
        .locator("section.scene")
        .evaluateAll((all) => all.flatMap((s, i) => (s.classList.contains("near") ? [i] : [])));
    // A story just opened: its first scene and the next, from the first frame on.
    await expect.poll(near).toEqual([0, 1]);
    await app.page.evaluate(() => {
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      let pos = 0;
      for (let i = 0; i < 4; i++) pos += view.state.doc.child(i).nodeSize;
      const Text = view.state.selection
        .constructor as typeof import("prosemirror-state").TextSelection;
      view.dispatch(view.state.tr.setSelection(Text.create(view.state.doc, pos + 2)));
    });
    // Marked in the same update that moved the caret, before any key can follow.
    expect(await near()).toEqual([3, 4, 5]);
  });
});

describe("editing the bundled story in Chromium", () => {
  let app: AppHarness;
  let editor: EditorPage;

  beforeEach(async () => {
    app = await sharedApp();
    editor = new EditorPage(app.page);
  });
  afterEach(() => app.close());

  it("types, saves only the edit, and undo brings back the original bytes", async () => {
    await editor.typeAtEndOf(2, " Oz shrugged.");
    // The unsaved marker shows at once; the counts catch up when typing pauses.
    expect(await editor.fileLabel()).toBe("story.txt •");
    await expect.poll(() => editor.wordCount()).toBe(2973);
    await editor.save();
    const saved = readFileSync(app.storyPath, "utf8");
    const end = seed.indexOf("have that PEZ.") + "have that PEZ.".length;
    expect(saved).toBe(seed.slice(0, end) + " Oz shrugged." + seed.slice(end));

    for (let i = 0; i < 13; i++) await editor.press("Control+z");
    expect(await editor.fileLabel()).toBe("story.txt •");
    await editor.save();
    expect(readFileSync(app.storyPath)).toEqual(readFileSync(SEED_STORY));
  });

  it("keeps straight quotes in a straight-quoted story", async () => {
    await editor.typeAtEndOf(0, ' "Hi," she said.');
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toContain('perfectly... "Hi," she said.');
  });
});
