import { execFile } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { paragraphHash } from "../../core/scenes/anchors";
import {
  AO3_TAGS,
  emphasisTexts,
  expectedParagraphs,
  invalidXmlParts,
  readDocx,
  readHtml,
  readMarkdown,
} from "../core/export/readers";
import { cli as runCli } from "../support/cli";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const seed = path.join(root, "documents/story.txt");
const fixtures = path.join(root, "tests/fixtures/export");

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** One run of the CLI in this process (tests/support/cli.ts). */
async function cli(...args: string[]): Promise<Result> {
  const { status, stdout, stderr } = await runCli(args);
  return { code: status, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "draftwise-export-"));
});

describe("draftwise export", () => {
  it.each(["story.txt", "crlf-markers.txt", "curly.txt", "hostile.txt"])(
    "writes txt of %s byte for byte",
    async (name) => {
      const source = name === "story.txt" ? seed : path.join(fixtures, name);
      const out = path.join(dir, `copy-${name}`);
      const result = await cli("export", source, "--format", "txt", "--out", out);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(readFileSync(out)).toEqual(readFileSync(source));
    },
  );

  it("keeps a Windows-1252 story's bytes in txt", async () => {
    const source = path.join(dir, "latin.txt");
    writeFileSync(
      source,
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a]),
    );
    const out = path.join(dir, "latin-out.txt");
    expect((await cli("export", source, "--format", "txt", "--out", out)).code).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync(source));
  });

  it("keeps bytes that do not decode in txt: Windows-1252's unassigned ones, lone UTF-16 surrogates", async () => {
    const unassigned = Buffer.from("Caf\xe9 \x81\x8d\x8f\x90\x9d \x93ok\x94\n", "latin1");
    const surrogate = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Lone ", "utf16le"),
      Buffer.from([0x3d, 0xd8]), // a high surrogate with no low one after it
      Buffer.from(" and a reversed pair ", "utf16le"),
      Buffer.from([0x00, 0xde, 0x3d, 0xd8]),
      Buffer.from(".\n", "utf16le"),
    ]);
    for (const [name, bytes] of [
      ["unassigned.txt", unassigned],
      ["surrogate.txt", surrogate],
    ] as const) {
      const source = path.join(dir, name);
      writeFileSync(source, bytes);
      const out = path.join(dir, `out-${name}`);
      expect(await cli("export", source, "--format", "txt", "--out", out)).toMatchObject({
        code: 0,
        stderr: "",
      });
      expect(readFileSync(out).toString("hex")).toBe(bytes.toString("hex"));
    }
  });

  it("writes Markdown, HTML and DOCX that real readers read back as the story's paragraphs", async () => {
    const source = path.join(fixtures, "crlf-markers.txt");
    const expected = expectedParagraphs(readFileSync(source, "utf8"));
    const [md, html, docx] = ["md", "html", "docx"].map((f) => path.join(dir, `crlf.${f}`));
    const results = await Promise.all([
      cli("export", source, "--format", "md", "--out", md!),
      cli("export", source, "--format", "html", "--out", html!),
      cli("export", source, "--format", "docx", "--out", docx!),
    ]);
    for (const r of results) expect(r).toMatchObject({ code: 0, stderr: "" });

    const prose = (blocks: readonly { tag: string; text: string }[]) =>
      blocks.filter((b) => b.tag === "p" && b.text !== "* * *").map((b) => b.text);
    expect(prose(readMarkdown(readFileSync(md!, "utf8")).blocks)).toEqual(expected);
    const page = readHtml(readFileSync(html!, "utf8"));
    expect(prose(page.blocks)).toEqual(expected);
    expect(page.blocks[0]).toMatchObject({ tag: "h1", text: "Crlf Markers" });
    expect([...page.tags].filter((t) => !AO3_TAGS.has(t))).toEqual([]);
    const bytes = new Uint8Array(readFileSync(docx!));
    expect(await invalidXmlParts(bytes)).toEqual([]);
    expect((await readDocx(bytes)).filter((p) => p !== "* * *").slice(1)).toEqual(expected);
  });

  it("titles the manuscript with the draft's own title line, as the app's Export dialog does", async () => {
    const source = path.join(dir, "draft.txt");
    writeFileSync(source, "Salt and Iron\n\nThe ferry left at six.\n\nNobody waved.\n");
    const html = path.join(dir, "draft.html");
    expect(await cli("export", source, "--format", "html", "--out", html)).toMatchObject({
      code: 0,
      stderr: "",
    });
    expect(readHtml(readFileSync(html, "utf8")).blocks[0]).toMatchObject({
      tag: "h1",
      text: "Salt and Iron",
    });
  });

  it("prints the draft's title line once, as the title, in md, html and docx; txt keeps it", async () => {
    const source = path.join(dir, "salt.txt");
    const text = "Salt and Iron\n\nThe ferry left at six.\n\nNobody waved.\n";
    writeFileSync(source, text);
    const out = (format: string) => path.join(dir, `salt-out.${format}`);
    for (const format of ["md", "html", "docx", "txt"])
      expect(await cli("export", source, "--format", format, "--out", out(format))).toMatchObject({
        code: 0,
        stderr: "",
      });
    const expected = ["Salt and Iron", "The ferry left at six.", "Nobody waved."];
    expect(readHtml(readFileSync(out("html"), "utf8")).blocks.map((b) => b.text)).toEqual(expected);
    expect(readMarkdown(readFileSync(out("md"), "utf8")).blocks.map((b) => b.text)).toEqual(
      expected,
    );
    expect(await readDocx(new Uint8Array(readFileSync(out("docx"))))).toEqual(expected);
    expect(readFileSync(out("txt"), "utf8")).toBe(text);
  });

  const failures: [string, () => string[]][] = [
    [
      "a missing folder",
      () => ["export", seed, "--format", "html", "--out", path.join(dir, "nope", "out.html")],
    ],
    ["a folder as --out", () => ["export", seed, "--format", "html", "--out", dir]],
    [
      "an unknown format",
      () => ["export", seed, "--format", "pdf", "--out", path.join(dir, "out.pdf")],
    ],
    [
      "a missing story",
      () => [
        "export",
        path.join(dir, "missing.txt"),
        "--format",
        "md",
        "--out",
        path.join(dir, "out.md"),
      ],
    ],
    [
      "a binary story",
      () => [
        "export",
        path.join(dir, "binary.txt"),
        "--format",
        "md",
        "--out",
        path.join(dir, "out.md"),
      ],
    ],
    ["a missing --out", () => ["export", seed, "--format", "md"]],
    [
      "a file as --out's folder",
      () => ["export", seed, "--format", "md", "--out", path.join(dir, "self.txt", "out.md")],
    ],
    // Not writable even for root, so this runs wherever the tests do (Linux).
    [
      "an unwritable path",
      () => ["export", seed, "--format", "docx", "--out", "/proc/draftwise-export.docx"],
    ],
    [
      "an unknown --breaks",
      () => [
        "export",
        seed,
        "--format",
        "md",
        "--out",
        path.join(dir, "breaks.md"),
        "--breaks",
        "sometimes",
      ],
    ],
    [
      "--out naming the story itself",
      () => [
        "export",
        path.join(dir, "self.txt"),
        "--format",
        "md",
        "--out",
        path.join(dir, "self.txt"),
      ],
    ],
  ];

  it.each(failures)("exits 2 with one line and writes nothing for %s", async (_name, args) => {
    writeFileSync(
      path.join(dir, "binary.txt"),
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x50, 0x4b, 0x03, 0x04, 0x00]),
    );
    writeFileSync(path.join(dir, "self.txt"), "A story.\n");
    const before = readdirSync(dir).sort();
    const result = await cli(...args());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^draftwise: [^\n]+\n$/);
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(path.join(dir, "self.txt"), "utf8")).toBe("A story.\n");
  });

  it.skipIf(process.getuid?.() === 0)(
    "exits 2 and writes nothing in a read-only folder (skipped as root: root writes anywhere)",
    async () => {
      const locked = path.join(dir, "locked");
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      const result = await cli(
        "export",
        seed,
        "--format",
        "docx",
        "--out",
        path.join(locked, "out.docx"),
      );
      chmodSync(locked, 0o755);
      expect(result.code).toBe(2);
      expect(readdirSync(locked)).toEqual([]);
    },
  );

  it("exits 2 and writes nothing when the target is a read-only file", async () => {
    const source = path.join(dir, "ro-source.txt");
    copyFileSync(seed, source);
    const target = path.join(dir, "ro-target.md");
    writeFileSync(target, "keep me\n");
    chmodSync(target, 0o444);
    const before = readdirSync(dir).sort();
    const result = await cli("export", source, "--format", "md", "--out", target);
    // As root the write succeeds (root ignores file modes); otherwise it must fail cleanly.
    if (result.code !== 0) {
      expect(result.code).toBe(2);
      expect(readFileSync(target, "utf8")).toBe("keep me\n");
    }
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe("export --out that is not a plain file", () => {
  it("writes into a named pipe and leaves it a pipe", async () => {
    const fifo = path.join(dir, "pipe");
    await run("mkfifo", [fifo]);
    // A reader on the other end: the export must write into the pipe, not rename over it.
    const reader = run("cat", [fifo], { encoding: "buffer", maxBuffer: 1 << 24 });
    const result = await cli("export", seed, "--format", "txt", "--out", fifo);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect((await reader).stdout).toEqual(readFileSync(seed));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(process.getuid?.() !== 0)(
    "writes into a character device (a /dev/null made here) and leaves it a device",
    async () => {
      const device = path.join(dir, "null");
      await run("mknod", [device, "c", "1", "3"]);
      const viaLink = path.join(dir, "null-link");
      symlinkSync(device, viaLink);
      for (const out of [device, viaLink]) {
        const result = await cli("export", seed, "--format", "md", "--out", out);
        expect(result).toMatchObject({ code: 0, stderr: "" });
      }
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
      expect(lstatSync(viaLink).isSymbolicLink()).toBe(true);
    },
  );

  it("writes through a symlink to a file, and refuses a dangling one in one line", async () => {
    const real = path.join(dir, "real-target.txt");
    writeFileSync(real, "old\n");
    const link = path.join(dir, "link-target.txt");
    symlinkSync(real, link);
    expect((await cli("export", seed, "--format", "txt", "--out", link)).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real)).toEqual(readFileSync(seed));
    const dangling = path.join(dir, "dangling.txt");
    symlinkSync(path.join(dir, "nowhere", "x.txt"), dangling);
    const refused = await cli("export", seed, "--format", "txt", "--out", dangling);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^draftwise: --out .* is a symbolic link to a file that does not exist[^\n]*\n$/,
    );
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
  });
});

describe("draftwise export writes chapter headings as headings", () => {
  it("writes a heading line as ## in Markdown, <h2> in HTML and Heading 2 in DOCX; txt as is", async () => {
    const source = path.join(dir, "chapters.txt");
    writeFileSync(
      source,
      "Chapter One\n\nEllen woke.\n\nCHAPTER II: The Bus\n\nThe bus was late.\n",
    );
    const out = (f: string): string => path.join(dir, `chapters-out.${f}`);
    for (const f of ["txt", "md", "html", "docx"])
      expect(await cli("export", source, "--format", f, "--out", out(f))).toMatchObject({
        code: 0,
        stderr: "",
      });
    expect(readFileSync(out("txt"))).toEqual(readFileSync(source));
    const headings = (blocks: readonly { tag: string; text: string }[]) =>
      blocks.filter((b) => b.tag === "h2").map((b) => b.text);
    const expected = ["Chapter One", "CHAPTER II: The Bus"];
    expect(headings(readMarkdown(readFileSync(out("md"), "utf8")).blocks)).toEqual(expected);
    expect(headings(readHtml(readFileSync(out("html"), "utf8")).blocks)).toEqual(expected);
    const docx = (await JSZip.loadAsync(readFileSync(out("docx"))))
      .file("word/document.xml")!
      .async("string");
    expect((await docx).match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(2);
  });
});

describe("draftwise export puts scene breaks between the outline's scenes", () => {
  const breaksIn = (html: string): number =>
    readHtml(html).blocks.filter((b) => b.tag === "hr" || b.text === "* * *").length;

  it("breaks between every two detected scenes by default, at markers only or never on request", async () => {
    const analyzed = await cli("analyze", seed, "--json");
    const scenes = (JSON.parse(analyzed.stdout) as { scenes: unknown[] }).scenes.length;
    expect(scenes).toBeGreaterThan(2);
    const counts: Record<string, number> = {};
    for (const breaks of ["", "scenes", "markers", "none"]) {
      const out = path.join(dir, `breaks-${breaks || "default"}.html`);
      const extra = breaks ? ["--breaks", breaks] : [];
      const result = await cli("export", seed, "--format", "html", "--out", out, ...extra);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      counts[breaks || "default"] = breaksIn(readFileSync(out, "utf8"));
    }
    // The bundled story has no marker lines.
    expect(counts).toEqual({ default: scenes - 1, scenes: scenes - 1, markers: 0, none: 0 });
    const docx = path.join(dir, "breaks.docx");
    await cli("export", seed, "--format", "docx", "--out", docx);
    const paragraphs = await readDocx(readFileSync(docx));
    expect(paragraphs.filter((p) => p === "* * *")).toHaveLength(scenes - 1);
  });

  it("follows the scenes the app saved in the sidecar rather than detecting them", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "draftwise-outline-"));
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `Paragraph ${i + 1} of the story, long enough to read as prose.`,
    );
    const story = path.join(folder, "draft.txt");
    writeFileSync(story, paragraphs.join("\n\n") + "\n");
    const scene = (first: number, count: number, title: string) => ({
      id: title,
      title,
      anchor: { hash: paragraphHash(paragraphs[first]!), paragraphs: count },
    });
    const outline = {
      version: 1,
      writerEdited: true,
      scenes: [scene(0, 2, "One"), scene(2, 1, "Two"), scene(3, 3, "Three")],
    };
    writeFileSync(
      path.join(folder, "draft.draftwise.json"),
      JSON.stringify({ draftwise: 1, outline }),
    );
    const out = path.join(folder, "out.md");
    expect(await cli("export", story, "--format", "md", "--out", out)).toMatchObject({ code: 0 });
    const blocks = readMarkdown(readFileSync(out, "utf8")).blocks.map((b) => b.text);
    const at = (n: number): number => blocks.indexOf(paragraphs[n]!);
    const breaks = blocks.flatMap((b, i) => (b === "* * *" ? [i] : []));
    expect(breaks).toEqual([at(2) - 1, at(3) - 1]);
  });
});

