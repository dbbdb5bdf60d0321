import mammoth from "mammoth";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import {
  defaultExportOptions,
  emphasisDefault,
  emphasisRuns,
  storyForExport,
  toDocx,
  toHtmlBody,
  toMarkdown,
  toTxt,
  usesEmphasisMarks,
} from "../../../core/export";

const draft = [
  "She was *very* tired, and the _Times_ lay unread.",
  "Two * three * four is arithmetic, not emphasis; snake_case_names stay as typed.",
  "* * *",
  "He said it **twice** and *once*.",
].join("\n\n");

/** Texts inside <em> in an HTML string, as a reader would find them. */
function emphasised(html: string): string[] {
  return [...html.matchAll(/<em>(.*?)<\/em>/g)].map((m) => m[1]!);
}

describe("emphasis in Markdown drafts", () => {
  it("reads *x* and _x_ as italics and leaves other asterisks and underscores as text", () => {
    expect(emphasisRuns("She was *very* tired, and the _Times_ lay unread.")).toEqual([
      { text: "She was ", italic: false },
      { text: "very", italic: true },
      { text: " tired, and the ", italic: false },
      { text: "Times", italic: true },
      { text: " lay unread.", italic: false },
    ]);
    for (const plain of ["2 * 3 * 4", "snake_case_name", "**bold**", "* * *", "a*b*c"])
      expect(emphasisRuns(plain)).toEqual([{ text: plain, italic: false }]);
  });

  const md = storyForExport(draft, { title: "Draft", markdown: true });
  const txt = storyForExport(draft, { title: "Draft" });

  it("exports italics to AO3 HTML as <em>", () => {
    expect(emphasised(toHtmlBody(md))).toEqual(["very", "Times", "once"]);
    expect(toHtmlBody(md)).toContain("Two * three * four");
    expect(emphasised(toHtmlBody(txt))).toEqual([]);
  });

  it("exports italics to DOCX as italic runs, as mammoth reads them", async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await toDocx(md)) });
    expect(emphasised(value)).toEqual(["very", "Times", "once"]);
    expect(value).not.toContain("*very*");
    const plain = await mammoth.convertToHtml({ buffer: Buffer.from(await toDocx(txt)) });
    expect(emphasised(plain.value)).toEqual([]);
  });

  it("keeps emphasis as emphasis in a Markdown export", () => {
    const html = new MarkdownIt().render(toMarkdown(md));
    expect(emphasised(html)).toEqual(["very", "Times", "once"]);
    expect(html).toContain("Two * three * four");
  });
});

describe("bold in Markdown drafts", () => {
  const boldDraft = [
    "The lamps were lit and **nobody** said a word, __not one__ of them.",
    "She read it **all, *every* line** twice.",
    "A sum: 2 ** 3, a rule **, and a plain * * * stay as typed.",
  ].join("\n\n");
  const md = storyForExport(boldDraft, { title: "Draft", markdown: true });
  const strong = (html: string): string[] =>
    [...html.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => m[1]!);

  it("exports **x** and __x__ as bold to AO3 HTML, DOCX and Markdown, marks dropped", async () => {
    const body = toHtmlBody(md);
    expect(strong(body)).toEqual(["nobody", "not one", "all, <em>every</em> line"]);
    expect(body).not.toContain("**nobody**");
    expect(body).toContain("2 ** 3, a rule **, and a plain * * *");
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await toDocx(md)) });
    expect(strong(value)).toEqual(["nobody", "not one", "all, <em>every</em> line"]);
    const html = new MarkdownIt().render(toMarkdown(md));
    expect(strong(html)).toEqual(["nobody", "not one", "all, <em>every</em> line"]);
    expect(html).toContain("2 ** 3, a rule **, and a plain * * *");
  });

  it("leaves a plain-text draft's doubled marks as typed, and a Markdown draft's when told none", () => {
    const txt = storyForExport(boldDraft, { title: "Draft" });
    const asked = { ...defaultExportOptions, emphasis: "asterisks" } as const;
    expect(strong(toHtmlBody(txt, asked))).toEqual([]);
    expect(toHtmlBody(txt, asked)).toContain("**nobody**");
    const none = { ...defaultExportOptions, emphasis: "none" } as const;
    expect(toHtmlBody(md, none)).toContain("**nobody**");
  });
});

