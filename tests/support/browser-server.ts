/**
 * The e2e project's global setup: one Chromium for every e2e file. Launching Chromium costs
 * about a second on a busy 2-core machine, and the harness opened one per app (per test in some
 * files); each file now connects to this one (`launchChromium` reads the endpoint) and gets its
 * own browser contexts, so no two tests share a page, cookies or storage.
 *
 * It also gives the run one temp folder (`TMPDIR` for the test processes, so `os.tmpdir()` in
 * them names it), removed at the end: each test process keeps one app running until it ends
 * (`app-reuse.ts`), so no file can clean up after it, and the harness's story folders were left
 * in /tmp by the hundred.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_ENDPOINT_ENV, chromiumPath } from "./chromium";

export default async function launchSharedChromium(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const outer = process.env.TMPDIR;
  const root = mkdtempSync(path.join(tmpdir(), "draftwise-e2e-run-"));
  // Test workers are started after global setup, with this process's environment.
  process.env[CHROMIUM_ENDPOINT_ENV] = server.wsEndpoint();
  process.env.TMPDIR = root;
  return async () => {
    delete process.env[CHROMIUM_ENDPOINT_ENV];
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    // The pages of the apps still running close with it.
    await server.close();
    rmSync(root, { recursive: true, force: true });
  };
}
