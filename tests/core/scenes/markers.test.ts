import { describe, expect, it } from "vitest";
import { parseStory } from "../../../core/story";
import { detectScenes, markedSections } from "../../../core/scenes";

const cast = [
  { name: "Nell", aliases: [] },
  { name: "Amos", aliases: [] },
];
const para = (who: string, n: number) =>
  `${who} crossed the yard and ${n % 2 ? "counted the hens" : "fed the dog"} before the rain came.`;
const ranges = (text: string) =>
  detectScenes(parseStory(text), { characters: cast }).map((s) => [
    s.firstParagraph,
    s.lastParagraph,
    s.source,
  ]);

describe("markedSections", () => {
  it("splits at every kind of break line, LF", () => {
    for (const marker of ["* * *", "***", "#", "~~~", "---", "   * * *   ", "\t# "]) {
      const story = parseStory(`${para("Nell", 1)}\n\n${marker}\n\n${para("Amos", 2)}\n`);
      expect(story.paragraphs[1]!.isBreak, marker).toBe(true);
      expect(markedSections(story)).toEqual([
        { firstParagraph: 0, lastParagraph: 0, afterMarker: false },
        { firstParagraph: 2, lastParagraph: 2, afterMarker: true },
      ]);
    }
  });

  it("reads CRLF files the same way", () => {
    const text = [para("Nell", 1), "", "                    * * *", "", para("Amos", 2), ""].join(
      "\r\n",
    );
    expect(ranges(text)).toEqual([
      [0, 0, "marker"],
      [2, 2, "marker"],
    ]);
  });

  it("ignores markers at the edges and in a row", () => {
    const text = `***\n\n${para("Nell", 1)}\n\n~~~\n\n---\n\n${para("Amos", 2)}\n\n#\n`;
    expect(ranges(text)).toEqual([
      [1, 1, "marker"],
      [4, 4, "marker"],
    ]);
  });

  it("keeps marker scenes with curly-quoted dialogue intact", () => {
    const text = [
      "“Is it raining?” Nell asked, pulling on her boots at the door of the farmhouse kitchen.",
      "“Not yet,” said Amos. “But it will be soon, so hurry up.”",
      "* * *",
      "Amos waited in the barn until the storm had passed, then went out to look at the fence.",
    ].join("\n\n");
    expect(ranges(text)).toEqual([
      [0, 1, "marker"],
      [3, 3, "marker"],
    ]);
  });

  it("a story with no markers and no cues is one detected scene", () => {
    const text = [1, 2, 3].map((n) => para("Nell", n)).join("\n\n");
    expect(ranges(text)).toEqual([[0, 2, "detected"]]);
  });
});
