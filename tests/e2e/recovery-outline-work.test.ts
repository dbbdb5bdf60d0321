/**
 * The writer's outline survives a crash (outline-27): with autosave off, scene titles, a
 * synopsis and a split made in the Outline, and never saved, are kept in the working copy
 * beside the text and offered back at the next start, as the Cast panel's changes are; Restore
 * puts them back and one Ctrl+Z takes the restore back.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { waitForAnalysis } from "../support/harness";
import { ExportPage } from "./pages/export-page";
import { OutlinePage } from "./pages/outline-page";
import { crash, safetySessions, workingCopies, type StartedApp } from "./pages/safety-session";

const STORY = [
  "Maud stood at the end of the jetty with her flask of tea going cold.",
  "The gulls had given up on her an hour ago and gone to the bins behind the chip shop.",
  "* * *",
  "Danny Reyes had flown eleven hours and eaten six ginger biscuits on the way.",
  "He found the harbour office shut and a note on the door in green biro.",
  "* * *",
  "The tide gauge lived in a concrete hut at the end of the old pier.",
  "Nobody had read it since the spring, and the paper roll had run out in June.",
].join("\n\n");

const start = safetySessions();

/** The story opened with autosave off and its outline showing three scenes. */
async function withOutline(started: StartedApp): Promise<OutlinePage> {
  await started.editor.runCommand("file.autosave", "off");
  const outline = new OutlinePage(started.app.page);
  await expect.poll(() => outline.titles().then((t) => t.length)).toBe(3);
  await waitForAnalysis(started.app.page);
  return outline;
}

describe("the Outline and a crash, autosave off", () => {
  it("offers renamed and described scenes back; Restore brings them, Ctrl+Z takes them back", async () => {
    const first = await start({ text: STORY + "\n", storyName: "jetty.txt" });
    const outline = await withOutline(first);
    const detected = await outline.titles();
    await outline.rename(1, "Danny lands");
    await outline.setSynopsis(2, "The gauge nobody reads.");
    await expect.poll(() => outline.titles()).toEqual([detected[0], "Danny lands", detected[2]]);
    await first.editor.waitForWorkingCopyQuiet();
    const [copy] = workingCopies(first.app);
    expect(copy).toContain('"Danny lands"');
    expect(copy).toContain("The gauge nobody reads.");
    const dataDir = await crash(first);
    // Nothing was saved: no sidecar, the text as it was.
    expect(existsSync(first.app.storyPath.replace(/\.txt$/, ".draftwise.json"))).toBe(false);
    expect(readFileSync(first.app.storyPath, "utf8")).toBe(STORY + "\n");

    const second = await start({ dataDir });
    await second.editor.runCommand("file.autosave", "off");
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    expect(await second.banners.message("recovery")).toMatch(
      /^Unsaved changes to the outline from .* were found for "jetty\.txt"\. Restore them\?$/,
    );
    const after = await withOutline(second);
    expect(await after.titles()).toEqual(detected);
    expect(await after.activeIndex()).toBe(0);
    await second.banners.click("recovery", "Restore");
    await expect.poll(() => after.titles()).toEqual([detected[0], "Danny lands", detected[2]]);
    expect(await after.synopsis(2)).toBe("The gauge nobody reads.");
    // The caret stays where it was (the whole story laid out again once mapped it to the end).
    expect(await after.activeIndex()).toBe(0);
    expect(await second.banners.text()).toBe(STORY + "\n");
    expect(await second.editor.fileLabel()).toMatch(/•$/);

    await second.editor.undo();
    await expect.poll(() => after.titles()).toEqual(detected);
    expect(await after.hasSynopsis(2)).toBe(false);
    await second.editor.redo();
    await expect.poll(() => after.titles()).toEqual([detected[0], "Danny lands", detected[2]]);
  });

  it("says both when the text and the outline differ, and a split scene comes back with the text", async () => {
    const first = await start({ text: STORY + "\n", storyName: "jetty.txt" });
    const outline = await withOutline(first);
    await outline.splitAt(0, 1);
    await expect.poll(() => outline.titles().then((t) => t.length)).toBe(4);
    await first.editor.typeAtEndOf(0, " The tea was stewed.");
    await waitForAnalysis(first.app.page);
    await first.editor.waitForWorkingCopyQuiet();
    expect(workingCopies(first.app)[0]).toContain("The tea was stewed.");
    const dataDir = await crash(first);

    const second = await start({ dataDir });
    await second.editor.runCommand("file.autosave", "off");
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    expect(await second.banners.message("recovery")).toMatch(
      /1 paragraph changed compared with the file, and changes to the outline\. Restore it\?$/,
    );
    const after = await withOutline(second);
    // The caret in the last scene, past the split and the changed paragraph the restore brings.
    await second.editor.clickAfter("in green biro");
    await second.banners.click("recovery", "Restore");
    await expect.poll(() => after.titles().then((t) => t.length)).toBe(4);
    expect(await second.banners.text()).toContain("The tea was stewed.");
    // Kept at its place in the text, not at its old position (the split and the new words
    // before it would have moved it 22 characters back).
    expect(await second.editor.textBeforeCaret()).toMatch(/in green biro$/);
  });
});

describe("the Export dialog's title and author and a crash, autosave off (qa-29)", () => {
  it("offers the title and author the writer gave back, and Restore brings them", async () => {
    const first = await start({ text: STORY + "\n", storyName: "jetty.txt" });
    await first.editor.runCommand("file.autosave", "off");
    await waitForAnalysis(first.app.page);
    const exporter = new ExportPage(first.app.page, first.app.dialogs);
    await exporter.open();
    await exporter.setManuscript("The Tide Gauge", "M. Abernethy");
    await exporter.chooseFormat("md");
    await exporter.exportTo(path.join(first.app.dir, "gauge.md"));
    await first.editor.waitForWorkingCopyQuiet();
    expect(workingCopies(first.app)[0]).toContain("The Tide Gauge");
    const dataDir = await crash(first);

    const second = await start({ dataDir });
    await second.editor.runCommand("file.autosave", "off");
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    expect(await second.banners.message("recovery")).toMatch(
      /^Unsaved changes to the export's title and author from .* were found for "jetty\.txt"\. Restore them\?$/,
    );
    await second.banners.click("recovery", "Restore");
    await expect.poll(() => second.editor.fileLabel()).toMatch(/•$/);
    const again = new ExportPage(second.app.page, second.app.dialogs);
    await again.open();
    expect(await again.manuscript()).toEqual({ title: "The Tide Gauge", author: "M. Abernethy" });
    await again.close();
  });
});
