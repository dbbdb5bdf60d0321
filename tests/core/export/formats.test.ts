import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  storyForExport,
  toDocx,
  toHtml,
  toHtmlBody,
  toMarkdown,
  toTxt,
  type ExportOptions,
} from "../../../core/export";
import {
  AO3_TAGS,
  expectedParagraphs,
  invalidXmlParts,
  readDocx,
  readDocxRaw,
  readHtml,
  readMarkdown,
} from "./readers";

const root = path.resolve(import.meta.dirname, "../../..");
const fixtures = path.join(root, "tests/fixtures/export");

const stories: Record<string, string> = {
  "the bundled story": readFileSync(path.join(root, "documents/story.txt"), "utf8"),
  "a CRLF story with * * * markers": readFileSync(path.join(fixtures, "crlf-markers.txt"), "utf8"),
  "a story with curly quotes": readFileSync(path.join(fixtures, "curly.txt"), "utf8"),
  "a hostile story": readFileSync(path.join(fixtures, "hostile.txt"), "utf8"),
};

const plain: ExportOptions = { sceneTitles: false, breakStyle: "asterisks" };
const breakText = "* * *";

/** Paragraph blocks of a reader's output, without the title heading and scene-break lines. */
function prose(blocks: readonly { tag: string; text: string }[]): string[] {
  return blocks.filter((b) => b.tag === "p" && b.text !== breakText).map((b) => b.text);
}

describe.each(Object.entries(stories))("exporting %s", (_name, source) => {
  const story = storyForExport(source, { title: "A <Title> & more" });
  const expected = expectedParagraphs(source);
  const markers = story.scenes.filter((s, i) => i > 0 && s.markerBefore != null).length;

  it("writes txt byte for byte when unedited", () => {
    expect(toTxt(story)).toBe(source);
  });

  it("writes HTML that htmlparser2 reads back as the same paragraphs, with only AO3 tags and no script", () => {
    const html = toHtml(story, plain);
    const read = readHtml(html);
    expect(prose(read.blocks)).toEqual(expected);
    expect(read.blocks[0]).toMatchObject({ tag: "h1", text: "A <Title> & more" });
    expect([...read.tags].filter((t) => !AO3_TAGS.has(t))).toEqual([]);
    expect(read.tags.has("script")).toBe(false);
    expect(read.blocks.filter((b) => b.text === breakText)).toHaveLength(markers);
    expect(read.blocks.every((b) => b.text !== breakText || b.attrs.align === "center")).toBe(true);
  });

  it("gives AO3 a body fragment without the title, breaks as rules on request", () => {
    const read = readHtml(toHtmlBody(story, { ...plain, breakStyle: "rule" }), true);
    expect(prose(read.blocks)).toEqual(expected);
    expect(read.blocks.filter((b) => b.tag === "hr")).toHaveLength(markers);
    expect([...read.tags].filter((t) => !AO3_TAGS.has(t))).toEqual([]);
    expect(read.blocks.some((b) => b.tag === "h1")).toBe(false);
  });

  it("writes Markdown that markdown-it renders back to the same text", () => {
    const read = readMarkdown(toMarkdown(story, plain));
    expect(prose(read.blocks)).toEqual(expected);
    expect([...read.tags].filter((t) => !["h1", "p", "br"].includes(t))).toEqual([]);
    expect(read.blocks[0]).toMatchObject({ tag: "h1", text: "A <Title> & more" });
  });

  it("writes a DOCX that mammoth reads back and whose every XML part parses strictly", async () => {
    const bytes = await toDocx(story, plain);
    expect(await invalidXmlParts(bytes)).toEqual([]);
    const paragraphs = await readDocx(bytes);
    expect(paragraphs[0]).toBe("A <Title> & more");
    expect(paragraphs.slice(1).filter((p) => p !== breakText)).toEqual(expected);
    expect(paragraphs.filter((p) => p === breakText)).toHaveLength(markers);
    // mammoth's plain-text reader drops line breaks but must still see every line.
    const raw = await readDocxRaw(bytes);
    for (const line of expected.flatMap((p) => p.split("\n"))) expect(raw).toContain(line);
  });
});

