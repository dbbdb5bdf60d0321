/**
 * The bench's quick variant (one size, one run) as a smoke test: it runs end to end and prints
 * the contract's JSON shape. Timings are never asserted; a busy CI machine may be slow. It types
 * 20 keys per variant, not the bench's 200: the same code measures them, and the 180 more keys
 * (each waiting for its frame) were a third of the e2e project's longest tail.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHROMIUM_ENDPOINT_ENV } from "../support/chromium";

const root = path.resolve(import.meta.dirname, "../..");
/** The bench launches its own Chromium, as `npm run bench` does, not the e2e project's shared one. */
const { [CHROMIUM_ENDPOINT_ENV]: _shared, ...benchEnv } = process.env;

/** Keys typed per variant. */
const KEYS = 20;

/** `signal`: the test's, aborted when it times out, so the bench stops with it (SIGTERM reaches
 * its Chromium) rather than writing on in the run's temp folder as the run removes it. */
function runQuickBench(signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "npx",
      ["tsx", "bench/run.ts", "--quick", "--json", "--pace", "0", "--keys", String(KEYS)],
      { cwd: root, env: benchEnv, maxBuffer: 16 * 2 ** 20, signal },
      (error, stdout, stderr) =>
        error ? reject(new Error(`bench failed: ${stderr}`)) : resolve(stdout),
    );
  });
}

const positive = expect.any(Number);

describe("npm run bench -- --quick --json --keys 20", () => {
  it("prints one JSON object with a bare and a draftwise row and an analysis row, all measured", async ({
    signal,
  }) => {
    const report = JSON.parse(await runQuickBench(signal)) as Record<string, unknown> & {
      typing: Record<string, unknown>[];
      analysis: Record<string, unknown>[];
    };
    expect(report.browser).toMatch(/^Chromium \d+/);
    expect(report.runs).toBe(1);
    expect(report.keystrokes).toBe(KEYS);
    expect(report.typing.map((r) => [r.words, r.variant])).toEqual([
      [3000, "bare"],
      [3000, "draftwise"],
    ]);
    for (const row of report.typing) {
      expect(Object.keys(row).sort()).toEqual([
        "domNodes",
        "heapMB",
        "jsP50Ms",
        "jsP95Ms",
        "keyP50Ms",
        "keyP95Ms",
        "readyMs",
        "variant",
        "words",
      ]);
      for (const key of ["readyMs", "keyP50Ms", "keyP95Ms", "heapMB", "domNodes"]) {
        expect(row[key], key).toEqual(positive);
        expect(row[key] as number, key).toBeGreaterThan(0);
      }
      // Transaction time may round to zero on a fast machine, but is never negative or missing.
      for (const key of ["jsP50Ms", "jsP95Ms"])
        expect(row[key] as number, key).toBeGreaterThanOrEqual(0);
      expect(row.keyP95Ms as number).toBeGreaterThanOrEqual(row.keyP50Ms as number);
    }
    expect(report.analysis).toEqual([
      { words: 3000, fullMs: positive, editMs: positive, editFullMs: positive },
    ]);
    expect(report.analysis[0]!.fullMs as number).toBeGreaterThan(0);
    expect(report.cliAnalyzeMs as number).toBeGreaterThan(0);
    // Find as you type and Replace All, at the one size measured (an addition to the contract).
    expect(report.find).toEqual([
      {
        words: 3000,
        word: "Willow",
        matches: positive,
        longestTaskMs: expect.any(Number),
        countMs: positive,
        replaceAllMs: positive,
      },
    ]);
  }, 180_000);
});
