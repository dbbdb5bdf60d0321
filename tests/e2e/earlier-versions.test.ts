/**
 * File > Earlier Versions…: two saves keep two versions; the dialog lists them newest first,
 * says what each holds, is reached and left with the keyboard and passes axe; Restore puts the
 * older one in the editor unsaved and writes nothing; Ctrl+Z brings back today's text, which a
 * save keeps. A story with no versions says so.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listBackups } from "../../electron/host/backups";
import { screenshot } from "../support/screenshots";
import { violations } from "../support/axe";
import { safetySessions } from "./pages/safety-session";
import { VersionsPage } from "./pages/versions-page";

const start = safetySessions();

describe("earlier versions", () => {
  it("lists the versions two saves kept, restores the older as one undo step, and saves today's", async () => {
    const { app, editor } = await start();
    const versions = new VersionsPage(app.page);
    const first = readFileSync(app.storyPath, "utf8");

    await versions.open();
    expect(await versions.dialog.innerText()).toContain("No earlier versions");
    await versions.close();

    await editor.insertAtEndOf(0, " Second save.");
    await editor.save();
    await editor.insertAtEndOf(0, " Third save.");
    await editor.save();
    const today = readFileSync(app.storyPath, "utf8");
    expect(await listBackups(app.dataDir, app.storyPath)).toHaveLength(2);

    await versions.open();
    const times = await versions.times();
    expect(times).toHaveLength(2);
    for (const time of times) expect(time).toMatch(/^today \d\d:\d\d(:\d\d)?$/);
    expect(await versions.described(1)).toMatch(/\(−4 against now\)/);
    expect(await versions.described(1)).toMatch(
      /(Paragraph \d+ differs|Opens, differing from now): /,
    );
    expect(await violations(app.page)).toEqual([]);
    await screenshot(versions.dialog, "earlier-versions-1280.png");
    await app.page.setViewportSize({ width: 640, height: 800 });
    await screenshot(app.page, "earlier-versions-640.png");
    await app.page.setViewportSize({ width: 1280, height: 860 });

    await versions.restoreWithKeys(1);
    expect(await versions.storyText()).toBe(first);
    expect(await versions.unsaved()).toBe(true);
    expect(readFileSync(app.storyPath, "utf8")).toBe(today);

    await editor.undo();
    expect(await versions.storyText()).toBe(today);
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(today);
  });
});

describe("earlier versions with autosave on", () => {
  it("brings one back without writing it: autosave waits for a save by hand", async () => {
    const { app, editor } = await start({ autosave: true });
    const versions = new VersionsPage(app.page);
    await editor.insertAtEndOf(0, " Saved once.");
    await editor.save();
    const today = readFileSync(app.storyPath, "utf8");
    await versions.open();
    await versions.restoreWithKeys(0);
    // Autosave's pause after the edit has passed when it says why it did not save.
    await editor.status.locator("[data-status=autosave]", { hasText: "paused" }).waitFor();
    expect(readFileSync(app.storyPath, "utf8")).toBe(today);
    expect(await versions.unsaved()).toBe(true);
  });
});
