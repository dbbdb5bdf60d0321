/**
 * Finds a Chromium to drive: DRAFTWISE_CHROMIUM, Debian's /usr/bin/chromium, or a browser that
 * Playwright installed the usual way. Never downloads one.
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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
