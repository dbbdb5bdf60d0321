/**
 * The CLI two ways. `cli` runs it in the test's own process through `runCli`, the function the
 * bin entry calls: what it computes and writes, with one warm module graph for every run.
 * `cliProcess` runs the real thing as a child process (scripts/cli.mjs, or bin/draftwise.mjs),
 * for what only a process shows: the wiring, the exit code the OS sees, a closed pipe.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import path from "node:path";
import { expect } from "vitest";
import { runCli } from "../../cli/run";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** One run in this process; relative paths are read from the project's root, as the CLI's cwd. */
export async function cli(args: readonly string[]): Promise<CliRun> {
  if (process.cwd() !== ROOT) throw new Error(`in-process CLI runs need the cwd ${ROOT}`);
  let stdout = "";
  let stderr = "";
  const status = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: process.env,
  });
  return { status, stdout, stderr };
}

/** The command as scripts run it: `node scripts/cli.mjs ARGS` (or `entry`), from the root. */
export function cliProcess(
  args: readonly string[],
  options: SpawnSyncOptions & { entry?: string } = {},
): CliRun {
  const { entry = "scripts/cli.mjs", ...spawn } = options;
  const result = spawnSync(process.execPath, [path.join(ROOT, entry), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    // Only a guard against a CLI that never ends (spawnSync blocks vitest's own timeout).
    timeout: 110_000,
    ...spawn,
  });
  return {
    status: result.status ?? -1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
  };
}

/** Exit 2, exactly one line on stderr naming the problem, nothing on stdout (CONTRACT.md, Errors). */
export function expectRefusal(result: CliRun, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^draftwise: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
}
