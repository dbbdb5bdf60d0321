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

describe("scene breaks in a story whose sections are numbered ('I', 'II', 'III')", () => {
  const prose = (n: number) =>
    [
      `Nell carried bucket ${n} across the yard and set it down by the gate. The hens came at once, loud and greedy, and she scattered the grain wide so the small ones got their share.`,
      "Amos was at the fence with the post driver, swearing at a stone. She watched him a while, then went to help him hold the post straight while he drove it down into the ground.",
      "It was the third post that week, and the ground was all rock under there. They worked on until the light began to go and the hens had gone in to roost by themselves.",
    ].join("\n\n");
  const text = ["I", prose(1), "II", prose(2), "III", prose(3)].join("\n\n") + "\n";
  const scenes = analyzeStory(text, { file: "numbered.txt" }).scenes;
  const story = storyForExport(text, { title: "Numbered", scenes });
  const options: ExportOptions = { sceneTitles: false, breakStyle: "asterisks" };

  it("prints each number once, at the head of its section, after a break", () => {
    expect(scenes.map((s) => s.firstParagraph)).toEqual([0, 4, 8]);
    for (const read of [
      readHtml(toHtml(story, options)),
      readMarkdown(toMarkdown(story, options)),
    ]) {
      const texts = read.blocks.map((b) => b.text);
      for (const number of ["I", "II", "III"])
        expect(
          texts.filter((t) => t === number),
          number,
        ).toHaveLength(1);
      expect(texts.indexOf("II") - 1).toBe(texts.indexOf("* * *"));
      expect(breaks(read.blocks)).toBe(2);
    }
  });
});
