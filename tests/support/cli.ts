/** Runs the real CLI as a process, the way scripts use it. */
import { spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[]): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "cli.mjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
