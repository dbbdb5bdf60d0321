/**
 * The CLI's answers to bad input (CONTRACT.md, Errors): exit 2, one line on standard error
 * saying what is wrong, nothing on standard output, and no file written. Run in this process
 * (tests/support/cli.ts); the inputs of ten megabytes and more are in large-input.test.ts, and
 * what needs a process of its own (a closed pipe, another user) in process.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cli, expectRefusal } from "../support/cli";

const dir = mkdtempSync(path.join(tmpdir(), "draftwise-cli-bad-"));

function file(name: string, bytes: Buffer | string): string {
  const target = path.join(dir, name);
  writeFileSync(target, bytes);
  return target;
}

describe("analyze refuses bad input with one line and exit 2", () => {
  it("a binary file whose first NUL is past byte 512 (a text header over an archive)", async () => {
    const header = "Chapter One\n\nIt was a quiet evening in the harbour town. ".repeat(20);
    const mixed = file(
      "archive.txt",
      Buffer.concat([Buffer.from(header, "utf8"), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0])]),
    );
    expect(Buffer.from(header).length).toBeGreaterThan(512);
    expectRefusal(await cli(["analyze", mixed, "--json"]), /binary file, not text/);
  });

  it("UTF-32 text, with or without a byte-order mark, named as what it is", async () => {
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
      expectRefusal(
        await cli(["analyze", file(name, bytes), "--json"]),
        new RegExp(`is ${kind} text`),
      );
    }
  });

  it("a binary file (NUL in the first 512 bytes)", async () => {
    const png = file(
      "cover.txt",
      Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "latin1"), Buffer.alloc(64)]),
    );
    expectRefusal(await cli(["analyze", png, "--json"]), /binary file, not text/);
  });

  it("a missing file", async () => {
    expectRefusal(
      await cli(["analyze", path.join(dir, "nowhere.txt"), "--json"]),
      /does not exist/,
    );
  });

  it("a folder", async () => {
    mkdirSync(path.join(dir, "drafts"), { recursive: true });
    expectRefusal(await cli(["analyze", path.join(dir, "drafts"), "--json"]), /is a folder/);
  });

  it("a file over 100 MB, at once and without reading it", async () => {
    const huge = file("huge.txt", "");
    truncateSync(huge, 101 * 1024 * 1024); // sparse: nothing to read even if it tried
    expectRefusal(await cli(["analyze", huge, "--json"]), /101\.0 MB.*up to 100\.0 MB/);
  });

  it("a file over 10 MB (the app asks; the CLI has no one to ask)", async () => {
    const large = file("large.txt", "Word and word.\n\n".repeat(700_000));
    expectRefusal(await cli(["analyze", large, "--json"]), /very large.*--large/);
  });
});

describe("export writes nothing on bad input", () => {
  it.each([
    ["binary", () => file("data.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))],
    ["missing", () => path.join(dir, "absent.txt")],
  ])("%s input: exit 2 and no output file", async (_name, input) => {
    const out = path.join(dir, `out-${_name}.html`);
    expectRefusal(
      await cli(["export", input(), "--format", "html", "--out", out]),
      /binary|does not exist/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("text the CLI can read", () => {
  it("reads invalid UTF-8 as Windows-1252 rather than refusing it", async () => {
    const latin1 = file(
      "latin1.txt",
      Buffer.from("Caf\xe9 au lait.\n\nS\xf1or Ruiz smiled.\n", "latin1"),
    );
    const result = await cli(["analyze", latin1, "--json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ paragraphs: 2 });
  });

  it("reads UTF-16 with a BOM, and exports it as txt byte for byte", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("One line.\r\n\r\nTwo lines.\r\n", "utf16le"),
    ]);
    const utf16 = file("utf16.txt", bytes);
    const analyzed = await cli(["analyze", utf16, "--json"]);
    expect(analyzed.status).toBe(0);
    expect(JSON.parse(analyzed.stdout)).toMatchObject({ paragraphs: 2, words: 4 });
    const out = path.join(dir, "utf16-out.txt");
    expect((await cli(["export", utf16, "--format", "txt", "--out", out])).status).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it("reads an empty file as an empty story", async () => {
    const empty = file("empty.txt", "");
    const result = await cli(["analyze", empty, "--json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ paragraphs: 0, words: 0 });
  });
});

describe("no traces, no runaway lines, nothing raw", () => {
  it("keeps the error line short when the input is huge (a 4 MB alias)", async () => {
    const story = file("short.txt", "Anna said hello.\n");
    const cast = file(
      "huge-alias.json",
      JSON.stringify({ characters: [{ name: "Anna", aliases: ["A".repeat(4_000_000)] }] }),
    );
    const result = await cli(["check", story, "--cast", cast]);
    expectRefusal(result, /aliases\[0\] is 4000000 characters long/);
    expect(result.stderr.length).toBeLessThan(500);
  });

  it("never echoes a newline or an escape sequence from a path raw", async () => {
    const odd = path.join(dir, "evil\nname\u001b[2J.txt");
    const missing = await cli(["analyze", odd, "--json"]);
    expectRefusal(missing, /evil\\nname\\x1b\[2J\.txt/);
    writeFileSync(odd, "Teh end.\n");
    const checked = await cli(["check", odd]);
    expect(checked.status).toBe(1);
    expect(checked.stdout).not.toContain("\u001b");
    expect(checked.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(checked.stdout).toContain("evil\\nname\\x1b[2J.txt:1:1: spelling:");
  });
});
