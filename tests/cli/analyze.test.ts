import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cli, ROOT } from "../support/cli";

const gold = JSON.parse(
  readFileSync(path.join(ROOT, "tests/fixtures/seed/story.gold.json"), "utf8"),
) as {
  characters: { name: string; aliases: string[]; voice: string }[];
  quotes: { paragraph: number; index: number; speaker: string | null }[];
};

interface AnalyzeOutput {
  file: string;
  paragraphs: number;
  words: number;
  scenes: {
    index: number;
    firstParagraph: number;
    lastParagraph: number;
    title: string;
    pov: string | null;
    characters: string[];
    words: number;
  }[];
  characters: {
    name: string;
    aliases: string[];
    voice: string;
    mentions: number;
    scenes: number[];
  }[];
  quotes: { paragraph: number; index: number; text: string; speaker: string | null }[];
  notes: {
    kind: string;
    severity: string;
    paragraph: number;
    from: number;
    to: number;
    text: string;
    message: string;
    fixes: string[];
  }[];
}

async function analyze(...args: string[]): Promise<AnalyzeOutput> {
  const run = await cli(["analyze", ...args, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as AnalyzeOutput;
}

describe("draftwise analyze", () => {
  let story: AnalyzeOutput;
  beforeAll(async () => {
    story = await analyze("documents/story.txt");
  });
  const text = readFileSync(path.join(ROOT, "documents/story.txt"), "utf8");

  it("counts paragraphs, words and quotes as the contract says", () => {
    expect(story.file).toBe("documents/story.txt");
    expect(story.paragraphs).toBe(30);
    expect(story.words).toBe(2971);
    expect(story.quotes).toHaveLength(50);
    expect(story.quotes.map((q) => [q.paragraph, q.index])).toEqual(
      gold.quotes.map((q) => [q.paragraph, q.index]),
    );
  });

  it("lists 6 to 12 scenes that cover every paragraph in order", () => {
    expect(story.scenes.length).toBeGreaterThanOrEqual(6);
    expect(story.scenes.length).toBeLessThanOrEqual(12);
    let next = 0;
    for (const scene of story.scenes) {
      expect(scene.firstParagraph).toBe(next);
      expect(scene.lastParagraph).toBeGreaterThanOrEqual(scene.firstParagraph);
      expect(scene.title.length).toBeGreaterThan(0);
      next = scene.lastParagraph + 1;
    }
    expect(next).toBe(30);
    expect(story.scenes.reduce((n, s) => n + s.words, 0)).toBe(2971);
  });

  it("finds the characters without a cast, and nothing that is not one", () => {
    const names = story.characters.map((c) => c.name);
    for (const name of ["Willow", "Spike", "Oz", "Buffy", "Riley", "Willie", "Professor Walsh"])
      expect(names).toContain(name);
    const known = new Set(gold.characters.flatMap((c) => [c.name, ...c.aliases]));
    for (const c of story.characters)
      expect(known.has(c.name) || c.name.startsWith("the ")).toBe(true);
    expect(story.characters.find((c) => c.name === "Spike")?.voice).toBe("british");
  });

  it("gives every note's exact text at its offsets", () => {
    for (const note of story.notes) expect(text.slice(note.from, note.to)).toBe(note.text);
  });

  it("notes Spike's Americanisms and the draft's real errors, but not his British slang", () => {
    const has = (kind: string, paragraph: number, term: string) =>
      story.notes.some(
        (n) =>
          n.kind === kind &&
          n.paragraph === paragraph &&
          n.text === term &&
          n.severity === "warning",
      );
    expect(has("voice", 4, "I guess")).toBe(true);
    expect(has("voice", 14, "gonna")).toBe(true);
    expect(has("encoding", 7, "fa├žade")).toBe(true);
    expect(story.notes.find((n) => n.kind === "encoding")?.fixes[0]).toBe("façade");
    expect(story.notes.find((n) => n.text === "hereven")?.fixes[0]).toBe("her even");
    expect(story.notes.find((n) => n.text === "Bollockshe")?.fixes[0]).toBe("Bollocks he");
    const forbidden = [
      "Bloody",
      "bloody",
      "luv",
      "cigs",
      "pet",
      "bint",
      "bleeding",
      "cos",
      "Sod off",
      "Bollocks",
    ];
    expect(story.notes.filter((n) => n.kind === "voice" && forbidden.includes(n.text))).toEqual([]);
    const names = new Set(story.characters.flatMap((c) => [c.name, ...c.aliases]));
    expect(story.notes.filter((n) => n.kind === "spelling" && names.has(n.text))).toEqual([]);
  });

  it("attributes at least 95% of the named quotes with the gold cast", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-cast-"));
    const castFile = path.join(dir, "cast.json");
    writeFileSync(castFile, JSON.stringify({ characters: gold.characters }));
    const withCast = await analyze("documents/story.txt", "--cast", castFile);
    const said = new Map(withCast.quotes.map((q) => [`${q.paragraph}/${q.index}`, q.speaker]));
    const named = gold.quotes.filter((q) => q.speaker);
    const right = named.filter((q) => said.get(`${q.paragraph}/${q.index}`) === q.speaker).length;
    expect(right / named.length).toBeGreaterThanOrEqual(0.95);
    expect(withCast.characters.find((c) => c.name === "Willow")?.aliases).toContain("Red");
  });

  it("reads CRLF with a BOM and curly quotes without a final newline", async () => {
    const crlf = await analyze("tests/fixtures/cli/crlf-bom.txt");
    expect([crlf.paragraphs, crlf.words, crlf.quotes.length]).toEqual([4, 7, 1]);
    expect(crlf.scenes.map((s) => [s.firstParagraph, s.lastParagraph])).toEqual([
      [0, 1],
      [3, 3],
    ]);
    const curly = await analyze("tests/fixtures/cli/curly.txt");
    expect(curly.quotes.map((q) => q.text)).toEqual(["Morning,", "Tea?", "If you’re making it."]);
    expect(curly.quotes.map((q) => q.speaker)).toEqual(["Anna", "Anna", "Tom"]);
  });
});

describe("draftwise check", () => {
  it("prints FILE:LINE:COLUMN: KIND: MESSAGE per warning and exits 1", async () => {
    const run = await cli(["check", "documents/story.txt"]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines)
      expect(line).toMatch(
        /^documents\/story\.txt:\d+:\d+: (voice|variant|spelling-mix|spelling|encoding): .+/,
      );
    expect(lines).toContainEqual(expect.stringMatching(/:29:42: voice: .*"gonna"/));
  });

  it("exits 0 on a clean story", async () => {
    const run = await cli(["check", "tests/fixtures/cli/curly.txt"]);
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("CLI errors", () => {
  it.each([
    [["analyze", "missing.txt", "--json"], /does not exist/],
    [["analyze", "documents", "--json"], /folder/],
    [["analyze", "documents/story.txt", "--frob"], /--frob/],
    [["analyze", "documents/story.txt", "--json", "--frob=1"], /does not take --frob/],
    [["wibble", "documents/story.txt"], /unknown command/],
    [["analyze", "documents/story.txt", "--cast", "missing.json"], /--cast/],
  ])("%j exits 2 with one line", async (args, message) => {
    const run = await cli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("CLI errors: a --cast that is no cast file", () => {
  const binary = (): string => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-cast-")), "cast.json");
    writeFileSync(file, Buffer.from([0x7b, 0, 1, 2, 0, 0xff, 0, 0x7d]));
    return file;
  };
  it.each([
    [
      "a folder",
      () => "documents",
      /--cast: "documents" is a folder, not a cast file\. Name a \.json file/,
    ],
    [
      "binary",
      binary,
      /"cast\.json" looks like a binary file, not text\. Name a cast \(\.json\) file/,
    ],
  ])("%s gets a cast's advice, not a story's", async (_, file, message) => {
    const run = await cli(["analyze", "documents/story.txt", "--cast", file(), "--json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/story file|\.txt|\.md\b/);
  });
});

describe("draftwise analyze: chapters", () => {
  it("lists the chapters of a draft with headings, each starting a scene", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-chapters-"));
    const file = path.join(dir, "fic.txt");
    const paragraphs = readFileSync(path.join(ROOT, "documents/story.txt"), "utf8")
      .trim()
      .split(/\n\s*\n/u);
    writeFileSync(
      file,
      ["Chapter 1", ...paragraphs.slice(0, 10), "CHAPTER II", ...paragraphs.slice(10)].join(
        "\n\n",
      ) + "\n",
    );
    const run = await cli(["analyze", file, "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      paragraphs: number;
      scenes: { index: number; firstParagraph: number }[];
      chapters: {
        index: number;
        title: string;
        firstParagraph: number;
        lastParagraph: number;
        words: number;
        scenes: number[];
      }[];
    };
    expect(out.chapters.map((c) => [c.index, c.title, c.firstParagraph, c.lastParagraph])).toEqual([
      [0, "Chapter 1", 0, 10],
      [1, "CHAPTER II", 11, out.paragraphs - 1],
    ]);
    expect(out.scenes.map((s) => s.firstParagraph)).toContain(11);
    expect(out.chapters.flatMap((c) => c.scenes)).toEqual(out.scenes.map((s) => s.index));
    expect(out.chapters[0]!.words + out.chapters[1]!.words).toBe(2971 + 4);
  });

  it("gives a story without headings one chapter titled by its file name", async () => {
    const out = (await analyze("documents/story.txt")) as AnalyzeOutput & {
      chapters: { title: string; firstParagraph: number; lastParagraph: number }[];
    };
    expect(out.chapters.map((c) => [c.title, c.firstParagraph, c.lastParagraph])).toEqual([
      ["story", 0, 29],
    ]);
  });
});

describe("draftwise analyze: a file with one paragraph per line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-lines-"));
  const story = readFileSync(path.join(ROOT, "documents/story.txt"), "utf8");
  const lines = story.split(/\n(?:[ \t]*\n)+/).filter((p) => p.trim() !== "");

  it("says so in one line on standard error, and prints the contract's JSON unchanged", async () => {
    const file = path.join(dir, "one-per-line.txt");
    writeFileSync(file, lines.join("\n"));
    const run = await cli(["analyze", file, "--json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `draftwise: ${file} puts each paragraph on its own line with no blank line between them, ` +
        `so it is read as one paragraph; put a blank line between paragraphs ` +
        `(in the Draftwise editor: "Separate paragraphs") to analyse each one\n`,
    );
    const out = JSON.parse(run.stdout) as AnalyzeOutput;
    expect(out.paragraphs).toBe(1);
    expect(out.words).toBe(2971);
  });

  it("says so from check and from export to a format with paragraphs, not from export to txt", async () => {
    const file = path.join(dir, "one-per-line-too.txt");
    writeFileSync(file, lines.join("\n"));
    const check = await cli(["check", file]);
    expect(check.stderr).toMatch(/puts each paragraph on its own line.* to analyse each one\n$/);
    const html = await cli(["export", file, "--format", "html", "--out", path.join(dir, "o.html")]);
    expect(html.status).toBe(0);
    expect(html.stderr).toMatch(
      /so it is read as one paragraph; .* to export each as a paragraph\n$/,
    );
    const txt = await cli(["export", file, "--format", "txt", "--out", path.join(dir, "o.txt")]);
    expect(txt.status).toBe(0);
    expect(txt.stderr).toBe("");
  });

  it("says why a classic Mac file (lines ended by a carriage return alone) is one paragraph", async () => {
    const file = path.join(dir, "classic-mac.txt");
    writeFileSync(file, story.replaceAll("\n", "\r"));
    const run = await cli(["analyze", file, "--json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `draftwise: ${file} ends its lines with a carriage return alone (classic Mac OS), so it ` +
        `is read as one paragraph; make its line ends LF (in the Draftwise editor: "Use LF ` +
        `line ends") to analyse each one\n`,
    );
    expect((JSON.parse(run.stdout) as AnalyzeOutput).paragraphs).toBe(1);
    const md = await cli(["export", file, "--format", "md", "--out", path.join(dir, "mac.md")]);
    expect(md.stderr).toMatch(/carriage return alone .* to export each as a paragraph\n$/);
    const txt = await cli(["export", file, "--format", "txt", "--out", path.join(dir, "mac.txt")]);
    expect(txt.stderr).toBe("");
  });

  it("says an HTML export opened again is read with its tags, in one line on standard error", async () => {
    const file = path.join(dir, "exported.html");
    const html = path.join(dir, "exported-from.html");
    writeFileSync(file, "One.\n\nTwo.\n");
    expect((await cli(["export", file, "--format", "html", "--out", html])).status).toBe(0);
    const run = await cli(["analyze", html, "--json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^draftwise: .*exported-from\.html: this file is HTML .*its tags show as text/,
    );
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect((JSON.parse(run.stdout) as AnalyzeOutput).words).toBeGreaterThan(2);
  });

  it("says nothing once a blank line separates the paragraphs", async () => {
    const file = path.join(dir, "separated.txt");
    writeFileSync(file, lines.join("\n\n"));
    const run = await cli(["analyze", file, "--json"]);
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as AnalyzeOutput).paragraphs).toBe(30);
  });
});
