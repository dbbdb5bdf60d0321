/**
 * Restoring unsaved work keeps the outline. Found on a writer's day: after a reload, Restore
 * rebuilt the story from its text alone, so seven titled scenes became four "Untitled scene"s
 * (split at the marker lines only), and the writer's synopses and statuses went with them, to
 * be saved over the sidecar's at the next save.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { BannerPage } from "./pages/banner-page";
import { EditorPage } from "./pages/editor-page";
import { FindPage } from "./pages/find-page";
import { OutlinePage } from "./pages/outline-page";

const STORY = [
  "Maud stood at the end of the jetty with her flask of tea going cold.",
  "‘It's the moon,’ said Mr Abernethy from the bait hut.",
  "* * *",
  "Danny Reyes had flown eleven hours and eaten six ginger biscuits.",
  "‘You're here about the buoys,’ Maud said.",
  "* * *",
  "The tide gauge lived in a concrete hut at the end of the old pier.",
].join("\n\n");

/**
 * Waits for the unsaved edit's working copy, reloads the page and restores the copy from the
 * recovery banner; gives the banners to read what the restore said.
 */
async function reloadAndRestore(app: AppHarness): Promise<BannerPage> {
  const copies = path.join(app.dataDir, "working-copies");
  await expect
    .poll(() => existsSync(copies) && readdirSync(copies).some((n) => n.endsWith(".json")), {
      timeout: 5000,
    })
    .toBe(true);
  await app.reload();
  const banners = new BannerPage(app.page);
  await banners.byId("recovery").waitFor();
  await banners.click("recovery", "Restore");
  await waitForAnalysis(app.page);
  return banners;
}

describe("restoring unsaved work after a reload", () => {
  let app: AppHarness;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-recover-")), "tide.txt");
    writeFileSync(file, STORY + "\n");
    app = await sharedApp({ story: file, storyName: "tide.txt" });
  });
  afterAll(() => app.close());

  it("keeps the scenes' titles, synopses and statuses the outline had", async () => {
    const editor = new EditorPage(app.page);
    const outline = new OutlinePage(app.page);
    await outline.rename(1, "Biscuits");
    await waitForAnalysis(app.page);
    await outline.setSynopsis(1, "Danny arrives.");
    await waitForAnalysis(app.page);
    await outline.setStatus(2, "revised");
    await editor.save();
    const titles = await outline.titles();

    await editor.typeAtEndOf(0, " The gulls watched.");
    const banners = await reloadAndRestore(app);

    expect(await banners.text()).toContain("The gulls watched.");
    expect(await outline.titles()).toEqual(titles);
    expect(titles[1]).toBe("Biscuits");
    expect(await outline.synopsis(1)).toBe("Danny arrives.");
    expect(await outline.status(2)).toBe("revised");
  });
});

/**
 * Found on writer-22's day: when the restored text no longer matched the writer's own outline
 * (most scenes' opening lines rewritten), Restore fell back to the story's break lines with no
 * word, and the writer's titles and splits were gone without a reason.
 */
describe("restoring work that no longer matches the writer's outline", () => {
  let app: AppHarness;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-recover-")), "plot.txt");
    const paragraphs = [
      "The seed packets were labelled in a spidery hand.",
      "Nobody knew where the key for the shed was kept.",
      "* * *",
      "The slugs came in May and ate every lettuce there was.",
      "Beer traps were set along the edges of the beds.",
      "The show was held in the village hall in September.",
      "The rhubarb took first prize for the thirtieth time.",
    ];
    writeFileSync(file, paragraphs.join("\n\n") + "\n");
    app = await sharedApp({ story: file, storyName: "plot.txt" });
  });
  afterAll(() => app.close());

  it("says which scenes it kept", async () => {
    const outline = new OutlinePage(app.page);
    const editor = new EditorPage(app.page);
    await outline.splitAt(1, 2);
    await waitForAnalysis(app.page);
    await outline.rename(0, "Seeds");
    await waitForAnalysis(app.page);
    await editor.save();

    // Every paragraph rewritten: no scene's opening line is left to anchor the outline to.
    await editor.runCommand("edit.replace");
    const find = new FindPage(app.page);
    await find.typeSearch("e");
    await find.typeReplacement("ë");
    await find.replaceAll();
    const banners = await reloadAndRestore(app);

    expect(await banners.text()).toContain("Thë slugs");
    const said = await banners.message("outline");
    expect(said).toMatch(/does not match/u);
    expect(said).toContain(`${await outline.sceneCount()} scenes`);
    expect(await outline.titles()).not.toContain("Seeds");
    await screenshot(app.page, "restore-outline-banner.png");
  });
});
