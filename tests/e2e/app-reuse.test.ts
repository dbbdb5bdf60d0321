/**
 * The reset that lets a file's tests share one running app (tests/support/app-reuse.ts): every
 * piece of state a test can change is changed, the app is reset for the next story, and what
 * it shows and keeps must be what a freshly started app shows and keeps on that story.
 */
import { afterAll, describe, expect, it } from "vitest";
import { reusedApp } from "../support/app-reuse";
import { appState, type AppState } from "../support/app-state";
import { openApp, SEED_STORY } from "../support/harness";
import { EditorPage } from "./pages/editor-page";

const apps = reusedApp();
afterAll(() => apps.close());

/** The parts of the page's state this test changes, each checked to differ before the reset. */
const CHANGED = [
  "title",
  "html",
  "status",
  "banners",
  "dialogs",
  "findBar",
  "find",
  "panels",
  "sides",
  "tabs",
  "text",
  "dirty",
  "undo",
  "caret",
  "scrollTop",
  "toggles",
] as const;

describe("one app reused across tests", () => {
  it("shows and keeps after a reset what a freshly started app does", async () => {
    let app = await apps.open({ story: SEED_STORY });
    const editor = new EditorPage(app.page);
    const menu = (command: string, arg?: string) =>
      app.emit({ type: "command", command, ...(arg !== undefined ? { arg } : {}) });

    // Everything a test can change: the story (unsaved, with undo and a working copy), the
    // look, the panels and switches, the preferences, a question, a dialog, the find bar.
    await editor.typeAtEndOf(2, " Changed.");
    await editor.waitForWorkingCopyQuiet();
    await menu("view.theme", "dark");
    await menu("view.zoomIn");
    await menu("view.sessionTarget", "500");
    await menu("file.autosave", "on");
    await menu("view.highlightCharacters");
    await menu("view.showHints");
    await menu("view.cast");
    await app.page.evaluate(`window.draftwiseApp.panels.setSideVisible("left", false)`);
    await menu("view.focusMode");
    await menu("edit.replace");
    await app.page.locator(".find-bar [data-find=search]").fill("lamp");
    await app.page.locator(".find-bar [data-find=replace]").fill("torch");
    await app.page.locator(".find-bar [data-find=wholeWord]").click();
    await menu("edit.find");
    await app.page.evaluate(`localStorage.setItem("draftwise.export", '{"format":"md"}')`);
    await app.page.evaluate(`document.getElementById("editor-scroll").scrollTop = 400`);
    await editor.press("Control+o");
    await app.page.locator(`#banners .banner[data-banner-id="unsaved-changes"]`).waitFor();
    await menu("help.shortcuts");
    // A message in the status bar (a command the native menu could not grey out says why).
    await menu("edit.separateParagraphs");
    await expect.poll(() => app.page.locator("#status").innerText()).toMatch(/Separate Paragraphs/);
    await app.page.emulateMedia({ colorScheme: "dark" });
    await app.page.setViewportSize({ width: 700, height: 600 });
    app.dialogs.save.push("/nowhere.txt");
    const changed = await appState(app);

    app = await apps.open({ story: SEED_STORY });
    const reset = await appState(app);

    const fresh = await openApp({ story: SEED_STORY });
    let started: AppState;
    try {
      started = await appState(fresh);
      expect({
        ...started,
        media: await fresh.page.evaluate(`matchMedia("(prefers-color-scheme: dark)").matches`),
        viewport: fresh.page.viewportSize(),
        dialogs: fresh.dialogs,
      }).toEqual({
        ...reset,
        media: await app.page.evaluate(`matchMedia("(prefers-color-scheme: dark)").matches`),
        viewport: app.page.viewportSize(),
        dialogs: app.dialogs,
      });
    } finally {
      await fresh.close();
    }
    // Each part was changed before the reset, so the comparison above tested its reset.
    const before = changed.page as Record<string, unknown>;
    const after = started.page as Record<string, unknown>;
    for (const key of CHANGED) expect(before[key], key).not.toEqual(after[key]);
    expect(changed.storage).not.toEqual(started.storage);
    expect(changed.dataDir).not.toEqual(started.dataDir);
  });
});
