/**
 * The CLI's answers to bad input (CONTRACT.md, Errors): exit 2, one line on standard error
 * saying what is wrong, nothing on standard output, and no file written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "draftwise-cli-bad-"));

function cli(args: string[], options: SpawnSyncOptions = {}) {
  const run = spawnSync(process.execPath, [path.join(root, "scripts/cli.mjs"), ...args], {
    encoding: "utf8",
    cwd: root,
    // Only a guard against a CLI that never ends (spawnSync blocks vitest's own timeout): the
    // 11 MB --large check took 31 s on the shared machine at load 15-20 and was killed at 30.
    timeout: 110_000,
    ...options,
  });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

function file(name: string, bytes: Buffer | string): string {
  const target = path.join(dir, name);
  writeFileSync(target, bytes);
  return target;
}

/** Exit 2, exactly one line on stderr naming the problem, nothing on stdout. */
function expectRefusal(result: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^draftwise: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
}

beforeAll(() => {
  // Builds the CLI bundle once, so the runs below (one as another user) need not write it.
  cli(["analyze", path.join(root, "documents/story.txt"), "--json"]);
});

describe("analyze refuses bad input with one line and exit 2", () => {
  it("a binary file whose first NUL is past byte 512 (a text header over an archive)", () => {
    const header = "Chapter One\n\nIt was a quiet evening in the harbour town. ".repeat(20);
    const mixed = file(
      "archive.txt",
      Buffer.concat([Buffer.from(header, "utf8"), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0])]),
    );
    expect(Buffer.from(header).length).toBeGreaterThan(512);
    expectRefusal(cli(["analyze", mixed, "--json"]), /binary file, not text/);
  });

  it("UTF-32 text, with or without a byte-order mark, named as what it is", () => {
    const text = "She said, \u201cHello.\u201d\n".repeat(40);
    const le = Buffer.alloc(text.length * 4);
    const be = Buffer.alloc(text.length * 4);
    [...text].forEach((ch, i) => {
      le.writeUInt32LE(ch.codePointAt(0)!, i * 4);
      be.writeUInt32BE(ch.codePointAt(0)!, i * 4);
    });
    const leBom = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), le]);
    const beBom = Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), be]);
    for (const [name, bytes, kind] of [
      ["le-bom.txt", leBom, "UTF-32 LE"],
      ["be-bom.txt", beBom, "UTF-32 BE"],
      ["le.txt", le, "UTF-32 LE"],
      ["be.txt", be, "UTF-32 BE"],
    ] as const) {
      expectRefusal(cli(["analyze", file(name, bytes), "--json"]), new RegExp(`is ${kind} text`));
    }
  });

  it("a binary file (NUL in the first 512 bytes)", () => {
    const png = file(
      "cover.txt",
      Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "latin1"), Buffer.alloc(64)]),
    );
    expectRefusal(cli(["analyze", png, "--json"]), /binary file, not text/);
  });

  it("a missing file", () => {
    expectRefusal(cli(["analyze", path.join(dir, "nowhere.txt"), "--json"]), /does not exist/);
  });

  it("a folder", () => {
    mkdirSync(path.join(dir, "drafts"), { recursive: true });
    expectRefusal(cli(["analyze", path.join(dir, "drafts"), "--json"]), /is a folder/);
  });

  it("a file over 100 MB, at once and without reading it", () => {
    const huge = file("huge.txt", "");
    truncateSync(huge, 101 * 1024 * 1024); // sparse: nothing to read even if it tried
    expectRefusal(cli(["analyze", huge, "--json"]), /101\.0 MB.*up to 100\.0 MB/);
  });

  it("a file over 10 MB (the app asks; the CLI has no one to ask)", () => {
    const large = file("large.txt", "Word and word.\n\n".repeat(700_000));
    expectRefusal(cli(["analyze", large, "--json"]), /very large.*--large/);
  });

  it("reads a file over 10 MB when told to with --large", () => {
    // Over 10 MB in bytes, but mostly blank lines: this tests the limit, not analysis speed.
    const large = file(
      "large-ok.txt",
      "Word and word.\n\n".repeat(1_000) + "\n".repeat(11_000_000),
    );
    const result = cli(["check", large, "--large"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() !== 0)(
    "an unreadable file (run as another user, since root reads everything)",
    () => {
      const locked = path.join(dir, "locked");
      mkdirSync(locked, { recursive: true });
      chmodSync(dir, 0o755);
      chmodSync(locked, 0o755);
      const secret = path.join(locked, "secret.txt");
      writeFileSync(secret, "Private draft.\n");
      chmodSync(secret, 0o600);
      const result = cli(["analyze", secret, "--json"], {
        uid: 65534,
        gid: 65534,
        env: { PATH: process.env.PATH ?? "", HOME: "/tmp" },
      });
      expectRefusal(result, /cannot be read \(EACCES\)/);
    },
  );
});

describe("export writes nothing on bad input", () => {
  it.each([
    ["binary", () => file("data.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))],
    ["missing", () => path.join(dir, "absent.txt")],
  ])("%s input: exit 2 and no output file", (_name, input) => {
    const out = path.join(dir, `out-${_name}.html`);
    expectRefusal(
      cli(["export", input(), "--format", "html", "--out", out]),
      /binary|does not exist/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("text the CLI can read", () => {
  it("reads invalid UTF-8 as Windows-1252 rather than refusing it", () => {
    const latin1 = file(
      "latin1.txt",
      Buffer.from("Caf\xe9 au lait.\n\nS\xf1or Ruiz smiled.\n", "latin1"),
    );
    const result = cli(["analyze", latin1, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ paragraphs: 2 });
  });

  it("reads UTF-16 with a BOM, and exports it as txt byte for byte", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("One line.\r\n\r\nTwo lines.\r\n", "utf16le"),
    ]);
    const utf16 = file("utf16.txt", bytes);
    const analyzed = cli(["analyze", utf16, "--json"]);
    expect(analyzed.code).toBe(0);
    expect(JSON.parse(analyzed.stdout)).toMatchObject({ paragraphs: 2, words: 4 });
    const out = path.join(dir, "utf16-out.txt");
    expect(cli(["export", utf16, "--format", "txt", "--out", out]).code).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it("reads an empty file as an empty story", () => {
    const empty = file("empty.txt", "");
    const result = cli(["analyze", empty, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ paragraphs: 0, words: 0 });
  });
});

describe("no traces, no runaway lines, nothing raw", () => {
  it("stops quietly when the reader closes the pipe (check FILE | head -1)", () => {
    const typos = file(
      "typos.txt",
      Array.from({ length: 4000 }, () => "Teh qwzxv blorptig said nothing.").join("\n\n") + "\n",
    );
    const errors = path.join(dir, "pipe-stderr.txt");
    const run = spawnSync(
      "bash",
      ["-c", `node scripts/cli.mjs check "$1" 2>"$2" | head -1`, "bash", typos, errors],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.stdout).toMatch(/^.*typos\.txt:1:1: spelling: .*\n$/);
    expect(readFileSync(errors, "utf8")).toBe("");
  });

  it("refuses a story too large to analyse even with --large, in one line", () => {
    const big = file("big.txt", "Word and word, she said.\n\n".repeat(1_000_000));
    expectRefusal(
      cli(["check", big, "--large"]),
      /24\.8 MB; the command line analyses stories up to 20\.0 MB/,
    );
  });

  it("keeps the error line short when the input is huge (a 4 MB alias)", () => {
    const story = file("short.txt", "Anna said hello.\n");
    const cast = file(
      "huge-alias.json",
      JSON.stringify({ characters: [{ name: "Anna", aliases: ["A".repeat(4_000_000)] }] }),
    );
    const result = cli(["check", story, "--cast", cast]);
    expectRefusal(result, /aliases\[0\] is 4000000 characters long/);
    expect(result.stderr.length).toBeLessThan(500);
  });

  it("never echoes a newline or an escape sequence from a path raw", () => {
    const odd = path.join(dir, "evil\nname\u001b[2J.txt");
    const missing = cli(["analyze", odd, "--json"]);
    expectRefusal(missing, /evil\\nname\\x1b\[2J\.txt/);
    writeFileSync(odd, "Teh end.\n");
    const checked = cli(["check", odd]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).not.toContain("\u001b");
    expect(checked.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(checked.stdout).toContain("evil\\nname\\x1b[2J.txt:1:1: spelling:");
  });
});
