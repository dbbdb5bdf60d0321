/**
 * Typing in a real browser: one fresh headless Chromium per measurement, the story loaded in
 * either bare ProseMirror or the full app, 200 real key presses in the middle of the story, and
 * the page's own numbers (pages/probe.ts) read back.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { openApp } from "../tests/support/harness";
import { launchChromium } from "../tests/support/chromium";
import { waitForReady } from "../tests/support/page-waits";
import { DIST, startBareServer, type BareServer } from "./bare-server";
import { percentile } from "./stats";
import type { KeySample } from "./pages/probe";

export type Variant = "bare" | "draftwise";

/** One variant, one size, one fresh browser. */
export interface TypingResult {
  readonly readyMs: number;
  readonly keyP50Ms: number;
  readonly keyP95Ms: number;
  readonly jsP50Ms: number;
  readonly jsP95Ms: number;
  readonly heapMB: number;
  readonly domNodes: number;
  /** How the app was judged settled before typing: its own signal or a fixed wait. */
  readonly settledBy: "analysisIdle" | "fixed wait" | "none";
  /** The browser's version string, e.g. "Chromium 140.0.7339.185". */
  readonly browser: string;
}

export interface TypingOptions {
  readonly keys: number;
  /** The least time from one key press to the next, as a quick typist's rhythm. */
  readonly paceMs: number;
  /** Wait after ready when the app has no `analysisIdle()` signal. */
  readonly settleMs: number;
  readonly bareServer: BareServer;
}

const PROBE = path.join(DIST, "bench", "probe.js");
const VIEWPORT = { width: 1280, height: 860 };
/** Letters and spaces only, so no input rule (smart quotes, dashes) changes what lands. */
const PHRASE = "and then she wrote another line of the story without looking up ";

export interface Opened {
  readonly page: Page;
  readonly viewExpression: string;
  readonly settledBy: TypingResult["settledBy"];
  close(): Promise<void>;
}

/** Measures one variant on one story text in a browser of its own. */
export async function measureTyping(
  variant: Variant,
  text: string,
  options: TypingOptions,
): Promise<TypingResult> {
  const browser = await launchChromium();
  try {
    const opened = await openVariant(browser, variant, text, options);
    try {
      return {
        ...(await typeAndRead(opened, options)),
        settledBy: opened.settledBy,
        browser: `Chromium ${browser.version()}`,
      };
    } finally {
      await opened.close();
    }
  } finally {
    await browser.close();
  }
}

/** Opens one variant on `text` in `browser`, settled and with the probe installed. */
export function openVariant(
  browser: Browser,
  variant: Variant,
  text: string,
  options: Pick<TypingOptions, "settleMs" | "bareServer">,
): Promise<Opened> {
  return variant === "bare"
    ? openBare(browser, text, options)
    : openDraftwise(browser, text, options);
}

/**
 * Opens one variant on `text` (the bench's story, `benchStory`) in a browser of its own, hands
 * it to `use`, and closes everything after (the bench's one-off tools: trace, heap).
 */
export async function withOpenedStory<T>(
  variant: Variant,
  text: string,
  use: (opened: Opened) => Promise<T>,
): Promise<T> {
  const browser = await launchChromium();
  const bareServer = await startBareServer();
  try {
    const opened = await openVariant(browser, variant, text, {
      settleMs: 3000,
      bareServer,
    });
    try {
      return await use(opened);
    } finally {
      await opened.close();
    }
  } finally {
    await bareServer.close();
    await browser.close();
  }
}

type ContextOptions = Parameters<Browser["newContext"]>[0];

async function instrumentedContext(
  browser: Browser,
  contextOptions: ContextOptions = { viewport: VIEWPORT },
): Promise<BrowserContext> {
  const context = await browser.newContext(contextOptions);
  // tsx compiles with keepNames, so functions that Playwright serialises into the page (the
  // harness's host bridge) call esbuild's `__name` helper; the page needs a stand-in.
  await context.addInitScript("globalThis.__name ??= (fn) => fn;");
  await context.addInitScript({ path: PROBE });
  // Every feature on, as the contract says: names tinted too (off by default since it is busy).
  await context.addInitScript(
    "localStorage.setItem('draftwise.highlights', JSON.stringify({ mentions: true, speakers: true }))",
  );
  return context;
}

async function openBare(
  browser: Browser,
  text: string,
  options: Pick<TypingOptions, "bareServer">,
): Promise<Opened> {
  options.bareServer.story = text;
  const context = await instrumentedContext(browser);
  const page = await context.newPage();
  await page.goto(options.bareServer.url);
  await waitForReady(page, 120_000);
  return {
    page,
    viewExpression: "window.benchView",
    settledBy: "none",
    close: () => context.close(),
  };
}

async function openDraftwise(
  browser: Browser,
  text: string,
  options: Pick<TypingOptions, "settleMs">,
): Promise<Opened> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-bench-")), "story.txt");
  writeFileSync(file, text);
  // openApp makes its own context; this stand-in browser adds the probe to it before the page loads.
  const probing = {
    newContext: (contextOptions: ContextOptions) => instrumentedContext(browser, contextOptions),
  };
  const app = await openApp({ story: file, browser: probing as unknown as Browser });
  const page = app.page;
  const hasIdle = await page.evaluate("typeof window.draftwiseApp?.analysisIdle === 'function'");
  if (hasIdle) await page.evaluate("Promise.resolve(window.draftwiseApp.analysisIdle())");
  else await page.waitForTimeout(options.settleMs);
  return {
    page,
    viewExpression: "window.draftwiseApp.view",
    settledBy: hasIdle ? "analysisIdle" : "fixed wait",
    close: () => app.close(),
  };
}

async function typeAndRead(
  opened: Opened,
  options: TypingOptions,
): Promise<Omit<TypingResult, "settledBy" | "browser">> {
  const { page } = opened;
  const readyMs = (await page.evaluate("window.__bench.readyMs")) as number | null;
  if (readyMs === null) throw new Error("The page never marked itself ready.");
  const domNodes = (await page.evaluate("document.getElementsByTagName('*').length")) as number;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();

  const caret = (await page.evaluate(`window.__bench.attach(${opened.viewExpression})`)) as number;
  const typed = PHRASE.repeat(Math.ceil(options.keys / PHRASE.length)).slice(0, options.keys);
  for (let i = 0; i < typed.length; i++) {
    const started = Date.now();
    await page.keyboard.press(typed[i] === " " ? "Space" : typed[i]!);
    const measured = (await page.evaluate(
      `window.__bench.waitForSamples(${i + 1}, 10000)`,
    )) as number;
    if (measured <= i) throw new Error(`Keystroke ${i + 1} never reached the screen.`);
    const rest = options.paceMs - (Date.now() - started);
    if (rest > 0) await page.waitForTimeout(rest);
  }
  const landed = (await page.evaluate(
    `${opened.viewExpression}.state.doc.textBetween(${caret}, ${caret + typed.length})`,
  )) as string;
  if (landed !== typed)
    throw new Error(
      `The typed text did not land where expected: ${JSON.stringify(landed.slice(0, 40))}…`,
    );
  const samples = ((await page.evaluate("window.__bench.samples")) as KeySample[]).slice(
    0,
    typed.length,
  );
  const keys = samples.map((s) => s.keyMs);
  const js = samples.map((s) => s.jsMs);
  return {
    readyMs,
    keyP50Ms: percentile(keys, 50),
    keyP95Ms: percentile(keys, 95),
    jsP50Ms: percentile(js, 50),
    jsP95Ms: percentile(js, 95),
    heapMB: usedSize / 2 ** 20,
    domNodes,
  };
}
