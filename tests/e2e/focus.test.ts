/**
 * Issue 21: focus mode carries into the next story through its feature's state (the plugin of
 * the next state starts in the mode of the last), not through an attribute on <html>: after a
 * reopen or another story the paragraph is still drawn in focus, and Escape still leaves it.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { BannerPage } from "./pages/banner-page";
import { EditorPage } from "./pages/editor-page";

/** Three paragraphs are enough to see one in focus; the bundled story would add about 0.7 s of CPU to each start. */
const STORY = [
  "Mara left the harbour before the light.",
  '"You\'ll be back by noon," Tom said.',
  "She did not answer him, and the boat went out on the tide.",
].join("\n\n");

describe("focus mode", () => {
  let app: AppHarness;
  let editor: EditorPage;
  let banners: BannerPage;

  beforeEach(async () => {
    app = await sharedApp({ text: STORY + "\n" });
    editor = new EditorPage(app.page);
    banners = new BannerPage(app.page, (file) => app.dialogs.open.push(file));
    await editor.editor.click();
    await editor.press("Control+Shift+Enter");
    await expect.poll(() => editor.focusMode()).toBe(true);
  });
  afterEach(() => app.close());

  /** Focus mode as the writer sees it in the story now, and Escape leaving it. */
  async function stillInFocus(): Promise<void> {
    expect(await editor.focusMode()).toBe(true);
    await expect.poll(() => editor.focusedParagraphs.count()).toBe(1);
    await editor.editor.focus();
    await editor.press("Escape");
    await expect.poll(() => editor.focusMode()).toBe(false);
    expect(await editor.focusedParagraphs.count()).toBe(0);
  }

  it("survives reopening the story", async () => {
    expect(await banners.open(app.storyPath)).toBe(true);
    await stillInFocus();
  });

  it("survives opening another story", async () => {
    const other = path.join(app.dir, "other.txt");
    writeFileSync(other, "One paragraph.\n\nAnother paragraph.\n");
    expect(await banners.open(other)).toBe(true);
    await expect.poll(() => banners.text()).toBe("One paragraph.\n\nAnother paragraph.\n");
    await stillInFocus();
  });
});
