import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { storyForExport, toDocx, toHtmlBody, toMarkdown } from "../../../core/export";
import { defaultExportOptions } from "../../../core/export/model";
import { exportFiles } from "../../../core/export/files";
import { exportLines, storyColumn } from "../../../core/export/wrapped";
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
    expect(storyColumn(story)).toBeGreaterThanOrEqual(60);
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
    expect(storyColumn(story)).not.toBeNull();
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
    expect(storyColumn(story)).toBeNull();
    const first = verse.split("\n\n")[0]!;
    expect(exportLines(story, first)).toEqual(first.split("\n"));
    // One long line per paragraph: nothing to join.
    expect(storyColumn(storyForExport(prose(4)))).toBeNull();
  });

  // Found in review: each of these came out joined, or spaced, where a reader sees otherwise.
  it("joins a closed dash with no space, and keeps a list's, a label's and a signature's lines", () => {
    const dashes =
      "The keys were on the hook by the door, the ones for the cellar—\nthe one below the kitchen and the scullery, where it was a well-\nknown fact that the damp got into everything.";
    const list =
      "She wrote it all down on the back of an envelope before the shop shut:\n- eggs, a dozen if the hens had stopped laying again\n- milk";
    const thread =
      "He read the messages again on the quay, one after another, in order:\nRobin: coming down now\nNadia: ok";
    const signature =
      "I remain, as ever and in spite of all the weather, your devoted friend,\nNadia";
    const text = [wrap(prose(3)), dashes, list, thread, signature, wrap(prose(2))].join("\n\n");
    const story = storyForExport(text);
    expect(storyColumn(story)).not.toBeNull();
    expect(exportLines(story, dashes)).toEqual([
      "The keys were on the hook by the door, the ones for the cellar—the one below the kitchen and the scullery, where it was a well-known fact that the damp got into everything.",
    ]);
    expect(exportLines(story, list)).toEqual(list.split("\n"));
    expect(exportLines(story, thread)).toEqual(thread.split("\n"));
    expect(exportLines(story, signature)).toEqual(signature.split("\n"));
  });

  it("keeps a Markdown draft's own hard breaks (two spaces, a backslash)", () => {
    const address =
      "The sign over the door said THE LIGHTHOUSE KEEPER'S REST AND TEA ROOM FOR  \nTRAVELLERS, and underneath it, in smaller letters, NO DOGS";
    const text = [wrap(prose(3)), address, wrap(prose(2))].join("\n\n");
    const story = storyForExport(text, { markdown: true });
    expect(storyColumn(story)).not.toBeNull();
    expect(exportLines(story, address)).toHaveLength(2);
    expect(exportLines(story, address.replace("  \n", "\\\n"))).toHaveLength(2);
  });

  it("reads a scene exported to its own file as the whole story reads it", async () => {
    // One wrapped scene among scenes whose paragraphs are one line each: alone, it has too few
    // lines to tell a wrap, so it takes the whole story's column.
    const scene = wrap(prose(1));
    const oneLine = (n: number): string => Array.from({ length: n }, () => prose(1)).join("\n\n");
    const text = [wrap(prose(5)), "* * *", scene, "* * *", oneLine(2)].join("\n\n");
    const story = storyForExport(text);
    expect(storyColumn(story)).not.toBeNull();
    const files = await exportFiles(story, "html", { ...plain, perScene: true });
    const second = readHtml(String(files[1]!.content)).blocks.map((b) => b.text);
    expect(second).toContain(flowing(scene));
  });
});
