import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import {
  storyForExport,
  toDocx,
  toHtml,
  toMarkdown,
  toTxt,
  type ExportOptions,
} from "../../../core/export";
import { readDocx, readHtml, readMarkdown } from "./readers";

/** The blocks a reader shows as headings, below the story's own title (h1). */
function headings(blocks: readonly { tag: string; text: string }[]): string[] {
  return blocks.filter((b) => /^h[2-6]$/.test(b.tag)).map((b) => `${b.tag}:${b.text}`);
}

describe("chapter headings in formatted exports", () => {
  // Found on a writer's day: "Chapter Two" came out as a body paragraph in every format.
  const text = [
    "Chapter One",
    "Ellen woke before the alarm.",
    "CHAPTER II: The Bus",
    "The bus was late.",
    "Prologue",
    "Chapter and verse, she thought.",
  ].join("\n\n");
  const scenes = analyzeStory(text, { file: "chapters.txt" }).scenes;
  const story = storyForExport(text, { title: "Chapters", scenes });
  const options: ExportOptions = { sceneTitles: false, breakStyle: "asterisks" };
  const expected = ["h2:Chapter One", "h2:CHAPTER II: The Bus", "h2:Prologue"];

  it("writes each heading line as a second-level heading in Markdown and HTML", () => {
    const md = readMarkdown(toMarkdown(story, options));
    expect(headings(md.blocks)).toEqual(expected);
    expect(md.blocks.map((b) => b.text)).toContain("Chapter and verse, she thought.");
    expect(headings(readHtml(toHtml(story, options)).blocks)).toEqual(expected);
  });

  it("gives a heading line Word's Heading 2 style in DOCX, its text unchanged", async () => {
    const bytes = await toDocx(story, options);
    const body = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(body.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(3);
    const { value } = await import("mammoth").then((m) =>
      m.default.convertToHtml({ buffer: Buffer.from(bytes) }),
    );
    expect(headings(readHtml(value, true).blocks)).toEqual(expected);
    expect(await readDocx(bytes)).toContain("The bus was late.");
  });

  it("keeps a Markdown draft's heading text without its # marks", () => {
    const md = "## Riley\n\nShe ran.\n\n# Part *Two*\n\nShe stopped.\n";
    const draft = storyForExport(md, { title: "Draft", markdown: true });
    expect(headings(readHtml(toHtml(draft, options)).blocks)).toEqual(["h2:Riley", "h2:Part Two"]);
    expect(headings(readMarkdown(toMarkdown(draft, options)).blocks)).toEqual([
      "h2:Riley",
      "h2:Part Two",
    ]);
  });

  it("leaves a txt export the file's own bytes", () => {
    expect(toTxt(story, options)).toBe(text);
  });
});

describe("a scene break before a chapter heading (qa-29)", () => {
  // Found on a writer's day: an AO3 paste's author's note, then "Chapter 1: Low Tide", came out
  // as the note, "* * *" and the heading; so did every chapter after a scene of the last one.
  const text = [
    "A/N: my first fic, be nice.",
    "Chapter 1: Low Tide",
    "Wren had been awake since four.",
    "***",
    "The island was smaller than the photographs.",
    "Chapter 2: The Log",
    "The log had been kept for a hundred years.",
  ].join("\n\n");
  const story = storyForExport(text, {
    title: "Low Tide",
    scenes: [
      { firstParagraph: 0, lastParagraph: 0 },
      { firstParagraph: 1, lastParagraph: 2 },
      { firstParagraph: 4, lastParagraph: 4 },
      { firstParagraph: 5, lastParagraph: 6 },
    ],
  });

  it("writes no ornament right before a heading, one between the scenes of a chapter", () => {
    const options: ExportOptions = { sceneTitles: false, breakStyle: "asterisks" };
    const md = readMarkdown(toMarkdown(story, options)).blocks.map((b) => b.text);
    expect(md.filter((t) => t === "* * *")).toHaveLength(1);
    expect(md[md.indexOf("* * *") - 1]).toBe("Wren had been awake since four.");
    expect(readHtml(toHtml(story, options)).blocks.filter((b) => b.text === "* * *")).toHaveLength(
      1,
    );
    expect(toHtml(story, { ...options, breakStyle: "rule" }).match(/<hr/g)).toHaveLength(1);
  });

  it("keeps a page break before a chapter in DOCX, where a new page is what a chapter wants", async () => {
    const options: ExportOptions = { sceneTitles: false, breakStyle: "page" };
    const bytes = await toDocx(story, options);
    const body = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(body.match(/<w:br w:type="page"\/>/g)).toHaveLength(3);
  });
});
