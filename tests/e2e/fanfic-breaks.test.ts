/**
 * Fan fiction marks its scenes with a lone "~" or a ring ("oOo") as often as with "* * *": the
 * editor shows those lines as scene breaks, the outline starts a scene at each, and the file
 * keeps their bytes. The story is our own, written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { OutlinePage } from "./pages/outline-page";

const TEXT = [
  "Mara waited by the bus shelter with her hands in her pockets. The rain had stopped an hour ago.",
  '"You\'re late," she said when Jonah finally came round the corner.',
  '"Traffic," he said. "Sorry."',
  "~",
  "The diner was nearly empty. Jonah ordered pancakes and Mara ordered nothing at all.",
  '"You have to eat something," he said.',
  "oOo",
  "By midnight the rain was back, and Mara stood alone on the pier, watching the lights.",
  "",
].join("\n\n");

describe("fan fiction's scene breaks (issue 16's stories, Chromium)", () => {
  let app: AppHarness;
  let outline: OutlinePage;
  let file: string;

  beforeAll(async () => {
    file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-breaks-")), "pier.txt");
    writeFileSync(file, TEXT);
    app = await sharedApp({ story: file, storyName: "pier.txt" });
    outline = new OutlinePage(app.page);
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("shows '~' and 'oOo' as scene breaks and starts a scene at each", async () => {
    await expect(app.page.locator(".scene-break").count()).resolves.toBe(2);
    await expect(outline.items.count()).resolves.toBe(3);
    await screenshot(app.page, "fanfic-breaks.png");
  });

  it("leaves the file's bytes as they were", () => {
    expect(readFileSync(file, "utf8")).toBe(TEXT);
  });
});
