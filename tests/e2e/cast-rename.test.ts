/**
 * Renaming a character in the Cast panel keeps the text's name for them. Found on a writer's day:
 * after Harriet became Hattie, "Harriet said" named nobody and her tagged lines became guesses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";
import { OutlinePage } from "./pages/outline-page";

const STORY = [
  "Harriet had been in Boston for three weeks.",
  '"The kettle\'s broken again," Harriet said, staring at the counter.',
  'Mark laughed from the doorway. "You\'ll have to learn to love coffee."',
  '"Where\'s Priya?" Harriet asked.',
  '"Gone to get the car," Mark said.',
].join("\n\n");

describe("renaming a character in the Cast panel", () => {
  let app: AppHarness;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-rename-")), "kettle.txt");
    writeFileSync(file, STORY + "\n");
    app = await sharedApp({ story: file, storyName: "kettle.txt" });
  });
  afterAll(() => app.close());

  it("keeps the old name as an alias, so the lines it tags stay the character's", async () => {
    const cast = new CastPage(app.page);
    await cast.open();
    await cast.waitForCharacter("Harriet");
    await cast.rename("Harriet", "Hattie");
    await cast.waitForCharacter("Hattie");
    await waitForAnalysis(app.page);
    expect(await cast.aliases("Hattie")).toEqual(["Harriet"]);
    expect(await cast.names()).not.toContain("Harriet");
    await cast.showLines("Hattie");
    expect(await cast.lines()).toEqual([
      "\u201cThe kettle's broken again,\u201d",
      "\u201cWhere's Priya?\u201d",
    ]);
  });

  it("shows the renamed point-of-view character as one chip under the new name in the outline", async () => {
    // The scene stores its POV as the name detection found ("Harriet"); the row showed a
    // "Harriet" POV chip beside "Hattie" after the rename.
    const outline = new OutlinePage(app.page);
    await expect.poll(() => outline.chips(0)).toEqual(["Hattie (POV)", "Mark"]);
  });

  it("leads the scene's detected title with the new name, as its chip does", async () => {
    // The title detection made ("Harriet — had been in Boston") kept the old name after it.
    const outline = new OutlinePage(app.page);
    await expect.poll(async () => (await outline.titles())[0]).toMatch(/^Hattie — /);
  });
});
