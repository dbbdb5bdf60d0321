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
