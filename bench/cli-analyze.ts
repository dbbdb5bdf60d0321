/**
 * The CLI's `analyze` timed as a whole process (start-up, reading, analysis, printing), the way
 * the issue compares it with retext-spell; see README "Performance" for running retext.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DIST } from "./bare-server";

/** Wall-clock milliseconds for `node dist/cli.mjs analyze FILE --json` on `text`. */
export async function timeCliAnalyze(text: string): Promise<number> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-bench-cli-")), "story.txt");
  writeFileSync(file, text);
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(DIST, "cli.mjs"), "analyze", file, "--json"],
      { maxBuffer: 512 * 2 ** 20 },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`draftwise analyze failed: ${stderr.trim() || error.message}`))
          : resolve(),
    );
  });
  return performance.now() - start;
}
