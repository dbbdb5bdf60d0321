import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";

describe("'the clergyman' before a pronoun tag, with a cast member titled Rev.", () => {
  const cast = [
    { name: "Rev. Amos Bell", aliases: [] },
    { name: "Tom Harker", aliases: [] },
  ];
  const text = [
    '"Good evening," said Tom Harker. Tom Harker leaned on the gate and looked down the road.',
    "The clergyman nodded slowly. He had walked all the way from the village.",
    '"A fine evening for it," said he.',
  ].join("\n\n");

  it("reads the clergyman as the one with the clergy title, whom the 'he' then means", () => {
    const analysis = analyzeStory(text, { file: "gate.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Tom Harker", "Rev. Amos Bell"]);
  });

  it("does not when two cast members have a clergy title", () => {
    const two = [...cast, { name: "Parson Hobb", aliases: [] }];
    const analysis = analyzeStory(text, { file: "gate.txt", cast: two });
    expect(analysis.quotes[1]?.speaker).not.toBe("Rev. Amos Bell");
  });
});

describe("a person noun ending in -man ('said the seaman') with no cast", () => {
  it("is a description that speaks, and a man", () => {
    const text = [
      "Jenny opened the door of the inn.",
      '"Rum, girl!" said the seaman.',
      '"Yes, sir," said Jenny.',
      '"And be quick," he said.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "inn.txt", cast: [] });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["the seaman", "Jenny", "the seaman"]);
  });
});