describe("the hostile story's traps", () => {
  const source = stories["a hostile story"]!;
  const story = storyForExport(source, { title: "Hostile" });

  it("keeps <script> as visible text in HTML and Markdown", () => {
    expect(toHtml(story, plain)).not.toMatch(/<script/i);
    expect(toHtml(story, plain)).toContain("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;");
    expect(toMarkdown(story, plain)).not.toMatch(/<script|<img|<b>|<!--/i);
    expect(readMarkdown(toMarkdown(story, plain)).html).toContain("&lt;script&gt;");
  });

  it("keeps a line under a line from reading as a Markdown table (found by the property test)", () => {
    // Not "|" alone on the first line: that is a scene-break line, as archives mark one.
    for (const text of ["||\n:-", "Total |\n:--: |", "a|b\n-|-"]) {
      const read = readMarkdown(toMarkdown(storyForExport(text, { title: "T" }), plain));
      expect(read.tags).not.toContain("table");
      expect(prose(read.blocks)).toEqual([text]);
    }
  });

  it("drops control characters and U+FFFE from the formatted exports but not from txt", async () => {
    const traps = ["\u0001", "\u0007", "\u001b", "\uFFFE", "\uFFFF"];
    const docx = (await readDocx(await toDocx(story, plain))).join("");
    for (const text of [toHtml(story, plain), toMarkdown(story, plain), docx])
      for (const c of traps) expect(text).not.toContain(c);
    expect(toTxt(story, { ...plain, sceneTitles: true })).toContain("\u0001characters\u0007");
  });
});

describe("a double hyphen, a dash in many drafts", () => {
  it("stays whole at a line end in the HTML: a browser, AO3's reader included, breaks between its hyphens", () => {
    const story = storyForExport("It was afterwards.--She said -- no, --- never.\n", {
      title: "T",
    });
    const body = toHtmlBody(story, plain);
    // A word joiner between the hyphens, where Chromium found a line break ("afterwards.-").
    expect(body).toContain("afterwards.-&#8288;-She said -&#8288;- no, -&#8288;-&#8288;- never.");
    expect(prose(readHtml(body, true).blocks)).toEqual([
      "It was afterwards.--She said -- no, --- never.",
    ]);
    // The writer's own text, and the other formats, keep their hyphens as typed.
    expect(toTxt(story)).toBe("It was afterwards.--She said -- no, --- never.\n");
    expect(toMarkdown(story, plain)).not.toContain("\u2060");
  });

  it("is the HTML's alone: the Markdown and DOCX readers show a joiner that leaked into them", async () => {
    // The readers' round trips are the check on those formats: a joiner must not read as nothing.
    expect(readMarkdown("afterwards.-\u2060-She said.\n").blocks[0]!.text).toBe(
      "afterwards.-\u2060-She said.",
    );
    const story = storyForExport("It was afterwards.--She said -- no.\n", { title: "T" });
    expect(await readDocx(await toDocx(story, plain))).toEqual([
      "T",
      "It was afterwards.--She said -- no.",
    ]);
  });
});

describe("options", () => {
  const source = stories["a CRLF story with * * * markers"]!;
  const story = storyForExport(source, { title: "Harbour" });

  it("exports chosen scenes only, with titles as headings", async () => {
    const options: ExportOptions = { sceneTitles: true, breakStyle: "rule", scenes: [0, 2] };
    const html = readHtml(toHtml(story, options));
    expect(html.blocks.filter((b) => b.tag === "h2").map((b) => b.text)).toEqual([
      "Scene 1",
      "Scene 3",
    ]);
    expect(html.blocks.some((b) => b.text.includes("Tomasz"))).toBe(false);
    expect(html.blocks.filter((b) => b.tag === "hr")).toHaveLength(1);
    const docx = await readDocx(await toDocx(story, options));
    expect(docx).toContain("Scene 3");
    expect(docx.some((p) => p.includes("Tomasz"))).toBe(false);
    const md = readMarkdown(toMarkdown(story, options));
    expect(md.blocks.filter((b) => b.tag === "h2").map((b) => b.text)).toEqual([
      "Scene 1",
      "Scene 3",
    ]);
  });

  it("builds txt from paragraphs in the story's line endings once not whole", () => {
    const txt = toTxt(story, { ...plain, scenes: [1, 2] });
    expect(txt.startsWith("Two days later")).toBe(true);
    expect(txt).toContain("\r\n\r\n* * *\r\n\r\nThat night");
    expect(txt.endsWith("teeth.\r\n")).toBe(true);
    expect(txt.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("puts a page break between scenes in DOCX when asked", async () => {
    const bytes = await toDocx(story, { ...plain, breakStyle: "page" });
    const { default: JSZip } = await import("jszip");
    const body = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(body.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
    expect((await readDocx(bytes)).includes(breakText)).toBe(false);
  });
});
