/**
 * One running app per test process, handed from test to test and from file to file (the e2e
 * project runs with `isolate: false`, so this module's state outlives a file), reset before each
 * hand-over: an app start costs 2.3-3.0 s of CPU, opening a story in place in a running app (as
 * File > Open does) about a fifth of that. Each test still gets its story in a fresh folder, the
 * writer's preferences as a first start has them, and an empty data folder;
 * `tests/e2e/app-reuse.test.ts` changes everything listed here, resets, and compares what the app
 * shows and keeps (`app-state.ts`) with a fresh app's.
 *
 * The reset, in the writer's own ways where there is one: dialogs closed with Escape, the find
 * bar and the outline's filter text emptied, banners dismissed, the saves count dropped, focus mode left, theme, zoom, session target and
 * autosave set by their commands, the switches and panels put back as the first start had them,
 * the next story opened in place with "discard" (File > Open without the unsaved question: the
 * working copy goes with it), then localStorage and the data folder emptied as a first start
 * finds them. From outside the app: Playwright's media and viewport as a new context has them,
 * the listeners and routes a test added to the page or its context removed (a `dialog` listener
 * among them: Playwright then dismisses dialogs again), what a test put on `window` or
 * `navigator` (export-page's clipboard stand-in) deleted, and the host's and the editor view's
 * methods a test replaced put back.
 *
 * Not reset: the paths the shell granted earlier tests (each a file in a fresh folder of its own
 * that no later test is told; the guard compares exact paths, so none reaches another test's
 * folder) and the system clipboard (no test reads it: copies go through a `DataTransfer` or
 * export-page's stand-in). The app is never closed by a file: the page dies with the shared
 * Chromium at the end of the run, the host with the test process, and the temp folders with the
 * run's temp root (`browser-server.ts`).
 *
 * A reload reads the page as a start does, on the test's own story and in the data folder and
 * storage the test left (`handOver`): what a test wants back after a reopen (the sidecar, the
 * preferences, the working copy offered) it gets as from an app of its own, for the cost of the
 * page's reload and not of a start (a new page, its process, the shell's server).
 *
 * A start after a crash (`dataDir`, the folder a crash left) is the same reload: that folder's
 * contents are copied into the running app's, emptied by the reset, and the page reloads; every
 * offer a start makes is the page's, read from the host's data folder as the page starts (the
 * launch story's working copy with `openStory`, an untitled story's with `untitledWorkingCopy`,
 * another story's when it is opened). What the host does once per start of its own is not done
 * again: the temps a killed save left in the data folder are cleaned at its first open only.
 *
 * Not for tests that read the start itself: the first run, the open limits, the page's clock, a
 * page function exposed, the host disposed, the temps of a killed save in the data folder, the
 * page closed. Those call `openApp`.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { HostEvent } from "../../core/host-api";
import { openApp, SEED_STORY, waitForAnalysis, type AppHarness } from "./harness";
import { waitInPage } from "./page-waits";

export interface ReuseOptions {
  story?: string;
  text?: string;
  storyName?: string;
  autosave?: boolean | "default";
  /**
   * The data folder a crash left: its contents are copied into the running app's and the page
   * reloads, so the app offers what a start on that folder offers. The app keeps writing to its
   * own folder (`dataDir` of the harness returned), as a start writes to the one it was given.
   */
  dataDir?: string;
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

/** The page's own globals at the first start: a later one is a test's. */
const WINDOW_KEYS = `Object.getOwnPropertyNames(window)`;

/** Playwright's event emitters (page, context) as far as listeners go. */
interface Emitter {
  eventNames(): (string | symbol)[];
  listeners(event: string | symbol): ((...args: unknown[]) => void)[];
  removeListener(event: string | symbol, listener: (...args: unknown[]) => void): unknown;
}

type Listeners = ReadonlyMap<string | symbol, readonly unknown[]>;
const listenersOf = (emitter: Emitter): Listeners =>
  new Map(emitter.eventNames().map((name) => [name, emitter.listeners(name)]));

