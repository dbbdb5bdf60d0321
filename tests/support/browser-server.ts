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
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_ENDPOINT_ENV, testChromiumPath } from "./chromium";

export default async function launchSharedChromium(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: testChromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const outer = process.env.TMPDIR;
  sweepInterruptedRuns();
  const root = mkdtempSync(path.join(tmpdir(), `${RUN_PREFIX}${process.pid}-`));
  // Test workers are started after global setup, with this process's environment.
  process.env[CHROMIUM_ENDPOINT_ENV] = server.wsEndpoint();
  process.env.TMPDIR = root;
  return async () => {
    delete process.env[CHROMIUM_ENDPOINT_ENV];
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    // The pages of the apps still running close with it.
    await server.close();
    // Retried: a child a failed test left (the bench's Chromium) may still be writing in it.
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  };
}

/** A run's temp root, named after the vitest process that made it. */
const RUN_PREFIX = "draftwise-e2e-run-";

/**
 * Removes the temp roots of runs whose process is gone: a run killed or interrupted (a CI job
 * cancelled, Ctrl+C) never reaches the teardown above. A live run's root (another checkout's,
 * on the same machine) is left alone.
 */
function sweepInterruptedRuns(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(new RegExp(`^${RUN_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || alive(pid)) continue;
    rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
