/**
 * A safety net that cannot be written is shown to the writer: with a data folder that cannot
 * take working copies, typing brings up a banner instead of backing up into nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openApp, type AppHarness } from "../support/harness";
import { BannerPage } from "./pages/banner-page";
import { EditorPage } from "./pages/editor-page";

const STORY = path.resolve(import.meta.dirname, "../fixtures/safety/lighthouse.txt");

let app: AppHarness | null = null;
afterEach(async () => {
  app?.host.dispose();
  await app?.close().catch(() => undefined);
  app = null;
});

describe("safety nets", () => {
  it("shows a banner when the data folder cannot take the working copy", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-nets-e2e-")), "data");
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, "working-copies"), "a file where the folder should be");
    app = await openApp({ story: STORY, dataDir });
    const opened = app;
    opened.host.onHostEvent((event) => void opened.emit(event).catch(() => undefined));
    const editor = new EditorPage(app.page);
    const banners = new BannerPage(app.page);
    await editor.typeAtEndOf(1, " The lamp guttered.");
    const banner = await banners.waitFor(/cannot be backed up/, 10_000);
    expect(await banner.getAttribute("data-banner-id")).toBe("safety-net");
    expect(await banners.message("safety-net")).toMatch(/a crash would lose them/);
  });
});