/** What the running app had when it started, to tell a test's additions from the harness's. */
interface Baseline {
  readonly first: FirstLook;
  readonly pageListeners: Listeners;
  readonly contextListeners: Listeners;
  readonly windowKeys: readonly string[];
  readonly hostOwn: ReadonlyMap<string, unknown>;
}

let running: { app: AppHarness; baseline: Baseline; autosave: Autosave } | null = null;

type Autosave = NonNullable<ReuseOptions["autosave"]>;

/**
 * A harness whose `close` leaves the app running for the next test or file. Its `reload` is a
 * start's reading of the page, as an app of the test's own gives it: the page asks the host for
 * its launch story, and the host answers with this test's story (the launch story it was given
 * is the first test's). That answer is a host method replaced like a test's own, put back by
 * the next reset. What the context runs before the page's scripts (the autosave choice the
 * first start's options set) is the first start's: another choice reloads in an app of its own.
 */
const handOver = (app: AppHarness, autosave: Autosave, first: Autosave): AppHarness => ({
  ...app,
  reload: async () => {
    if (autosave !== first)
      throw new Error(
        `a shared app reloads with autosave ${String(first)} set before its scripts: ` +
          `reload an app of its own for autosave ${String(autosave)}`,
      );
    const host = app.host;
    const open = host.openStory.bind(host);
    host.openStory = (request) =>
      open(request.path === undefined ? { ...request, path: app.storyPath } : request);
    app.grant(app.storyPath);
    await app.reload();
  },
  close: async () => undefined,
});

/**
 * The test process's running app on a fresh copy of the story: started the first time, reset
 * after that. Its `close` is a no-op (call it as for `openApp`: the same tests run on either).
 */
export async function sharedApp(options: ReuseOptions = {}): Promise<AppHarness> {
  const autosave = options.autosave ?? false;
  if (running && !running.app.page.isClosed()) {
    const app = handOver(
      await resetApp(running.app, running.baseline, options),
      autosave,
      running.autosave,
    );
    // A crash before anything was written leaves no folder: a start on it finds none.
    if (options.dataDir !== undefined && existsSync(options.dataDir)) {
      cpSync(options.dataDir, app.dataDir, { recursive: true });
      await app.reload();
    }
    return app;
  }
  const app = await openApp(options);
  const page = app.page;
  running = {
    app,
    autosave,
    baseline: {
      first: (await page.evaluate(FIRST_LOOK)) as FirstLook,
      pageListeners: listenersOf(page as unknown as Emitter),
      contextListeners: listenersOf(page.context() as unknown as Emitter),
      windowKeys: (await page.evaluate(WINDOW_KEYS)) as string[],
      hostOwn: new Map(Object.entries(app.host)),
    },
  };
  return handOver(app, autosave, autosave);
}

/** A menu command as the native menu sends it. */
const command = (name: string, arg?: string): HostEvent => ({
  type: "command",
  command: name,
  ...(arg !== undefined ? { arg } : {}),
});

/** Runs a command as the native menu does and waits for the page to have handled it. */
const menu = (app: AppHarness, name: string, arg?: string) => app.emit(command(name, arg));

/** Removes the listeners added to `emitter` since `before` was taken. */
function removeAdded(emitter: Emitter, before: Listeners): void {
  for (const name of emitter.eventNames()) {
    const kept = before.get(name) ?? [];
    for (const listener of emitter.listeners(name))
      if (!kept.includes(listener)) emitter.removeListener(name, listener);
  }
}

