/**
 * Runs the real renderer in real Chromium against the real Node host: the host object that
 * Electron's preload would reach over IPC is reached here by a small JSON call to the loopback
 * server that serves the page (method by method, the same `hostMethods` list), and host events
 * are pushed with `page.evaluate`. Everything but the thin Electron shell is exercised; dialogs
 * are scripted.
 */
import { mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { hostMethods, type HostEvent } from "../../core/host-api";
import { createNodeHost, type NodeHost } from "../../electron/host/node-host";
import { startAppServer } from "./app-server";
import { launchChromium } from "./chromium";
import { waitForReady, waitInPage } from "./page-waits";

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
  emit(event: HostEvent): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Copies a story into a fresh temp folder (the seed story by default) and opens the app on it. */
export async function openApp(
  options: { story?: string; storyName?: string; dataDir?: string; browser?: Browser } = {},
): Promise<AppHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-e2e-"));
  const storyPath = path.join(dir, options.storyName ?? "story.txt");
  copyFileSync(options.story ?? SEED_STORY, storyPath);
  const dataDir = options.dataDir ?? path.join(dir, "app-data");
  const dialogs: ScriptedDialogs = { open: [], save: [] };
  const host = createNodeHost({
    dataDir,
    defaultStoryPath: async () => storyPath,
    dialogs: {
      chooseOpenPath: async () => dialogs.open.shift() ?? null,
      chooseSavePath: async () => dialogs.save.shift() ?? null,
    },
  });
  // As Electron's main does, while the page loads (the open waits for it).
  void host.readAheadDefaultStory();
  const invoke = async (method: string, args: unknown[]): Promise<unknown> => {
    if (!(hostMethods as readonly string[]).includes(method))
      throw new Error(`unknown host method ${method}`);
    const decoded = args.map((a) => decodeBytes(a));
    return (host[method as (typeof hostMethods)[number]] as (...a: unknown[]) => Promise<unknown>)(
      ...decoded,
    );
  };
  const server = await startAppServer(undefined, invoke);
  const ownBrowser = !options.browser;
  const browser = options.browser ?? (await launchChromium());
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 860 },
  });
  await context.addInitScript((methods: readonly string[]) => {
    // Calls travel as JSON, so bytes travel as base64 (DOCX exports).
    const encode = (value: unknown): unknown => {
      if (value instanceof Uint8Array) {
        let s = "";
        for (const b of value) s += String.fromCharCode(b);
        return { $bytes: btoa(s) };
      }
      if (value && typeof value === "object" && !Array.isArray(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
      }
      return value;
    };
    const listeners: ((e: unknown) => void)[] = [];
    // Host calls go to the test server that serves the page (tests/support/app-server.ts).
    const invoke = async (method: string, args: unknown[]): Promise<unknown> => {
      const response = await fetch("/__host", {
        method: "POST",
        body: JSON.stringify({ method, args }),
      });
      const answer = (await response.json()) as { value?: unknown; error?: string };
      if (answer.error !== undefined) throw new Error(answer.error);
      return answer.value;
    };
    const api: Record<string, unknown> = {
      onHostEvent: (listener: (e: unknown) => void) => listeners.push(listener),
    };
    for (const method of methods)
      api[method] = (...args: unknown[]) => invoke(method, args.map(encode));
    Object.defineProperty(window, "draftwise", { value: Object.freeze(api) });
    Object.defineProperty(window, "__draftwiseEmit", {
      value: (e: unknown) => listeners.forEach((l) => l(e)),
    });
  }, hostMethods);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await page.goto(server.url);
  await waitForReady(page).catch((err: Error) => {
    throw new Error(`${err.message}\npage errors: ${errors.join("\n")}`);
  });
  await waitForAnalysis(page);
  const emit = (event: HostEvent): Promise<void> =>
    page.evaluate(
      (e) => (window as unknown as { __draftwiseEmit(e: unknown): void }).__draftwiseEmit(e),
      event,
    );
  // What Electron's main forwards over IPC (the file watcher's banner), the page hears here.
  host.onHostEvent((event) => void emit(event).catch(() => undefined));
  return {
    page,
    host,
    dir,
    storyPath,
    dataDir,
    dialogs,
    emit,
    reload: async () => {
      await page.reload();
      await waitForReady(page);
      await waitForAnalysis(page);
    },
    close: async () => {
      await context.close();
      if (ownBrowser) await browser.close();
      await server.close();
    },
  };
}

/** Waits until the app's analysis describes the current document (scenes, notes, highlights). */
export async function waitForAnalysis(page: Page): Promise<void> {
  await waitInPage(page, "window.draftwiseApp?.analysisIdle() ?? false");
}

function decodeBytes(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.$bytes === "string")
      return new Uint8Array(Buffer.from(record.$bytes, "base64"));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decodeBytes(v)]));
  }
  return value;
}
