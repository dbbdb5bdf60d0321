import mammoth from "mammoth";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { emphasisRuns, storyForExport, toDocx, toHtmlBody, toMarkdown } from "../../../core/export";

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
