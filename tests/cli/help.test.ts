/**
 * `--help`: usage on standard output and exit 0, for the CLI and for the app's launcher; and the
 * help tells the truth: every option it lists for a command is one that command takes.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli";

describe("draftwise --help", () => {
  it.each([["--help"], ["-h"], ["help"], ["analyze", "--help"], ["export", "x.txt", "-h"]])(
    "%s prints the usage and exits 0",
    (...args) => {
      const run = runCli(args);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: draftwise COMMAND FILE/);
    },
  );

  it("lists only options each command takes", () => {
    const usage = runCli(["--help"]).stdout;
    const lines = usage.split("\n").filter((l) => /^ {2}(analyze|check|export) /.test(l));
    expect(lines.map((l) => l.trim().split(" ")[0])).toEqual(["analyze", "check", "export"]);
    for (const line of lines) {
      const command = line.trim().split(" ")[0]!;
      const options = [...line.matchAll(/--([a-z]+)/g)].map((m) => m[1]!);
      expect(options.length).toBeGreaterThan(0);
      for (const option of options) {
        const run = runCli([command, "missing.txt", `--${option}=x`]);
        expect(run.stderr).not.toMatch(/does not take/);
        expect(run.status).toBe(2); // the missing file, or a value the option does not accept
      }
    }
  });

  it("still refuses a call with no command, on standard error", () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/draftwise --help/);
  });
});

describe("npm start -- --help", () => {
  it("prints the launcher's usage without starting the app", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "--help"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm start -- \[FILE\]/);
    expect(run.stdout).toMatch(/--no-open/);
  });
});
