import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { parseStory } from "../../../core/story";
import { detectLineParagraphs, separateLineParagraphs } from "../../../core/text/line-paragraphs";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");
const seed = read("../../../documents/story.txt");
const litbankDir = new URL("../../fixtures/litbank/", import.meta.url);
const litbank = readdirSync(litbankDir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({ name, text: readFileSync(new URL(name, litbankDir), "utf8") }));

/** The story's paragraphs, each on one line, as "Save as plain text" writes them. */
function onePerLine(text: string, eol = "\n", indent = ""): string {
  return (
    parseStory(text)
      .paragraphs.map((p) => indent + p.text.replace(/\s*\r?\n\s*/g, " "))
      .join(eol) + eol
  );
}

describe("detectLineParagraphs", () => {
  it("finds the bundled story written one paragraph per line, in LF, CRLF with a BOM, or tabbed", () => {
    expect(detectLineParagraphs(onePerLine(seed))).toEqual({ kind: "lines", joinedLines: 29 });
    expect(detectLineParagraphs("\uFEFF" + onePerLine(seed, "\r\n"))?.kind).toBe("lines");
    expect(detectLineParagraphs(onePerLine(seed, "\n", "\t"))?.kind).toBe("lines");
  });

  it("does not find the bundled story, nor any LitBank excerpt (hard-wrapped at 60 to 80)", () => {
    expect(detectLineParagraphs(seed)).toBeNull();
    for (const { name, text } of litbank) expect(detectLineParagraphs(text), name).toBeNull();
  });

  it("does not find hard-wrapped prose with its blank lines taken out, or every line indented", () => {
    for (const { name, text } of litbank) {
      const lines = text.split("\n");
      const packed = lines.filter((line) => line.trim() !== "").join("\n");
      const indented = lines.map((line) => (line.trim() ? `    ${line}` : line)).join("\n");
      expect(detectLineParagraphs(packed), name).toBeNull();
      expect(detectLineParagraphs(indented), name).toBeNull();
    }
  });

  it("finds every LitBank excerpt of four paragraphs or more once unwrapped to a line each", () => {
    const long = litbank.filter(({ text }) => parseStory(text).paragraphs.length >= 4);
    expect(long.length).toBeGreaterThan(90);
    for (const { name, text } of long)
      expect(detectLineParagraphs(onePerLine(text)), name).not.toBeNull();
  });

  it("does not find a short poem, or a few single line breaks inside blank-line paragraphs", () => {
    const poem = [
      "The tide came in across the stones,",
      "and left the harbour grey;",
      "I watched it from the sea wall",
      "until it went away.",
      "",
    ].join("\n");
    expect(detectLineParagraphs(poem)).toBeNull();
    const letter = [
      "She opened the letter at the kitchen table and read it twice before she understood it.",
      "",
      "14 Harbour Road,\nPortree,\nIsle of Skye.",
      "",
      "Dear Ann, I am sorry that I have not written sooner, but the winter has been long and hard.",
      "",
      "She folded it away and went out to the boats without a word to anyone in the house.",
      "",
    ].join("\n");
    expect(detectLineParagraphs(letter)).toBeNull();
  });

  it("finds short indented lines of dialogue as indented paragraphs", () => {
    const talk = [
      '\t"Are you coming down to the harbour with us?" asked Ann.',
      '\t"Not tonight," said Jonah, and he shut the door.',
      "\tShe waited on the step for a long while after that.",
      '\t"Jonah?" she called at last, but he did not answer.',
      "",
    ].join("\n");
    expect(detectLineParagraphs(talk)).toEqual({ kind: "indented", joinedLines: 3 });
    expect(detectLineParagraphs(talk.replace(/\t/g, ""))).toBeNull();
  });

  // Lines as a writer's file has them: sentences, dialogue, headings, indentation, verse.
  const line = fc
    .array(
      fc.constantFrom(
        "She waited.",
        " by the harbour wall",
        '"Not tonight," he said.',
        " and the lights went out over the water, one by one,",
        "CHAPTER I",
        "—",
        "\t",
        "  ",
        "?",
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((words) => words.join(""));

  it("never finds a text whose lines all fit a hard wrap and none is indented", () => {
    const wrapped = line.filter((l) => l.trim().length <= 80 && !/^\s/.test(l));
    fc.assert(
      fc.property(fc.array(wrapped, { maxLength: 60 }), (lines) => {
        expect(detectLineParagraphs(lines.join("\n"))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("never finds a text with a blank line between every two lines, nor one it separated", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        expect(detectLineParagraphs(lines.join("\n\n"))).toBeNull();
        expect(detectLineParagraphs(separateLineParagraphs(lines.join("\r\n")))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("reads nothing into empty, blank or one-line texts", () => {
    for (const text of ["", "\n\n", "\uFEFF", "One line only.", "A.\nB.\n"])
      expect(detectLineParagraphs(text), JSON.stringify(text)).toBeNull();
  });

  it("reads each line as a split of the text into lines would give it, blank ones included", () => {
    // The same reading over the lines of a split (LF or CRLF, a BOM dropped), the way it was
    // written before it walked the text without making a string of each empty line. A CR left
    // in a line is a character of it: here U+2028, which is no line break either and is trimmed
    // as CR is, so the lines join on LF alone.
    const bySplit = (text: string) => {
      const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
      const lines = body.split(/\r\n|\n/).map((line) => line.replaceAll("\r", "\u2028"));
      return detectLineParagraphs(lines.join("\n"));
    };
    const long =
      "She walked the length of the harbour wall and counted the boats there, one by one, until it was far too dark to see them.";
    const often = (weight: number, values: string[]) =>
      values.map((value) => ({ weight, arbitrary: fc.constant(value) }));
    const piece = fc.oneof(
      ...often(8, [long, `\t${long}`]),
      ...often(1, ["Short line", "He said so.", "* * *", " \t", "a\rb.", "\r", ""]),
    );
    const ending = fc.oneof(
      ...often(8, ["\n", "\r\n"]),
      ...often(1, ["\n\n", "\r\n\r\n", "\n\n\n", "\r", "\n\r\n"]),
    );
    const text = fc
      .tuple(fc.boolean(), fc.array(fc.tuple(piece, ending), { minLength: 3, maxLength: 30 }))
      .map(([bom, lines]) => (bom ? "\uFEFF" : "") + lines.map(([l, e]) => l + e).join(""));
    // Three lines joined to the next and one set apart by a blank line: a blank-line story.
    for (const eol of ["\n", "\r\n"]) {
      const text = [long, long, long, long].join(eol) + eol + eol + long;
      expect(detectLineParagraphs(text)).toBeNull();
      expect(detectLineParagraphs(text.replace(eol + eol, eol))).toMatchObject({ kind: "lines" });
    }
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const layout = detectLineParagraphs(t);
        if (layout) found++;
        expect(layout).toEqual(bySplit(t));
      }),
      { numRuns: 400 },
    );
    // Both answers come up: texts read as one paragraph per line, and texts read as they are.
    expect(found).toBeGreaterThan(40);
    expect(found).toBeLessThan(360);
  });
});

describe("separateLineParagraphs", () => {
  it("puts one blank line between lines, in the file's own line endings, scene breaks kept", () => {
    expect(separateLineParagraphs("One.\nTwo.\n* * *\nThree.\n")).toBe(
      "One.\n\nTwo.\n\n* * *\n\nThree.\n",
    );
    expect(separateLineParagraphs("\uFEFF\tOne.\r\n\tTwo.\r\n")).toBe(
      "\uFEFF\tOne.\r\n\r\n\tTwo.\r\n",
    );
    expect(separateLineParagraphs("\n\nOne.\nTwo.\n\n\nThree.\n\n")).toBe(
      "\n\nOne.\n\nTwo.\n\n\nThree.\n\n",
    );
  });

  it("makes each line of the bundled story one of its 30 paragraphs again", () => {
    const separated = separateLineParagraphs(onePerLine(seed));
    expect(parseStory(separated).paragraphs.map((p) => p.text)).toEqual(
      parseStory(onePerLine(seed)).paragraphs[0]!.text.split("\n"),
    );
    expect(parseStory(separated).paragraphs).toHaveLength(30);
    expect(detectLineParagraphs(separated)).toBeNull();
  });

  const piece = fc.constantFrom(
    "word",
    "A longer sentence.",
    " ",
    "\n",
    "\r\n",
    "\t",
    "* * *",
    "\uFEFF",
    "“quote”",
    "\u00a0",
    "\r",
    "",
  );
  const texts = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

  it("only adds line endings, is idempotent, and makes every non-blank line a paragraph", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const out = separateLineParagraphs(text);
        expect(out.replace(/\r?\n/g, "")).toBe(text.replace(/\r?\n/g, ""));
        expect(separateLineParagraphs(out)).toBe(out);
        const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
        const lines = body.split(/\r\n|\n/).filter((line) => !/^[ \t\u00a0]*$/.test(line));
        expect(parseStory(out).paragraphs.map((p) => p.text)).toEqual(lines);
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves a text with a blank line between every two lines byte for byte", () => {
    const line = fc.array(fc.constantFrom("word", " ", "\t", "* * *", "“quote”", "\r"), {
      maxLength: 6,
    });
    const gap = fc.constantFrom("\n\n", "\r\n\r\n", "\n \n", "\n\n\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(line, gap), { maxLength: 20 }), (blocks) => {
        const text = blocks.map(([words, sep]) => words.join("") + sep).join("");
        expect(separateLineParagraphs(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
    expect(separateLineParagraphs(seed)).toBe(seed);
  });
});
