import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { castGenders } from "../../../core/cast/genders";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";

describe("'the clergyman' before a pronoun tag, with a cast member titled Rev.", () => {
  const cast = [
    { name: "Rev. Amos Bell", aliases: [], voice: "unknown" as const },
    { name: "Tom Harker", aliases: [], voice: "unknown" as const },
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
    const two = [...cast, { name: "Parson Hobb", aliases: [], voice: "unknown" as const }];
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

describe("a one-word name form after 'the' that runs on into a capitalised word", () => {
  const cast = [
    { name: "Happy Jack", aliases: [], voice: "unknown" as const },
    { name: "Miguel", aliases: [], voice: "unknown" as const },
  ];
  const found = (text: string): string[] =>
    mentionsInParagraph(text, compileCastMatcher(cast)).map((m) => text.slice(m.from, m.to));

  it("is part of a longer proper noun, not the person ('the Happy Family')", () => {
    expect(found("Then the Happy Family laughed, and Happy stared.")).toEqual(["Happy"]);
    expect(found("Happy Jack and the Happy Family")).toEqual(["Happy Jack"]);
  });

  it("is still the person without 'the' or another capital after it", () => {
    expect(found("Happy Sunday, said Happy.")).toEqual(["Happy", "Happy"]);
    expect(found("She gave the Happy one a look.")).toEqual(["Happy"]);
  });

  it("leaves the pronoun tag after it to the one the narration shows", () => {
    const text = [
      '"Howdy," said Happy Jack. Happy Jack sat down on his bunk.',
      "Miguel lit a cigarette and leaned against the wall. The ring on his finger gleamed, and the Happy Family stared at it.",
      '"Any news in town?" he asked.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "bunk.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Happy Jack", "Miguel"]);
  });
});

describe("a one-word given name ending in '-a' that no list holds", () => {
  const person = (name: string) => ({ name, aliases: [] });

  it("is a woman's where the story's pronouns say nothing", () => {
    const sexes = castGenders([person("Kalinda")], new Map());
    expect(sexes.get("Kalinda")).toBe("f");
  });

  it("yields to the story's pronouns: many men's names end so ('Kenta', 'Tetsuya')", () => {
    const sexes = castGenders(
      [person("Kenta"), person("Tetsuya")],
      new Map([
        ["Kenta", "m"],
        ["Tetsuya", "m"],
      ]),
    );
    expect([sexes.get("Kenta"), sexes.get("Tetsuya")]).toEqual(["m", "m"]);
  });

  it("not a name ending in a vowel and 'a' ('Joshua'), nor a listed man's, nor a full name", () => {
    const sexes = castGenders(
      [person("Joshua"), person("Ezra"), person("Kalinda Brown")],
      new Map([
        ["Joshua", "m"],
        ["Kalinda Brown", "m"],
      ]),
    );
    expect(sexes.get("Joshua")).toBe("m");
    expect(sexes.get("Ezra")).toBe("m");
    expect(sexes.get("Kalinda Brown")).toBe("m");
  });
});