async function resetApp(
  app: AppHarness,
  baseline: Baseline,
  options: ReuseOptions,
): Promise<AppHarness> {
  const { page } = app;
  const { first } = baseline;
  // What a test added from outside: listeners, routes, globals, the host's methods.
  removeAdded(page as unknown as Emitter, baseline.pageListeners);
  removeAdded(page.context() as unknown as Emitter, baseline.contextListeners);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.context().unrouteAll({ behavior: "ignoreErrors" });
  // Globals a test put on `window` or `navigator` go, and the editor view's methods are its own
  // again (its dispatch, bound as its constructor binds it): a test that wrapped dispatch to
  // watch find's work (novel-length's) left a wrapper whose global the line before deleted, so
  // every later find transaction threw in it, after the bar showed and before its field took
  // the focus. What the checks below need is read at once (each look at the page is a round
  // trip through Chromium: a reset made about 25).
  const before = (await page.evaluate(
    `((keys) => {
      const kept = new Set(keys);
      for (const key of Object.getOwnPropertyNames(window)) if (!kept.has(key)) delete window[key];
      for (const key of Object.getOwnPropertyNames(navigator)) delete navigator[key];
      const view = window.draftwiseApp.view;
      const own = Object.getPrototypeOf(view);
      for (const [key, value] of Object.entries(view))
        if (typeof value === "function" && typeof own[key] === "function") view[key] = own[key].bind(view);
      const query = (q) => matchMedia(q).matches;
      return {
        dialog: !!document.querySelector("dialog[open]"),
        media: query("print") || query("(prefers-color-scheme: dark)") ||
          query("(prefers-reduced-motion: reduce)"),
      };
    })(${JSON.stringify(baseline.windowKeys)})`,
  )) as { dialog: boolean; media: boolean };
  const host = app.host as unknown as Record<string, unknown>;
  for (const [key, value] of baseline.hostOwn) host[key] = value;
  // What a test set on the page from outside (Playwright's defaults for a new context), when it
  // differs: emulating the media again makes Chromium match the whole page's styles again.
  if (before.media)
    await page.emulateMedia({ media: null, colorScheme: "light", reducedMotion: "no-preference" });
  const size = page.viewportSize();
  if (size?.width !== 1280 || size.height !== 860)
    await page.setViewportSize({ width: 1280, height: 860 });
  // Dialogs close with Escape, as a writer closes them.
  for (
    let i = 0, open = before.dialog;
    i < 5 && open;
    i++, open = await page.evaluate(`!!document.querySelector("dialog[open]")`)
  )
    await page.keyboard.press("Escape");
  // The saves counted on <body data-saves> (tests wait for it to grow) go, as a start has none.
  // The outline's filter text stays from one story to the next: emptied, with the event its box
  // sends when a writer empties it (the panel may be hidden). Its character menu needs no reset:
  // it is listed again from the next story's cast, which starts empty.
  const left = (await page.evaluate(`(() => {
    delete document.body.dataset.saves;
    const box = document.querySelector(".outline-filter");
    if (box && box.value !== "") {
      box.value = "";
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
    return {
      banner: [...document.querySelectorAll("#banners .banner button")].some(
        (b) => b.textContent.trim() === "Dismiss",
      ),
      findKept: [...document.querySelectorAll(".find-bar input")].some((i) => i.value) ||
        !!document.querySelector(".find-bar [aria-pressed=true]"),
      findOpen: !document.querySelector(".find-bar").hidden,
      focus: document.documentElement.dataset.focus === "on",
    };
  })()`)) as { banner: boolean; findKept: boolean; findOpen: boolean; focus: boolean };
  // Banners the open leaves (not the story's: an export's, a safety net's) go with their
  // Dismiss button; a question that has none goes with the "discard" open below.
  const dismiss = page.locator("#banners .banner button", { hasText: /^Dismiss$/ }).first();
  if (left.banner)
    for (let i = 0; i < 10 && (await dismiss.count()) > 0; i++) await dismiss.click();
  // The find bar keeps its fields and switches from one story to the next: emptied and
  // switched off in the bar, as a writer does, then closed.
  if (left.findKept) {
    await menu(app, "edit.replace");
    for (const field of ["search", "replace"])
      await page.locator(`.find-bar [data-find=${field}]`).fill("");
    for (const on of await page.locator(".find-bar [aria-pressed=true]").all()) await on.click();
  }
  // The menu's commands, sent together and handled in order.
  const autosave = options.autosave ?? false;
  await app.emit(
    ...(left.findKept || left.findOpen ? [command("view.leave")] : []),
    ...(left.focus ? [command("view.focusMode")] : []),
    command("view.theme", "system"),
    command("view.zoomReset"),
    command("view.sessionTarget", "0"),
    command("file.autosave", autosave === false ? "off" : "on"),
  );
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
