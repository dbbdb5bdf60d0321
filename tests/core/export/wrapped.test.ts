import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { storyForExport, toDocx, toHtmlBody, toMarkdown } from "../../../core/export";
import { defaultExportOptions } from "../../../core/export/model";
import { exportLines, wrapColumn } from "../../../core/export/wrapped";
import { parseStory } from "../../../core/story";
import { readDocx, readHtml, readMarkdown } from "./readers";

// A LitBank excerpt (Bleak House; LitBank, CC BY 4.0: tests/fixtures/litbank/README.md), wrapped
// at about 70 columns as Project Gutenberg and many writers' editors wrap.
const bleak = readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/litbank/1023_bleak_house.txt"),
  "utf8",
);
const plain = { ...defaultExportOptions, emphasis: "none" as const };

/** A paragraph's words, as a reader sees them once the wrap is gone. */
const flowing = (text: string): string => text.trim().split(/\s+/u).join(" ");

/** Prose lines of about 60-70 columns, breaking mid-sentence, as an editor's wrap leaves them. */
function wrap(words: string, width = 68): string {
  const lines: string[] = [];
  let line = "";
  for (const word of words.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}
const prose = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `The tide came in over the flats for the ${i + 1}th time that week, and the gulls rose from the mud in a body and came down again further along the shore, where the boats lay tilted on their keels`,
  ).join(" ");

describe("hard-wrapped drafts in formatted exports", () => {
  it("joins a wrapped paragraph's lines in AO3 HTML, Markdown and DOCX as real readers read them", async () => {
    const story = storyForExport(bleak);
    expect(wrapColumn(story)).toBeGreaterThanOrEqual(60);
    const paragraphs = parseStory(bleak)
      .paragraphs.filter((p) => !p.isBreak && p.text.includes("\n"))
      .map((p) => flowing(p.text));
    expect(paragraphs.length).toBeGreaterThan(5);
    const html = readHtml(toHtmlBody(story, plain), true).blocks.map((b) => b.text);
    const md = readMarkdown(toMarkdown(story, plain)).blocks.map((b) => b.text);
    const docx = await readDocx(await toDocx(story, plain));
    for (const shown of [html, md, docx]) {
      for (const paragraph of paragraphs) expect(shown).toContain(paragraph);
      expect(shown.filter((text) => text.includes("\n"))).toEqual([]);
    }
  });

  it("keeps the breaks of a poem, an address and a short last line inside a wrapped story", () => {
    const poem =
      "Roses are red,\nthe harbour is grey,\nthe boats have gone out\nand will not come today.";
    const address = "Mrs A. Dunmore\nThe Lighthouse Cottage\nSkellan Point";
    const text = [wrap(prose(3)), poem, wrap(prose(2)), address, wrap(prose(2))].join("\n\n");
    const story = storyForExport(text);
    expect(wrapColumn(story)).not.toBeNull();
    expect(exportLines(story, poem)).toEqual(poem.split("\n"));
    expect(exportLines(story, address)).toEqual(address.split("\n"));
    const wrapped = wrap(prose(2));
    expect(exportLines(story, wrapped)).toEqual([flowing(wrapped)]);
  });

  it("keeps every break of a draft that is not wrapped: verse, lists, a letter's lines", () => {
    const verse = Array.from(
      { length: 6 },
      (_, i) => `The wind came over the hill ${i},\nand the sheep lay down,\nand the farmer slept.`,
    ).join("\n\n");
    const story = storyForExport(verse);
    expect(wrapColumn(story)).toBeNull();
    const first = verse.split("\n\n")[0]!;
    expect(exportLines(story, first)).toEqual(first.split("\n"));
    // One long line per paragraph: nothing to join.
    expect(wrapColumn(storyForExport(prose(4)))).toBeNull();
  });
});
