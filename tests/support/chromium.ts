/**
 * Finds a Chromium to drive: DRAFTWISE_CHROMIUM, Debian's /usr/bin/chromium, or a browser that
 * Playwright installed the usual way. Never downloads one. Under the e2e project, connects to the
 * one Chromium its global setup started (browser-server.ts) instead of launching another; that
 * one is Chromium's headless shell when it is installed (`testChromiumPath`).
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-gpu",
];

export function chromiumPath(): string {
  const candidates = [
    process.env.DRAFTWISE_CHROMIUM,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // No Playwright browser either.
  }
  throw new Error(
    "No Chromium found: install it (apt-get install chromium) or set DRAFTWISE_CHROMIUM.",
  );
}

/**
 * The Chromium the e2e project's tests run in: DRAFTWISE_CHROMIUM, else Chromium's headless shell
 * (Debian's chromium-headless-shell; what playwright-core's `headless: true` runs by default when
 * Playwright installs its browsers), else `chromiumPath()`. The shell is the same Blink and V8
 * as the full browser, built without the browser's own interface and services (the "old"
 * headless mode): e2e files took about an eighth less CPU in it (testtime-32 in
 * docs/development.md). The bench keeps the full browser (`launchChromium`): it measures what a
 * writer's Chromium does.
 */
export function testChromiumPath(): string {
  if (process.env.DRAFTWISE_CHROMIUM) return chromiumPath();
  const shell = "/usr/bin/chromium-headless-shell";
  return existsSync(shell) ? shell : chromiumPath();
}

/** Where the e2e project's shared Chromium listens, set by its global setup. */
export const CHROMIUM_ENDPOINT_ENV = "DRAFTWISE_CHROMIUM_ENDPOINT";

/**
 * A browser of one's own to close when done: a connection to the shared Chromium when there is
 * one (closing it closes only the contexts it opened), else a newly launched Chromium.
 */
export function launchChromium(): Promise<Browser> {
  const endpoint = process.env[CHROMIUM_ENDPOINT_ENV];
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
