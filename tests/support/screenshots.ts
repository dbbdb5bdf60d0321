/**
 * Screenshots are artifacts people look at (`test-results/`, named in the docs), not assertions:
 * the e2e tests take them only when asked, with `DRAFTWISE_SCREENSHOTS=1` (`npm run screenshots`
 * runs the files that take them with it set). Each cost about 0.3 s of CPU, some 75 a run.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

/** Where the screenshots go, the folder the docs name. */
export const ARTIFACTS = path.resolve(import.meta.dirname, "../../test-results");

/** Whether this run takes screenshots. */
export const screenshotsWanted = process.env.DRAFTWISE_SCREENSHOTS === "1";

/** Saves a screenshot of the page or of one element as `test-results/NAME`, when asked for. */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  if (!screenshotsWanted) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await target.screenshot({ path: path.join(ARTIFACTS, name) });
}
