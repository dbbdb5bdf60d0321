import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  storyForExport,
  toDocx,
  toHtml,
  toMarkdown,
  toTxt,
  type ExportOptions,
} from "../../../core/export";
import { isBreakLine } from "../../../core/story";
import {
  AO3_TAGS,
  emphasisTexts,
  expectedParagraphs,
  invalidXmlParts,
  readDocx,
  readHtml,
  readMarkdown,
} from "./readers";

// Prose characters plus everything that means something to Markdown, HTML or XML, controls,
// noncharacters, lone surrogates and an astral character.
const PIECES = [
  ..."abcXYZ019 ,.;:!?'\"-–—…‘’“”é",
  ..."\\`*_[]~|#+=<>&()",
  "&amp;",
  "<script>",
  "</p>",
  "1.",
  "2)",
  "- ",
  "> ",
  "    ",
  "\t",
  "\u0000",
  "\u0001",
  "\u001b",
  "\u007f",
  "\u0085",
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDC00",
  "😀",
  "\u00a0",
];

const line = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(""))
  // A blank line would split the paragraph and a marker line would be a break: keep prose lines.
  .filter((l) => !/^[ \t\u00a0]*$/.test(l) && !isBreakLine(l));

const paragraph = fc.array(line, { minLength: 1, maxLength: 3 });
const scene = fc.array(paragraph, { minLength: 1, maxLength: 4 });

const storyText = fc
  .record({
    scenes: fc.array(scene, { minLength: 1, maxLength: 3 }),
    eol: fc.constantFrom("\n", "\r\n"),
    marker: fc.constantFrom("* * *", "#", "~~~"),
    finalNewline: fc.boolean(),
  })
  .map(({ scenes, eol, marker, finalNewline }) => {
    const blocks = scenes.map((s) => s.map((p) => p.join(eol)).join(eol + eol));
    return blocks.join(`${eol}${eol}${marker}${eol}${eol}`) + (finalNewline ? eol : "");
  });

const options: ExportOptions = { sceneTitles: false, breakStyle: "rule" };

function prose(blocks: readonly { tag: string; text: string }[]): string[] {
  return blocks.filter((b) => b.tag === "p").map((b) => b.text);
}

describe("exports of random stories read back as their paragraphs", () => {
  it("txt is the source, byte for byte", () => {
    fc.assert(
      fc.property(storyText, (text) => {
        expect(toTxt(storyForExport(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("HTML: same paragraphs, only AO3 tags", () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const read = readHtml(toHtml(storyForExport(text, { title: "T" }), options));
        expect(prose(read.blocks)).toEqual(expectedParagraphs(text));
        expect([...read.tags].filter((t) => !AO3_TAGS.has(t))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("Markdown: markdown-it renders the same paragraphs and nothing else", () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const read = readMarkdown(toMarkdown(storyForExport(text, { title: "T" }), options));
        expect(prose(read.blocks)).toEqual(expectedParagraphs(text));
        expect([...read.tags].filter((t) => !["h1", "p", "br", "hr"].includes(t))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("with emphasis read: txt is still the source; Markdown and HTML agree on text and italics", () => {
    const asked: ExportOptions = { ...options, emphasis: "asterisks" };
    fc.assert(
      fc.property(storyText, (text) => {
        const story = storyForExport(text, { title: "T" });
        expect(toTxt(story, asked)).toBe(text);
        const html = toHtml(story, asked);
        const md = readMarkdown(toMarkdown(story, asked));
        expect(prose(md.blocks)).toEqual(prose(readHtml(html).blocks));
        expect(emphasisTexts(md.html)).toEqual(emphasisTexts(html));
        expect([...readHtml(html).tags].filter((t) => !AO3_TAGS.has(t))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("DOCX: valid XML in every part, mammoth reads the same paragraphs", async () => {
    await fc.assert(
      fc.asyncProperty(storyText, async (text) => {
        const bytes = await toDocx(storyForExport(text, { title: "T" }), options);
        expect(await invalidXmlParts(bytes)).toEqual([]);
        expect((await readDocx(bytes)).slice(1).filter((p) => p !== "* * *")).toEqual(
          expectedParagraphs(text),
        );
      }),
      // 20 stories hold every piece many times over: a dropped line break, a dropped line, a
      // double escape or a lone surrogate let through each failed every one of six seeds.
      { numRuns: 20 },
    );
  }, 60_000);
});
