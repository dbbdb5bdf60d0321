import { describe, expect, it } from "vitest";
import {
  ao3ChapterBody,
  ao3ChapterFiles,
  ao3ChapterTitle,
  defaultExportOptions,
  exportChapters,
  type ExportStory,
} from "../../../core/export";
import { AO3_TAGS, readHtml } from "./readers";

function story(scenes: string[][], markdown = false): ExportStory {
  return {
    title: "The Bronze",
    scenes: scenes.map((paragraphs, i) => ({ title: `Scene ${i + 1}`, paragraphs })),
    eol: "\n",
    finalNewline: true,
    ...(markdown ? { markdown } : {}),
  };
}

const threeChapters = story([
  ["Before any heading, a cold open."],
  ["Chapter One: The PEZ", "Willow ran.", "Spike <followed> & swore."],
  ["Later that night, the bar was loud."],
  ["Chapter 2", "Morning came."],
  ["Epilogue", "Years on."],
]);

describe("AO3 chapters", () => {
  it.each([
    ["Chapter Three: The Bronze", false, "The Bronze"],
    ["CHAPTER XII — Old Wounds", false, "Old Wounds"],
    ["Chapter 4", false, ""],
    ["Prologue", false, "Prologue"],
    ["Epilogue: Ten Years On", false, "Epilogue: Ten Years On"],
    ["## Riley", true, "Riley"],
    ["# Chapter 2: Sundaes", true, "Sundaes"],
    ["II. Mrs. Todd", false, "Mrs. Todd"],
    ["CHAP. II.", false, ""],
  ])("gives AO3's title field %j (markdown %s) as %j", (heading, markdown, title) => {
    expect(ao3ChapterTitle(heading, markdown)).toBe(title);
  });

  it("groups scenes into chapters at the headings that open them", () => {
    expect(exportChapters(threeChapters).map((c) => [c.heading, c.ao3Title, c.scenes])).toEqual([
      ["", "", [0]],
      ["Chapter One: The PEZ", "The PEZ", [1, 2]],
      ["Chapter 2", "", [3]],
      ["Epilogue", "Epilogue", [4]],
    ]);
  });

  it("gives one chapter's text to paste without its heading line, escaped, AO3 tags only", () => {
    const chapter = ao3ChapterBody(threeChapters, 1, defaultExportOptions)!;
    expect(chapter.title).toBe("The PEZ");
    const { blocks, tags } = readHtml(chapter.body, true);
    expect(blocks.filter((b) => b.tag === "p").map((b) => b.text)).toEqual([
      "Willow ran.",
      "Spike <followed> & swore.",
      "* * *",
      "Later that night, the bar was loud.",
    ]);
    expect(chapter.body).not.toContain("Chapter One");
    expect(chapter.body).not.toContain("cold open");
    for (const tag of tags) expect(AO3_TAGS.has(tag)).toBe(true);
    expect(ao3ChapterBody(threeChapters, 9, defaultExportOptions)).toBeNull();
  });

  it("titles a chapter under a part's heading by its own heading, the part's lines kept", () => {
    // The analysis opens one chapter with the stack (core/chapters.ts, `ChapterHeading`).
    const parted = story([
      ["PART ONE", "THE WINTER", "Chapter 1: Snow", "Willow ran."],
      ["Chapter 2", "Morning came."],
    ]);
    expect(exportChapters(parted).map((c) => [c.heading, c.ao3Title, c.scenes])).toEqual([
      ["Chapter 1: Snow", "Snow", [0]],
      ["Chapter 2", "", [1]],
    ]);
    const chapter = ao3ChapterBody(parted, 0, defaultExportOptions)!;
    expect(chapter.title).toBe("Snow");
    expect(readHtml(chapter.body, true).blocks.map((b) => b.text)).toEqual([
      "PART ONE",
      "THE WINTER",
      "Willow ran.",
    ]);
  });

  it("writes each chapter into its own file, or only the one asked for", () => {
    const files = ao3ChapterFiles(threeChapters, defaultExportOptions);
    expect(files.map((f) => f.name)).toEqual([
      "The Bronze - Chapter 01.html",
      "The Bronze - Chapter 02 - The PEZ.html",
      "The Bronze - Chapter 03.html",
      "The Bronze - Chapter 04 - Epilogue.html",
    ]);
    const second = files[1]!.content as string;
    expect(second).toContain("<title>The PEZ</title>");
    expect(readHtml(second).blocks[0]!.text).toBe("Willow ran.");
    const only = ao3ChapterFiles(threeChapters, defaultExportOptions, 3);
    expect(only.map((f) => f.name)).toEqual(["The Bronze - Chapter 04 - Epilogue.html"]);
    expect(readHtml(only[0]!.content as string).blocks.map((b) => b.text)).toEqual(["Years on."]);
  });

  it("reads a Markdown draft's # headings as chapters", () => {
    const md = story(
      [
        ["# Riley", "She left."],
        ["## Sundaes", "Ice cream."],
      ],
      true,
    );
    expect(exportChapters(md).map((c) => c.ao3Title)).toEqual(["Riley", "Sundaes"]);
    expect(ao3ChapterBody(md, 1, defaultExportOptions)!.body).toBe("<p>Ice cream.</p>\n");
  });
});

