/**
 * Runs the real renderer in real Chromium against the real Node host, through the product's own
 * browser shell (electron/host/browser-shell.ts): the same server, secret, path guard and event
 * stream a writer gets from `npm start -- --browser`. Everything but the thin Electron shell is
 * exercised; dialogs are scripted, and menu commands are host events as Electron's main sends.
 */
import { mkdtempSync, copyFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { HostEvent } from "../../core/host-api";
import { openBrowserShell } from "../../electron/host/browser-shell";
import type { NodeHost } from "../../electron/host/node-host";
import { CHROMIUM_ENDPOINT_ENV, launchChromium } from "./chromium";
import { watchPageErrors } from "./page-errors";
import { waitForReady, waitInPage } from "./page-waits";

export const RENDERER_DIR = path.resolve(import.meta.dirname, "../../dist/renderer");
export const SEED_STORY = path.resolve(import.meta.dirname, "../../documents/story.txt");

export interface ScriptedDialogs {
  /** The next paths the open and save dialogs "choose"; empty means cancel. */
  open: string[];
  save: string[];
}

export interface AppHarness {
  readonly page: Page;
  readonly host: NodeHost;
  readonly dir: string;
  readonly storyPath: string;
  readonly dataDir: string;
  readonly dialogs: ScriptedDialogs;
  /** Pushes host events (menu commands), in order, and waits until the page has handled them. */
  emit(...events: HostEvent[]): Promise<void>;
  /** Lets the page open a path, as Electron's main does for a drop, a second launch or Recent. */
  grant(file: string): void;
  reload(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One connection to the e2e project's shared Chromium per test process, for every app it opens
 * (each still in a context of its own, closed with the app): connecting took 30-210 ms a start.
 */
let connection: Promise<Browser> | null = null;
function sharedConnection(): Promise<Browser> {
  connection ??= launchChromium();
  // A failed connect is not kept: the next app tries again.
  connection.catch(() => (connection = null));
  return connection;
}

/** Copies a story into a fresh temp folder (the seed story by default) and opens the app on it. */
export async function openApp(
  options: {
    story?: string;
    /** The story's text, written as the file the app opens (instead of copying `story`). */
    text?: string;
    storyName?: string;
    dataDir?: string;
    browser?: Browser;
    /**
     * Autosave to the file (on by default in the app). Off unless asked for: tests that look at
     * unsaved states must not race its timer. "default" leaves the app's own default.
     */
    autosave?: boolean | "default";
    /**
     * Playwright's clock in the page from its first script, running as time does until a test
     * pauses it (`page.clock`) to step the page's timers faster than real time.
     */
    clock?: boolean;
    /** The host's open limits in bytes (tests use small ones). */
    limits?: { large: number; max: number };
  } = {},
): Promise<AppHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-e2e-"));
  const storyPath = path.join(dir, options.storyName ?? "story.txt");
  if (options.text !== undefined) writeFileSync(storyPath, options.text);
  else copyFileSync(options.story ?? SEED_STORY, storyPath);
  const dataDir = options.dataDir ?? path.join(dir, "app-data");
  const dialogs: ScriptedDialogs = { open: [], save: [] };
  // The product's own browser shell: the same guarded host and server a writer runs.
  const shell = await openBrowserShell({
    rendererDir: RENDERER_DIR,
    launchFile: storyPath,
    bundledStory: SEED_STORY,
    documentsDir: dir,
    dataDir,
    ...(options.limits ? { limits: options.limits } : {}),
    // A tab a test closes never comes back: a short grace (not the writer's PAGE_GRACE_MS)
    // before its holds go keeps the suite quick; page-holds.test.ts tests the grace itself.
    pageGrace: (run) => {
      const timer = setTimeout(run, 200);
      return () => clearTimeout(timer);
    },
    dialogs: {
      chooseOpenPath: async () => dialogs.open.shift() ?? null,
      chooseSavePath: async () => dialogs.save.shift() ?? null,
    },
  });
  const host = shell.host;
  const shared = !options.browser && !!process.env[CHROMIUM_ENDPOINT_ENV];
  const ownBrowser = !options.browser && !shared;
  const browser = options.browser ?? (shared ? await sharedConnection() : await launchChromium());
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 860 },
  });
  const autosave = options.autosave ?? false;
  if (autosave !== "default")
    await context.addInitScript(
      (on: boolean) => localStorage.setItem("draftwise.autosave", on ? "on" : "off"),
      autosave,
    );
  if (options.clock) await context.clock.install();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  watchPageErrors(page);
  await page.goto(shell.url);
  await waitForReady(page).catch((err: Error) => {
    throw new Error(`${err.message}\npage errors: ${errors.join("\n")}`);
  });
  await waitForAnalysis(page);
  const handled = `performance.getEntriesByName("dw:host-event").length`;
  // As Electron's main sends a menu command: through the host, down the page's event stream.
  const emit = async (...events: HostEvent[]): Promise<void> => {
    const before = await page.evaluate<number>(handled);
    for (const event of events) host.emit(event);
    await waitInPage(page, `${handled} >= ${before + events.length}`);
  };
  return {
    page,
    host,
    dir,
    storyPath,
    dataDir,
    dialogs,
    emit,
    grant: (file) => shell.guarded.grant(file),
    reload: async () => {
      await page.reload();
      await waitForReady(page);
      await waitForAnalysis(page);
    },
    close: async () => {
      await context.close();
      if (ownBrowser) await browser.close();
      await shell.close();
    },
  };
}

/** Waits until the app's analysis describes the current document (scenes, notes, highlights). */
export async function waitForAnalysis(page: Page): Promise<void> {
  await waitInPage(page, "window.draftwiseApp?.analysisIdle() ?? false");
}
