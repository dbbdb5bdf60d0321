/**
 * The CLI as a process, for what the in-process tests (analyze, export, help, bad-input,
 * large-input) cannot show: every command run through `npm run cli`'s script and through the
 * installed `draftwise` (bin/draftwise.mjs), writing byte for byte what `runCli` writes in
 * process, with each exit code as the OS sees it; a run in process giving what a process alone
 * gives, whatever ran before it; a reader closing the pipe; a file another user cannot read; and
 * the app launcher's `--help`.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliProcess, expectRefusal, ROOT, type CliRun } from "../support/cli";

const dir = mkdtempSync(path.join(tmpdir(), "draftwise-cli-process-"));
const SCRIPT = "scripts/cli.mjs";
const BIN = "bin/draftwise.mjs";

/**
 * A run of the CLI as a process, each distinct command once per file: the runs of the bundled
 * story cost a cold analysis each (about a second of CPU), and two tests read the same ones.
 */
const runs = new Map<string, CliRun>();
function processRun(args: readonly string[], entry: string): CliRun {
  const key = JSON.stringify([entry, args]);
  const run = runs.get(key) ?? cliProcess(args, { entry });
  runs.set(key, run);
  return run;
}

function file(name: string, text: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
}

describe("the draftwise command as a process", () => {
  it.each([
    [SCRIPT, ["analyze", "documents/story.txt", "--json"], 0],
    [SCRIPT, ["check", "documents/story.txt"], 1],
    [SCRIPT, ["--help"], 0],
    [SCRIPT, ["wibble", "documents/story.txt"], 2],
    [BIN, ["analyze", "tests/fixtures/cli/crlf-bom.txt"], 0],
    [BIN, ["check", "tests/fixtures/cli/curly.txt"], 0],
    [BIN, ["check", "documents/story.txt", "--frob"], 2],
  ] as const)("%s %j exits %i, writing what it writes in process", async (entry, args, code) => {
    const run = processRun(args, entry);
    expect(run.status).toBe(code);
    expect(run).toEqual(await cli(args));
  });

  it.each([SCRIPT, BIN])("%s exports the file it exports in process", async (entry) => {
    const story = "tests/fixtures/export/crlf-markers.txt";
    const [byProcess, inProcess] = ["process.md", "in-process.md"].map((f) => path.join(dir, f));
    const run = cliProcess(["export", story, "--format", "md", "--out", byProcess!], { entry });
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(await cli(["export", story, "--format", "md", "--out", inProcess!])).toEqual(run);
    expect(readFileSync(byProcess!, "utf8")).toMatch(/^# Crlf Markers\n\n\S/);
    expect(readFileSync(byProcess!)).toEqual(readFileSync(inProcess!));
  });

  it("gives in process what a process alone gives, in either order of two runs", async () => {
    const gold = JSON.parse(
      readFileSync(path.join(ROOT, "tests/fixtures/seed/story.gold.json"), "utf8"),
    ) as { characters: unknown[] };
    const cast = file("cast.json", JSON.stringify({ characters: gold.characters }));
    const withCast = ["analyze", "documents/story.txt", "--json", "--cast", cast];
    // The same command without the cast (a run the table above made): the cast changes what
    // analyze prints (aliases, speakers), so a cast kept from the run before would show.
    const without = ["analyze", "documents/story.txt", "--json"];
    const alone = [cliProcess(withCast), processRun(without, SCRIPT)];
    expect(alone[0]!.stdout).not.toBe(alone[1]!.stdout);
    expect(alone.map((r) => r.status)).toEqual([0, 0]);
    expect([await cli(withCast), await cli(without)]).toEqual(alone);
    expect([await cli(without), await cli(withCast)]).toEqual([alone[1], alone[0]]);
  });

  it("stops quietly when the reader closes the pipe (check FILE | head -1)", () => {
    const typos = file(
      "typos.txt",
      // 1,000 lines of warnings, about 210 KB: more than a pipe holds, so the writes after
      // head's exit meet a closed pipe (with EPIPE not handled, this fails).
      Array.from({ length: 1000 }, () => "Teh qwzxv blorptig said nothing.").join("\n\n") + "\n",
    );
    const errors = path.join(dir, "pipe-stderr.txt");
    const run = spawnSync(
      "bash",
      ["-c", `node scripts/cli.mjs check "$1" 2>"$2" | head -1`, "bash", typos, errors],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.stdout).toMatch(/^.*typos\.txt:1:1: spelling: .*\n$/);
    expect(readFileSync(errors, "utf8")).toBe("");
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() !== 0)(
    "refuses an unreadable file (run as another user, since root reads everything)",
    () => {
      const locked = path.join(dir, "locked");
      mkdirSync(locked, { recursive: true });
      chmodSync(dir, 0o755);
      chmodSync(locked, 0o755);
      const secret = path.join(locked, "secret.txt");
      writeFileSync(secret, "Private draft.\n");
      chmodSync(secret, 0o600);
      const result = cliProcess(["analyze", secret, "--json"], {
        uid: 65534,
        gid: 65534,
        env: { PATH: process.env.PATH ?? "", HOME: "/tmp" },
      });
      expectRefusal(result, /cannot be read \(EACCES\)/);
    },
  );
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