describe("AO3 chapter titles of a draft whose *word* marks are italics", () => {
  const marked = story([
    ["Chapter One: *The* _Bronze_", "Willow ran *fast*."],
    ["Chapter Two: 5 * 3", "Morning came."],
  ]);

  it("gives AO3's plain title field the words without the marks, the text as <em>", () => {
    const asked = { ...defaultExportOptions, emphasis: "asterisks" } as const;
    const first = ao3ChapterBody(marked, 0, asked)!;
    expect(first.title).toBe("The Bronze");
    expect(first.body).toContain("Willow ran <em>fast</em>.");
    expect(ao3ChapterBody(marked, 1, asked)!.title).toBe("5 * 3");
    const files = ao3ChapterFiles(marked, asked);
    expect(files[0]!.name).toBe("The Bronze - Chapter 01 - The Bronze.html");
    expect(readHtml(files[0]!.content as string).blocks.map((b) => b.text)).toContain(
      "Willow ran fast.",
    );
    const none = { ...defaultExportOptions, emphasis: "none" } as const;
    expect(ao3ChapterBody(marked, 0, none)!.title).toBe("*The* _Bronze_");
  });
});

describe("an author's note before the first chapter heading", () => {
  const pasted = story([
    ["A/N: Thanks to my beta. Unbeta'd mistakes are mine.", "Summary: Willow finds a ring."],
    ["Chapter 1: Low Tide", "Willow ran."],
    ["Chapter 2", "Morning came."],
  ]);

  it("is the work's notes, so the first heading is Chapter 1 as AO3 numbers it", () => {
    const chapters = exportChapters(pasted);
    expect(chapters.map((c) => [c.heading, c.notes === true, c.scenes])).toEqual([
      ["", true, [0]],
      ["Chapter 1: Low Tide", false, [1]],
      ["Chapter 2", false, [2]],
    ]);
    const files = ao3ChapterFiles(pasted, defaultExportOptions);
    expect(files.map((f) => f.name)).toEqual([
      "The Bronze - Notes.html",
      "The Bronze - Chapter 01 - Low Tide.html",
      "The Bronze - Chapter 02.html",
    ]);
    const notes = files[0]!.content as string;
    expect(notes).toContain("<!-- AO3 work notes -->");
    expect(readHtml(notes).blocks.map((b) => b.text)).toEqual([
      "A/N: Thanks to my beta. Unbeta'd mistakes are mine.",
      "Summary: Willow finds a ring.",
    ]);
    expect(files[1]!.content as string).toContain("<!-- AO3 chapter 1 title: Low Tide -->");
  });

  it.each([
    ["Author's Note: this one is for Sam.", true],
    ["Disclaimer - I own nothing.", true],
    ["Notes: set after season four.", true],
    ["Notes on a scandal were never kept, she thought.", false],
    ["Summary of the night: three stakes and a broken lamp.", false],
  ])("reads %j as a note: %s", (first, notes) => {
    const opening = story([[first], ["Chapter 1", "Willow ran."]]);
    expect(exportChapters(opening)[0]!.notes === true).toBe(notes);
  });

  it("keeps a long opening as a chapter of its own, whatever its first line", () => {
    const prose = Array.from({ length: 40 }, () => "The rain fell on the old house again.");
    const opening = story([
      ["A/N: a prologue without a heading.", ...prose],
      ["Chapter 1", "Go."],
    ]);
    expect(exportChapters(opening)[0]!.notes === true).toBe(false);
    expect(ao3ChapterFiles(opening, defaultExportOptions)[1]!.name).toBe(
      "The Bronze - Chapter 02.html",
    );
  });
});

describe("the work's notes as writers' drafts write them", () => {
  it.each([
    ["Author\u2019s Note: this one is for Sam.", false],
    ["Unbeta\u2019d: mistakes are mine.", false],
    ["**A/N:** this one is for Sam.", true],
    ["*Summary:* Willow finds a ring.", true],
  ])(
    "reads %j (markdown %s) as a note, curly apostrophe or marks on its label",
    (first, markdown) => {
      const heading = markdown ? "# Chapter 1" : "Chapter 1";
      const opening = story([[first], [heading, "Willow ran."]], markdown);
      expect(exportChapters(opening)[0]!.notes === true).toBe(true);
    },
  );

  it("reads the note after the draft's title line, which is the work's title", () => {
    const titled = story([
      ["The Bronze", "A/N: this one is for Sam."],
      ["Chapter 1", "Willow ran."],
    ]);
    expect(ao3ChapterFiles(titled, defaultExportOptions).map((f) => f.name)).toEqual([
      "The Bronze - Notes.html",
      "The Bronze - Chapter 01.html",
    ]);
  });

  it('reads "Author\'s notes" with no colon as prose, as it does "Notes on"', () => {
    const opening = story([
      ["Author's notes were scattered over the desk, and she read them all."],
      ["Chapter 1", "Willow ran."],
    ]);
    expect(exportChapters(opening)[0]!.notes === true).toBe(false);
  });
});