describe("bold and italics together in a Markdown draft", () => {
  const both = (line: string) => emphasisRuns(line, true);

  it("reads ***x***, **_x_** and __*x*__ as bold italics", () => {
    for (const line of ["***both***", "**_both_**", "__*both*__"])
      expect(both(line)).toEqual([{ text: "both", italic: true, bold: true }]);
    expect(both("She ***never*** came.")).toEqual([
      { text: "She ", italic: false },
      { text: "never", italic: true, bold: true },
      { text: " came.", italic: false },
    ]);
  });

  it("reads an italic span around a bold one, its marks dropped", () => {
    expect(both("*She said **never**, twice.*")).toEqual([
      { text: "She said ", italic: true },
      { text: "never", italic: true, bold: true },
      { text: ", twice.", italic: true },
    ]);
  });

  it("exports them so Markdown readers draw them, no mark left as text", () => {
    const draft = "She ***never*** came.\n\n*She said **never**, twice.*\n\nA **_last_** word.";
    const html = new MarkdownIt().render(
      toMarkdown(storyForExport(draft, { title: "Draft", markdown: true })),
    );
    expect(html).not.toMatch(/[*_]/u);
    expect(html).toContain("<strong>never</strong>");
    expect(html).toContain("<strong>last</strong>");
  });

  it("leaves marks that do not pair as text: ****, ** spaced **, a bold that crosses an italic", () => {
    expect(both("****")).toEqual([{ text: "****", italic: false }]);
    expect(both("** spaced **")).toEqual([{ text: "** spaced **", italic: false }]);
    expect(both("*****")).toEqual([{ text: "*****", italic: false }]);
    const crossed = both("*a **b* c**");
    expect(crossed.map((run) => run.text).join("")).toMatch(/\*/u);
  });
});

describe("emphasis in plain-text drafts", () => {
  const plainDraft = [
    "She was *very* tired, and the _Times_ lay unread.",
    "Two * three * four is arithmetic; snake_case_names and f*ck stay as typed.",
    "* * *",
    "He said it **twice** and *once*.",
  ].join("\n\n");
  const story = storyForExport(plainDraft, { title: "Draft" });

  it("says a draft uses the marks when it holds spans and no stray mark", () => {
    expect(usesEmphasisMarks(plainDraft.split("\n\n"))).toBe(true);
    expect(emphasisDefault(story)).toBe("asterisks");
    // No spans at all: nothing to read.
    expect(usesEmphasisMarks(["2 * 3 * 4", "snake_case", "**bold** only", "* * *"])).toBe(false);
  });

  it("does not say so when unpaired marks make the reading ambiguous", () => {
    // A footnote mark, an emphasis carried over a line break: marks touching a word on one side.
    expect(usesEmphasisMarks(["One *word* here.", "The lawyer* said so."])).toBe(false);
    expect(usesEmphasisMarks(["One *word* here.", "*I can't\nbelieve it*, she said."])).toBe(false);
    // One stray mark among many spans is a slip, not another convention.
    const many = Array.from({ length: 10 }, (_, i) => `Line ${i} is *really* so.`);
    expect(usesEmphasisMarks([...many, "The lawyer* said so."])).toBe(true);
    expect(usesEmphasisMarks([...many.slice(1), "The lawyer* said so."])).toBe(false);
  });

  it("exports the spans as italics when asked, and as typed with none", async () => {
    const asked = { ...defaultExportOptions, emphasis: "asterisks" } as const;
    expect(emphasised(toHtmlBody(story, asked))).toEqual(["very", "Times", "once"]);
    expect(toHtmlBody(story, asked)).toContain("**twice**");
    const { value } = await mammoth.convertToHtml({
      buffer: Buffer.from(await toDocx(story, asked)),
    });
    expect(emphasised(value)).toEqual(["very", "Times", "once"]);
    const md = new MarkdownIt().render(toMarkdown(story, asked));
    expect(emphasised(md)).toEqual(["very", "Times", "once"]);
    expect(md).toContain("**twice**");
    // The draft's own bytes in txt, whatever the reading.
    expect(toTxt(story, asked)).toBe(plainDraft);
    expect(toTxt(story, { ...asked, sceneTitles: true })).toContain("*very*");
    // Without the option a plain-text draft's marks are text, as before.
    expect(emphasised(toHtmlBody(story))).toEqual([]);
  });

  it("prints a Markdown draft's marks as typed when told none", () => {
    const md = storyForExport(draft, { title: "Draft", markdown: true });
    expect(emphasisDefault(md)).toBe("asterisks");
    const none = { ...defaultExportOptions, emphasis: "none" } as const;
    expect(emphasised(toHtmlBody(md, none))).toEqual([]);
    expect(toHtmlBody(md, none)).toContain("*very*");
  });
});
