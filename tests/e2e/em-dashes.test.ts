/**
 * A writer's dash typed as two hyphens ("--") is never split at a line's end in the editor:
 * qa-36 found Chromium breaking a line between the hyphens ("hotels-" / "-Mrs.") in the HTML
 * export, and noticed the editor doing the same. The fix is the view's alone: the saved file
 * keeps its bytes, untouched text byte for byte.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { BannerPage } from "./pages/banner-page";
import { EditorPage } from "./pages/editor-page";

// Written for this test: closed and spaced double hyphens, between words, after a quote, before
// a number and at a paragraph's end, in lines long enough to wrap at every width.
const STORY = [
  "The letter came on the Tuesday--a thin grey envelope--and Margery read it standing at the window--twice, then a third time--before she called up the stairs to her brother, who was asleep--or said he was--and who answered, when he answered at all, that the post could wait till the kettle had boiled.",
  "'It's from Aunt Hester,' she said--'from Bath'--and waited. Nothing came down the stairs but the creak of the bed, the cough, the long complaint of a man who had been up till two with the accounts--or with the wireless--and the dog's claws on the landing as it came to see what the fuss was.",
  "He came down at last -- in his coat, over his pyjamas -- and took the letter from her, and read it with his lips moving, the way their father had read the racing page--1929, 1930, every spring of their childhood--and put it down on the table between the butter and the jam without a word.",
  "'She wants us for Christmas,' Margery said. 'Both of us--and the dog--for a fortnight.' She let that sit. 'She says the house is too large for one, and the garden has gone to ruin, and the vicar calls too often--'",
  "'Then the vicar can have Christmas with her,' said Tom--but he was smiling--and he put the kettle on again, though it had only just boiled, because it gave his hands something to do while he thought of a fortnight in Bath--the cold rooms, the clocks, the aunt.",
].join("\n\n");

/** Widths from a narrow window to a wide one, not on round numbers. */
const WIDTHS = Array.from({ length: 24 }, (_, i) => 360 + i * 41);

describe("a writer's dash typed as two hyphens", () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await sharedApp({ text: STORY + "\n", storyName: "letter.txt" });
  });
  afterAll(() => app.close());

  it("is never split between its hyphens at a line's end, at any window width", async () => {
    const editor = new EditorPage(app.page);
    await waitForAnalysis(app.page);
    const split: string[] = [];
    for (const width of WIDTHS) {
      await app.page.setViewportSize({ width, height: 800 });
      await app.page.evaluate(() => new Promise(requestAnimationFrame));
      for (const at of await editor.splitDashes()) split.push(`${width}px: ${at}`);
    }
    expect(split).toEqual([]);
    await app.page.setViewportSize({ width: 520, height: 800 });
    await screenshot(app.page, "em-dashes-520.png");
  });

  it("copies, pastes, undoes and redoes the hyphens as typed, drawn whole again (crev-37)", async () => {
    const editor = new EditorPage(app.page);
    const shown = new BannerPage(app.page);
    const words = "the Tuesday--a thin grey envelope--and Margery";
    await editor.selectShown(words);
    const copied = await editor.copied();
    // The clipboard has the typed text; the view's span is no part of what is copied.
    expect(copied.text).toBe(words);
    expect(copied.html).not.toContain("dash-run");
    const before = await shown.text();
    // Pasted over the story's last words.
    await editor.selectShown("the aunt.");
    await editor.paste(copied);
    expect(await shown.text()).toBe(before.replace("the aunt.", words));
    await editor.undo();
    expect(await shown.text()).toBe(before);
    await editor.redo();
    expect(await shown.text()).toBe(before.replace("the aunt.", words));
    // The pasted dashes are drawn whole too, at every width.
    const split: string[] = [];
    for (const width of WIDTHS) {
      await app.page.setViewportSize({ width, height: 800 });
      await app.page.evaluate(() => new Promise(requestAnimationFrame));
      for (const at of await editor.splitDashes()) split.push(`${width}px: ${at}`);
    }
    expect(split).toEqual([]);
    await editor.undo();
    expect(await shown.text()).toBe(before);
  });

  it("saves the file's own bytes: the view's join is no character of the story", async () => {
    const editor = new EditorPage(app.page);
    await editor.insertAtEndOf(3, " Tom said nothing--yet.");
    await editor.save();
    const lines = STORY.split("\n\n");
    lines[3] += " Tom said nothing--yet.";
    expect(readFileSync(app.storyPath, "utf8")).toBe(lines.join("\n\n") + "\n");
  });
});
