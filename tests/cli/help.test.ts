/**
 * `--help`: usage on standard output and exit 0; and the help tells the truth: every option it
 * lists for a command is one that command takes. (The app launcher's `--help`, a process of its
 * own, is in process.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli";

describe("draftwise --help", () => {
  it.each([["--help"], ["-h"], ["help"], ["analyze", "--help"], ["export", "x.txt", "-h"]])(
    "%s prints the usage and exits 0",
    async (...args) => {
      const run = await cli(args);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: draftwise COMMAND FILE/);
    },
  );

  it("lists only options each command takes", async () => {
    const usage = (await cli(["--help"])).stdout;
    const lines = usage.split("\n").filter((l) => /^ {2}(analyze|check|export) /.test(l));
    expect(lines.map((l) => l.trim().split(" ")[0])).toEqual(["analyze", "check", "export"]);
    for (const line of lines) {
      const command = line.trim().split(" ")[0]!;
      const options = [...line.matchAll(/--([a-z]+)/g)].map((m) => m[1]!);
      expect(options.length).toBeGreaterThan(0);
      for (const option of options) {
        const run = await cli([command, "missing.txt", `--${option}=x`]);
        expect(run.stderr).not.toMatch(/does not take/);
        expect(run.status).toBe(2); // the missing file, or a value the option does not accept
      }
    }
  });

  it("still refuses a call with no command, on standard error", async () => {
    const run = await cli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/draftwise --help/);
  });
});