describe("draftwise export reads a plain-text draft's *word* as italics", () => {
  const draft = [
    "Lena had *never* liked the _Gazette_, and she said so.",
    "Five * three is fifteen; the file was notes_final_v2, and **this** stays as typed.",
    "* * *",
    '"*Now*," he said.',
  ].join("\r\n\r\n");
  const italicsIn = async (file: string, format: string): Promise<string[]> => {
    if (format === "html") return emphasisTexts(readFileSync(file, "utf8"));
    if (format === "md") return emphasisTexts(readMarkdown(readFileSync(file, "utf8")).html);
    const { value } = await mammoth.convertToHtml({ buffer: readFileSync(file) });
    return emphasisTexts(value);
  };

  it("by default when the draft uses the marks; as typed with --emphasis none; txt byte for byte", async () => {
    const source = path.join(dir, "italics.txt");
    writeFileSync(source, draft + "\r\n");
    const out = (name: string, f: string): string => path.join(dir, `italics-${name}.${f}`);
    for (const f of ["md", "html", "docx"]) {
      for (const [name, extra] of [
        ["default", []],
        ["asterisks", ["--emphasis", "asterisks"]],
        ["none", ["--emphasis", "none"]],
      ] as const) {
        const result = await cli("export", source, "--format", f, "--out", out(name, f), ...extra);
        expect(result).toMatchObject({ code: 0, stderr: "" });
        const expected = name === "none" ? [] : ["never", "Gazette", "Now"];
        expect(await italicsIn(out(name, f), f)).toEqual(expected);
      }
    }
    const page = readHtml(readFileSync(out("none", "html"), "utf8"));
    expect(page.blocks.map((b) => b.text)).toContain(
      "Lena had *never* liked the _Gazette_, and she said so.",
    );
    expect(
      readHtml(readFileSync(out("default", "html"), "utf8")).blocks.map((b) => b.text),
    ).toContain(
      "Five * three is fifteen; the file was notes_final_v2, and **this** stays as typed.",
    );
    for (const extra of [[], ["--emphasis", "asterisks"]]) {
      const txt = path.join(dir, "italics-copy.txt");
      expect(await cli("export", source, "--format", "txt", "--out", txt, ...extra)).toMatchObject({
        code: 0,
      });
      expect(readFileSync(txt)).toEqual(readFileSync(source));
    }
  });

  it("leaves the marks as typed by default when stray ones make the reading unsure", async () => {
    const source = path.join(dir, "footnoted.txt");
    writeFileSync(source, "She was *very* sure.\n\nThe lawyer* had said so.\n");
    const html = path.join(dir, "footnoted.html");
    expect(await cli("export", source, "--format", "html", "--out", html)).toMatchObject({
      code: 0,
    });
    expect(emphasisTexts(readFileSync(html, "utf8"))).toEqual([]);
    const asked = path.join(dir, "footnoted-asked.html");
    await cli("export", source, "--format", "html", "--out", asked, "--emphasis", "asterisks");
    expect(emphasisTexts(readFileSync(asked, "utf8"))).toEqual(["very"]);
  });

  it("refuses an unknown --emphasis in one line, writing nothing", async () => {
    const out = path.join(dir, "bad-emphasis.html");
    const result = await cli(
      "export",
      seed,
      "--format",
      "html",
      "--out",
      out,
      "--emphasis",
      "bold",
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("--emphasis");
    expect(() => lstatSync(out)).toThrow();
  });
});
