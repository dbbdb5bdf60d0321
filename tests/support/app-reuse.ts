/**
 * One running app for a file's tests, reset between them: an app start costs 2.3-3.0 s of CPU,
 * opening a story in place in a running app (as File > Open does) about a fifth of that. Each
 * test still gets its story in a fresh folder, the writer's preferences as a first start has
 * them, and an empty data folder; `tests/e2e/app-reuse.test.ts` changes everything listed here,
 * resets, and compares what the app shows and keeps (`app-state.ts`) with a fresh app's.
 *
 * The reset, in the writer's own ways where there is one: dialogs closed with Escape, the find
 * bar emptied and left, focus mode left, theme, zoom, session target and autosave set by their commands, the
 * switches and panels put back as the first start had them, the next story opened in place with
 * "discard" (File > Open without the unsaved question: the working copy goes with it), then
 * localStorage and the data folder emptied as a first start finds them. What it cannot reset
 * (the paths the shell granted earlier tests' files) belongs to folders no later test knows.
 *
 * Not for tests that read the start itself: the first run, offers made at start, the open
 * limits, the page's clock, a data folder of their own. Those call `openApp`.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { openApp, SEED_STORY, waitForAnalysis, type AppHarness } from "./harness";
import { waitInPage } from "./page-waits";

export interface ReuseOptions {
  story?: string;
  text?: string;
  storyName?: string;
  autosave?: boolean | "default";
  browser?: Browser;
}

/** The look a first start had, read once from the freshly started app. */
interface FirstLook {
  readonly toggles: unknown;
  readonly rightTab: string | null;
  readonly sides: readonly [boolean, boolean];
}

const FIRST_LOOK = `(() => {
  const app = window.draftwiseApp;
  const tab = document.querySelector(".panel-tab[aria-selected=true]");
  return {
    toggles: app.features.find((f) => f.name === "analysis").getToggles(),
    rightTab: tab ? tab.dataset.panel : null,
    sides: ["left-panel", "right-panel"].map((id) => !document.getElementById(id).hidden),
  };
})()`;

export interface ReusedApp {
  /** The app on a fresh copy of the story: started the first time, reset after that. */
  open(options?: ReuseOptions): Promise<AppHarness>;
  /** Closes the running app (afterAll). */
  close(): Promise<void>;
}

export function reusedApp(): ReusedApp {
  let running: AppHarness | null = null;
  let first: FirstLook | null = null;
  return {
    async open(options = {}) {
      if (!running || !first) {
        running = await openApp(options);
        first = (await running.page.evaluate(FIRST_LOOK)) as FirstLook;
        return { ...running, close: async () => undefined };
      }
      return { ...(await resetApp(running, first, options)), close: async () => undefined };
    },
    async close() {
      await running?.close();
      running = null;
    },
  };
}

/** Runs a command as the native menu does and waits for the page to have handled it. */
const menu = (app: AppHarness, command: string, arg?: string) =>
  app.emit({ type: "command", command, ...(arg !== undefined ? { arg } : {}) });

async function resetApp(
  app: AppHarness,
  first: FirstLook,
  options: ReuseOptions,
): Promise<AppHarness> {
  const { page } = app;
  // What a test set on the page from outside (Playwright's defaults for a new context).
  await page.emulateMedia({ media: null, colorScheme: "light", reducedMotion: "no-preference" });
  const size = page.viewportSize();
  if (size?.width !== 1280 || size.height !== 860)
    await page.setViewportSize({ width: 1280, height: 860 });
  // Dialogs close with Escape, as a writer closes them.
  for (let i = 0; i < 5 && (await page.evaluate(`!!document.querySelector("dialog[open]")`)); i++)
    await page.keyboard.press("Escape");
  // The find bar keeps its fields and switches from one story to the next: emptied and
  // switched off in the bar, as a writer does, then closed.
  const findKept = `[...document.querySelectorAll(".find-bar input")].some((i) => i.value) ||
    !!document.querySelector(".find-bar [aria-pressed=true]")`;
  if (await page.evaluate(findKept)) {
    await menu(app, "edit.replace");
    for (const field of ["search", "replace"])
      await page.locator(`.find-bar [data-find=${field}]`).fill("");
    for (const on of await page.locator(".find-bar [aria-pressed=true]").all()) await on.click();
  }
  if (await page.evaluate(`!document.querySelector(".find-bar").hidden`))
    await menu(app, "view.leave");
  if (await page.evaluate(`document.documentElement.dataset.focus === "on"`))
    await menu(app, "view.focusMode");
  await menu(app, "view.theme", "system");
  await menu(app, "view.zoomReset");
  await menu(app, "view.sessionTarget", "0");
  const autosave = options.autosave ?? false;
  await menu(app, "file.autosave", autosave === false ? "off" : "on");
  await page.evaluate(
    `((first) => {
      const app = window.draftwiseApp;
      app.features.find((f) => f.name === "analysis").setToggles(first.toggles);
      if (first.rightTab) app.panels.show(first.rightTab);
      app.panels.setSideVisible("left", first.sides[0]);
      app.panels.setSideVisible("right", first.sides[1]);
    })(${JSON.stringify(first)})`,
  );

  // The next story, in a folder of its own, opened in place without the unsaved question.
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-e2e-"));
  const storyPath = path.join(dir, options.storyName ?? "story.txt");
  if (options.text !== undefined) writeFileSync(storyPath, options.text);
  else copyFileSync(options.story ?? SEED_STORY, storyPath);
  app.dialogs.open.length = 0;
  app.dialogs.save.length = 0;
  app.dialogs.open.push(storyPath);
  await menu(app, "file.open", "discard");
  await waitInPage(page, `window.draftwiseApp.file?.path === ${JSON.stringify(storyPath)}`);
  await waitForAnalysis(page);

  // As a first start finds them: storage with only the harness's autosave choice, no data.
  await page.evaluate(
    `((autosave) => {
      localStorage.clear();
      if (autosave !== "default") localStorage.setItem("draftwise.autosave", autosave ? "on" : "off");
    })(${JSON.stringify(autosave)})`,
  );
  // A start makes the folder only when it first writes there.
  for (const name of existsSync(app.dataDir) ? readdirSync(app.dataDir) : [])
    rmSync(path.join(app.dataDir, name), { recursive: true, force: true });
  return { ...app, dir, storyPath };
}
