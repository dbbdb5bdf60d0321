/**
 * Issue 21: every way of leaving an edited story for another asks about the unsaved work first,
 * and either answer keeps it: Dismiss stays on the story with the edit, "Save, then open" writes
 * it to the file before the other story opens.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { safetySessions, type StartedApp } from "./pages/safety-session";
import { openedIn, waysOut } from "./pages/ways-out";

const start = safetySessions();
/** The story in the test process's running app, reset; a way that reloads the page starts its own. */
const open = (fresh: boolean): Promise<StartedApp> => start(fresh ? { own: true } : {});
const OTHER_TEXT = "Another story altogether.\n";

describe("leaving an edited story", () => {
  for (const [name, way] of Object.entries(waysOut)) {
    it(`asks first, and keeps the edit or saves it: ${name}`, async () => {
      const { app, editor, banners } = await open(!!way.prepare);
      const other = path.join(app.dir, "other.txt");
      writeFileSync(other, OTHER_TEXT);
      await way.prepare?.(app);
      await editor.typeAtEndOf(0, " Gulls wheeled.");

      await way.leave(app, other);
      await banners.byId("unsaved-changes").waitFor();
      await banners.click("unsaved-changes", "Dismiss");
      expect(await banners.text()).toContain("Gulls wheeled.");
      expect(await editor.fileLabel()).toContain(path.basename(app.storyPath));

      await way.leave(app, other);
      await banners.click("unsaved-changes", "Save, then open");
      // A save then an open: waited for as the app says it, not for vitest's poll's second
      // (at load 20-25 that second ran out with the story still being saved).
      await openedIn(app, other);
      expect(await banners.text()).toBe(OTHER_TEXT);
      expect(readFileSync(app.storyPath, "utf8")).toContain("Gulls wheeled.");
    }, 30_000);
  }
});

describe("a save still being written when the writer leaves", () => {
  it("writes the story it was for, and leaves the story opened after it as it opened", async () => {
    const { app, editor, banners } = await open(false);
    const other = path.join(app.dir, "other.txt");
    writeFileSync(other, OTHER_TEXT);
    await editor.typeAtEndOf(0, " Gulls wheeled.");
    // The host holds the save (a slow disk) until the writer has moved on.
    const save = app.host.saveStory.bind(app.host);
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = (): void => {};
    const saving = new Promise<void>((resolve) => (asked = resolve));
    let done = (): void => {};
    const written = new Promise<void>((resolve) => (done = resolve));
    app.host.saveStory = async (request) => {
      asked();
      await held;
      try {
        return await save(request);
      } finally {
        done();
      }
    };
    await editor.press("Control+s");
    await saving;
    await waysOut["Open Recent"]!.leave(app, other);
    await banners.click("unsaved-changes", "Discard changes");
    await openedIn(app, other);
    expect(await banners.text()).toBe(OTHER_TEXT);
    release();
    await written;
    expect(readFileSync(app.storyPath, "utf8")).toContain("Gulls wheeled.");
    // The next save waits for the held one: the other story must save to its own file, not be
    // refused as changed on disk for carrying the first file's fingerprint.
    await editor.typeAtEndOf(0, " More.");
    await editor.press("Control+s");
    await expect
      .poll(() => readFileSync(other, "utf8"), { timeout: 15_000 })
      .toBe("Another story altogether. More.\n");
    await expect.poll(() => editor.fileLabel()).toBe("other.txt");
  }, 30_000);
});
