import { readFileSync } from "node:fs";
import JSZip from "jszip";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import {
  storyForExport,
  toDocx,
  toHtml,
  toMarkdown,
  type BreakPlacement,
  type ExportOptions,
} from "../../../core/export";
import { readDocx, readHtml, readMarkdown } from "./readers";

const root = path.resolve(import.meta.dirname, "../../..");
const bundled = readFileSync(path.join(root, "documents/story.txt"), "utf8");
const marked = readFileSync(path.join(root, "tests/fixtures/export/crlf-markers.txt"), "utf8");

/** How many blocks a reader shows as a scene break: a centred `* * *` or a rule. */
function breaks(blocks: readonly { tag: string; text: string }[]): number {
  return blocks.filter((b) => b.tag === "hr" || b.text === "* * *").length;
}

describe("scene breaks in formatted exports of the bundled story (no marker lines)", () => {
  const scenes = analyzeStory(bundled, { file: "story.txt" }).scenes;
  const story = storyForExport(bundled, { title: "Story", scenes });
  const counts = async (options: ExportOptions): Promise<Record<string, number>> => ({
    docx: (await readDocx(await toDocx(story, options))).filter((p) => p === "* * *").length,
    html: breaks(readHtml(toHtml(story, options)).blocks),
    md: breaks(readMarkdown(toMarkdown(story, options)).blocks),
  });

  it("finds several scenes to separate", () => {
    expect(scenes.length).toBeGreaterThan(2);
  });

  it("puts a centred * * * between every two scenes of the outline by default", async () => {
    const gaps = scenes.length - 1;
    expect(await counts({ sceneTitles: false, breakStyle: "asterisks" })).toEqual({
      docx: gaps,
      html: gaps,
      md: gaps,
    });
  });

  it("draws rules when the rule style is chosen", async () => {
    const options: ExportOptions = { sceneTitles: false, breakStyle: "rule" };
    expect(breaks(readHtml(toHtml(story, options)).blocks)).toBe(scenes.length - 1);
    const md = readMarkdown(toMarkdown(story, options));
    expect(md.blocks.filter((b) => b.tag === "hr")).toHaveLength(scenes.length - 1);
  });

  it.each<[BreakPlacement, number]>([
    ["markers", 0],
    ["none", 0],
  ])("puts breaks only %s asks for", async (placement, expected) => {
    const found = await counts({ sceneTitles: false, breakStyle: "asterisks", breaks: placement });
    expect(found).toEqual({ docx: expected, html: expected, md: expected });
  });

  it("puts a page break before each scene in DOCX when asked", async () => {
    const bytes = await toDocx(story, { sceneTitles: false, breakStyle: "page" });
    const zip = await JSZip.loadAsync(bytes);
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body.match(/w:type="page"/g)).toHaveLength(scenes.length - 1);
  });
});

describe("scene breaks in a story with marker lines", () => {
  const story = storyForExport(marked, { title: "Marked" });
  const markers = story.scenes.filter((s) => s.markerBefore != null).length;

  it("keeps a break at every marker, whichever placement keeps markers", async () => {
    expect(markers).toBeGreaterThan(0);
    for (const breaksAt of ["scenes", "markers"] as const) {
      const read = readHtml(
        toHtml(story, { sceneTitles: false, breakStyle: "rule", breaks: breaksAt }),
      );
      expect(breaks(read.blocks)).toBe(markers);
    }
    const none = readHtml(
      toHtml(story, { sceneTitles: false, breakStyle: "rule", breaks: "none" }),
    );
    expect(breaks(none.blocks)).toBe(0);
  });
});

describe("scene breaks in a story with chapter headings", () => {
  // Found on a writer's day: a `* * *` stood just above "Chapter Two" in every formatted export.
  const text = [
    "Chapter One",
    "Ellen woke before the alarm. The house was quiet.",
    '"Mum?" she called. No one answered.',
    "Chapter Two",
    "The bus was late, and Jamie was already at the stop.",
    '"Did you hear?" Jamie said.',
    "Chapter Three",
    "That night Ellen sat on the stairs.",
  ].join("\n\n");
  const scenes = analyzeStory(text, { file: "chapters.txt" }).scenes;
  const story = storyForExport(text, { title: "Chapters", scenes });

  it("puts no * * * or rule before a chapter heading: the heading is the break", async () => {
    expect(scenes).toHaveLength(3);
    for (const breakStyle of ["asterisks", "rule"] as const) {
      const options: ExportOptions = { sceneTitles: false, breakStyle };
      expect(breaks(readHtml(toHtml(story, options)).blocks)).toBe(0);
      expect(breaks(readMarkdown(toMarkdown(story, options)).blocks)).toBe(0);
    }
    const docx = await readDocx(
      await toDocx(story, { sceneTitles: false, breakStyle: "asterisks" }),
    );
    expect(docx.filter((p) => p === "* * *")).toEqual([]);
    expect(docx).toContain("Chapter Two");
  });

  it("still starts each chapter on a new page when DOCX breaks are page breaks", async () => {
    const bytes = await toDocx(story, { sceneTitles: false, breakStyle: "page" });
    const body = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(body.match(/w:type="page"/g)).toHaveLength(2);
  });

  it("keeps a marker line the writer put above a heading", () => {
    const marked = storyForExport(text.replace("Chapter Two", "* * *\n\nChapter Two"), {
      title: "Chapters",
    });
    const html = readHtml(toHtml(marked, { sceneTitles: false, breakStyle: "asterisks" }));
    expect(breaks(html.blocks)).toBe(1);
  });
});
