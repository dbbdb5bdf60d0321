import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { pageSizeFor, prettyTitle, storyForExport, toDocx } from "../../../core/export";

const root = path.resolve(import.meta.dirname, "../../..");
const source = readFileSync(path.join(root, "tests/fixtures/export/crlf-markers.txt"), "utf8");

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of ["word/document.xml", "word/styles.xml", "docProps/core.xml"])
    out[name] = await zip.file(name)!.async("string");
  return out;
}

/** The body's paragraphs as parsed XML objects (attributes kept, prefixed "@"). */
function bodyParagraphs(xml: string): Record<string, unknown>[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => name === "w:p" || name === "w:r",
  });
  const doc = parser.parse(xml) as {
    "w:document": { "w:body": { "w:p": Record<string, unknown>[] } };
  };
  return doc["w:document"]["w:body"]["w:p"];
}

const textOf = (p: Record<string, unknown>): string =>
  ((p["w:r"] as Record<string, unknown>[] | undefined) ?? [])
    .map((r) => {
      const t = r["w:t"] as string | { "#text": string } | undefined;
      return typeof t === "object" ? t["#text"] : (t ?? "");
    })
    .join("");

describe("DOCX in standard manuscript format", () => {
  const story = { ...storyForExport(source, { title: "Harbour Lights" }), author: "A. N. Writer" };

  it("sets a serif at 12 points, double spacing and no space between paragraphs by default", async () => {
    const styles = (await parts(await toDocx(story)))["word/styles.xml"]!;
    const defaults = styles.slice(
      styles.indexOf("<w:docDefaults>"),
      styles.indexOf("</w:docDefaults>"),
    );
    expect(defaults).toMatch(/w:ascii="Times New Roman"/);
    expect(defaults).toMatch(/<w:sz w:val="24"\/>/);
    expect(defaults).toMatch(/w:line="480"/);
    expect(defaults).toMatch(/w:after="0"/);
    expect(defaults).toMatch(/w:before="0"/);
  });

  it("indents each prose paragraph's first line by half an inch and centres scene breaks", async () => {
    const paragraphs = bodyParagraphs((await parts(await toDocx(story)))["word/document.xml"]!);
    const prose = paragraphs.filter(
      (p) => textOf(p) !== "* * *" && !JSON.stringify(p).includes("Title"),
    );
    const breaks = paragraphs.filter((p) => textOf(p) === "* * *");
    expect(breaks.length).toBe(story.scenes.length - 1);
    for (const b of breaks) expect(JSON.stringify(b)).toContain('"w:jc":{"@w:val":"center"}');
    const indented = prose.filter((p) => JSON.stringify(p).includes('"@w:firstLine":"720"'));
    // Every paragraph of the story but the title and author lines.
    expect(indented.length).toBe(prose.length - 1);
    expect(indented.length).toBeGreaterThanOrEqual(3);
  });

  it("writes the title and author on the first page and in the document's properties", async () => {
    const files = await parts(await toDocx(story));
    const paragraphs = bodyParagraphs(files["word/document.xml"]!);
    expect(paragraphs.slice(0, 2).map(textOf)).toEqual(["Harbour Lights", "A. N. Writer"]);
    expect(files["docProps/core.xml"]).toContain("<dc:title>Harbour Lights</dc:title>");
    expect(files["docProps/core.xml"]).toContain("<dc:creator>A. N. Writer</dc:creator>");
    // Word's File > Info shows "Last modified by"; the docx library's default was "Un-named".
    expect(files["docProps/core.xml"]).toContain(
      "<cp:lastModifiedBy>A. N. Writer</cp:lastModifiedBy>",
    );
  });

  it.each([
    ["letter", 12240, 15840],
    ["a4", 11906, 16838],
  ] as const)("uses %s paper when asked", async (pageSize, width, height) => {
    const document = (
      await parts(await toDocx(story, { sceneTitles: false, breakStyle: "asterisks", pageSize }))
    )["word/document.xml"]!;
    expect(document).toMatch(new RegExp(`<w:pgSz w:w="${width}" w:h="${height}"`));
  });

  it("picks Letter for US English and A4 for everywhere else", () => {
    expect(pageSizeFor("en-US")).toBe("letter");
    expect(pageSizeFor("en_US.UTF-8")).toBe("letter");
    for (const locale of ["en-GB", "en-AU", "fr-FR", "de", "", undefined])
      expect(pageSizeFor(locale)).toBe("a4");
  });
});

describe("a story's default title from its file name", () => {
  it.each([
    ["story.txt", "Story"],
    ["my_first-draft.txt", "My First Draft"],
    ["the-end-of-the-affair.md", "The End of the Affair"],
    ["AO3 chapter 2.txt", "AO3 Chapter 2"],
    ["crlf-markers.txt", "Crlf Markers"],
  ])("%s reads %s", (file, title) => {
    expect(prettyTitle(file)).toBe(title);
  });
});
