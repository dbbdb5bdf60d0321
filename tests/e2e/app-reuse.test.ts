/**
 * The reset that lets tests and files share one running app (tests/support/app-reuse.ts): every
 * piece of state a test can change is changed, the app is reset for the next story, and what
 * it shows and keeps must be what a freshly started app shows and keeps on that story.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { sharedApp } from "../support/app-reuse";
import { appState, type AppState } from "../support/app-state";
import { allowPageErrors } from "../support/page-errors";
import { openApp, SEED_STORY, type AppHarness } from "../support/harness";
import { EditorPage } from "./pages/editor-page";
import { OutlinePage } from "./pages/outline-page";

/** What a test can add to the page from outside the app, read as plain data. */
async function outside(app: AppHarness): Promise<unknown> {
  const { page } = app;
  /** Playwright's page and context are event emitters; their types do not say so. */
  type Counted = {
    eventNames(): (string | symbol)[];
    listenerCount(event: string | symbol): number;
  };
  const count = (emitter: unknown) => {
    const counted = emitter as Counted;
    return Object.fromEntries(
      counted.eventNames().map((name) => [String(name), counted.listenerCount(name)]),
    );
  };
  return {
    pageListeners: count(page),
    contextListeners: count(page.context()),
    // A route's answer, or the shell's own (no route: the shell refuses a request without its secret).
    routed: await page.evaluate(async () =>
      Promise.all(["page", "context"].map(async (by) => (await fetch(`/e2e-route-${by}`)).status)),
    ),
    // Playwright dismisses a dialog no listener takes.
    confirmed: await page.evaluate(() => confirm("Shared?")),
    windowKeys: await page.evaluate(() => Object.getOwnPropertyNames(window).sort()),
    navigatorKeys: await page.evaluate(() => Object.getOwnPropertyNames(navigator)),
    // The host's methods by their code: a replaced one reads otherwise.
    host: Object.entries(app.host).map(([name, value]) => `${name}: ${String(value)}`),
    // The editor view's own methods (its bound dispatch) likewise.
    view: await page.evaluate(() =>
      Object.entries((window as unknown as { draftwiseApp: { view: object } }).draftwiseApp.view)
        .filter(([, value]) => typeof value === "function")
        .map(([name, value]) => `${name}: ${String(value)}`),
    ),
  };
}

/** The parts of the page's state this test changes, each checked to differ before the reset. */
const CHANGED = [
  "title",
  "html",
  "body",
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
  "outline",
  "outlineFilter",
] as const;

describe("one app reused across tests", () => {
  it("shows and keeps after a reset what a freshly started app does", async () => {
    // `outside` asks for the test's routes once they are gone: the shell answers 404, which
    // Chromium logs as a console error (on the reset app and on the fresh one).
    allowPageErrors(/^Failed to load resource: the server responded with a status of 404/);
    let app = await sharedApp({ story: SEED_STORY });
    const page = app.page;
    const editor = new EditorPage(app.page);
    const menu = (command: string, arg?: string) =>
      app.emit({ type: "command", command, ...(arg !== undefined ? { arg } : {}) });

    // Everything a test can change: the story (unsaved, with undo and a working copy), the
    // look, the panels and switches, the preferences, a question, a dialog, the find bar.
    await editor.typeAtEndOf(2, " Saved.");
    await editor.save();
    await editor.typeAtEndOf(2, " Changed.");
    await editor.waitForWorkingCopyQuiet();
    // A banner the open leaves (not the story's).
    await app.emit({ type: "safety-net", message: "A banner about the app, not the story." });
    // The outline's filter: text typed and a character chosen.
    const outline = new OutlinePage(app.page);
    const scenes = (await outline.shownIndexes()).length;
    await app.page.locator(".outline-filter").fill("e");
    await app.page.locator(".outline-character").selectOption({ index: 1 });
    await expect.poll(async () => (await outline.shownIndexes()).length).toBeLessThan(scenes);
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
    // From outside the app: listeners, a route, a dialog taken, the clipboard's stand-in
    // (export-page's), a global, a host method replaced, the view's dispatch wrapped (as
    // novel-length's watch of find's work did: a later file's find then threw in the wrapper).
    app.page.on("console", () => undefined);
    app.page.context().on("page", () => undefined);
    app.page.on("dialog", (dialog) => void dialog.accept());
    await app.page.route("**/e2e-route-page", (route) => route.fulfill({ status: 299 }));
    await app.page
      .context()
      .route("**/e2e-route-context", (route) => route.fulfill({ status: 299 }));
    await app.page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", { configurable: true, value: {} });
      const w = window as unknown as {
        shared: boolean;
        draftwiseApp: { view: import("prosemirror-view").EditorView };
      };
      w.shared = true;
      const view = w.draftwiseApp.view;
      const dispatch = view.dispatch.bind(view);
      view.dispatch = (tr) => dispatch(tr);
    });
    app.host.saveStory = async () => ({
      ok: false,
      error: { code: "unreadable", message: "replaced" },
    });
    const changedOutside = await outside(app);
    const changed = await appState(app);

    app = await sharedApp({ story: SEED_STORY });
    // Reset, not started again: the same page.
    expect(app.page).toBe(page);
    const reset = await appState(app);
    const resetOutside = await outside(app);

    const fresh = await openApp({ story: SEED_STORY });
    let started: AppState;
    try {
      started = await appState(fresh);
      const startedOutside = await outside(fresh);
      expect(startedOutside).toEqual(resetOutside);
      for (const [key, value] of Object.entries(changedOutside as Record<string, unknown>))
        expect(value, key).not.toEqual((startedOutside as Record<string, unknown>)[key]);
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

  // Found with the files shuffled: a file that left the focus nowhere (on <body>) passed the next
  // a story whose keys went nowhere; a start puts the focus in the story (compared above), and
  // so does a story opened in place (erev-28: the app's own, no longer a reset step).
  it("puts the focus in the story, as a start does, wherever the last test left it", async () => {
    let app = await sharedApp({ text: "One paragraph.\n" });
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await app.page.evaluate(() => document.activeElement === document.body)).toBe(true);
    app = await sharedApp({ text: "Another paragraph.\n" });
    expect(
      await app.page.evaluate(() => !!document.activeElement?.closest("#editor .ProseMirror")),
    ).toBe(true);
  });

  // testtime-34: a reload in the running app reads the page as a start does, on the story the
  // test was handed (the host's launch story is the first test's), with the storage it left.
  it("reloads on the test's own story and settings, as an app of its own does", async () => {
    await sharedApp({ text: "The first story.\n" });
    const app = await sharedApp({ text: "The second story.\n", storyName: "second.txt" });
    await app.emit({ type: "command", command: "view.theme", arg: "dark" });
    await app.reload();
    const read = () =>
      app.page.evaluate(() => {
        const w = window as unknown as {
          draftwiseApp: { text(): string; file?: { path: string } };
        };
        return {
          text: w.draftwiseApp.text(),
          path: w.draftwiseApp.file?.path,
          theme: document.documentElement.dataset.theme,
        };
      });
    expect(await read()).toEqual({
      text: "The second story.\n",
      path: app.storyPath,
      theme: "dark",
    });
    // A story changed on disk since is read as it now is.
    writeFileSync(app.storyPath, "The second story, changed.\n");
    await app.reload();
    expect((await read()).text).toBe("The second story, changed.\n");
    // The autosave choice is set before the page's scripts by the first start's context.
    const saving = await sharedApp({ text: "A third.\n", autosave: true });
    await expect(saving.reload()).rejects.toThrow(/an app of its own/);
  });
});
