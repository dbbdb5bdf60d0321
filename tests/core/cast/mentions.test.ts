import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { compileCastMatcher, findMentions, mentionsInParagraph } from "../../../core/cast/mentions";
import { bundled } from "./helpers";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

const found = (text: string, cast: Character[]) =>
  mentionsInParagraph(text, compileCastMatcher(cast)).map((m) => [
    text.slice(m.from, m.to),
    m.character,
  ]);

describe("a form two characters hold", () => {
  it("is the one named by it, not the one who has it as an alias", () => {
    const cast = [person("Mrs. Hale", "Mr. Hale"), person("Mr. Hale")];
    expect(found("Mr. Hale remarked on it.", cast)).toEqual([["Mr. Hale", "Mr. Hale"]]);
  });
});

describe("a cast member named by whose they are ('Philip's nurse')", () => {
  it("leaves the owner's possessive to the owner", () => {
    const cast = [person("Philip's nurse"), person("Philip")];
    expect(found("Philip's bed was cold.", cast)).toEqual([["Philip", "Philip"]]);
  });
});

describe("findMentions", () => {
  const cast = [
    person("Harriet", "Hattie", "Mrs Ellis", "the Duchess", "Red"),
    person("Ned", "Ned Ellis", "the old man"),
    person("the postman"),
  ];

  it("finds names and possessives, covering the name only", () => {
    expect(found("Harriet's dog barked at Ned.", cast)).toEqual([
      ["Harriet", "Harriet"],
      ["Ned", "Ned"],
    ]);
    expect(found("Harriet\u2019s coat", cast)).toEqual([["Harriet", "Harriet"]]);
  });

  it("prefers the longest alias at a position", () => {
    expect(found("Ned Ellis came in; Ned sat.", cast)).toEqual([
      ["Ned Ellis", "Ned"],
      ["Ned", "Ned"],
    ]);
    expect(found("Ask Mrs  Ellis,\nplease.", cast)).toEqual([["Mrs  Ellis", "Harriet"]]);
  });

  it("matches a capitalised alias only when capitalised, or shouted", () => {
    expect(found("the red head's coat", cast)).toEqual([]);
    expect(found("Long time, Red. RED!", cast)).toEqual([
      ["Red", "Harriet"],
      ["RED", "Harriet"],
    ]);
    expect(found("harriet", cast)).toEqual([]);
  });

  it("matches an alias given in lowercase in any case", () => {
    expect(found("The old man nodded to the postman.", cast)).toEqual([
      ["The old man", "Ned"],
      ["the postman", "the postman"],
    ]);
  });

  it("lets a leading article be capitalised at a sentence start", () => {
    expect(found("The Duchess frowned. the Duchess", cast)).toEqual([
      ["The Duchess", "Harriet"],
      ["the Duchess", "Harriet"],
    ]);
    expect(found("the duchess", cast)).toEqual([]);
  });

  it("does not match inside longer words or hyphenated words", () => {
    expect(found("Nedward and Hattie-like Harriets", cast)).toEqual([]);
  });

  it("reports file offsets", () => {
    const story = storyFromParagraphs(["Hello.", "Then Ned left."]);
    const [m] = findMentions(story, cast);
    expect(m).toMatchObject({ paragraph: 1, character: "Ned" });
    expect(m!.from).toBe(story.paragraphs[1]!.offset + 5);
    expect(m!.to - m!.from).toBe(3);
  });

  it("counts the bundled story's aliases", () => {
    const { story, gold } = bundled();
    const mentions = findMentions(story, gold.characters);
    const count = (name: string) => mentions.filter((m) => m.character === name).length;
    // "Red" as a name is capitalised; "the red head's" in the first line is not a mention.
    expect(
      mentions.some((m) => m.paragraph === 0 && m.character === "Willow" && m.to - m.from === 3),
    ).toBe(false);
    // Counted with grep: Willow 44 + Red 10 (two as "lil Red") + "Miss Rosenberg" 1;
    // Spike 37 + "Big Bad" 2 + "William the Bloody" 1; "Professor Walsh" + "the Professor".
    expect(count("Willow")).toBe(55);
    expect(count("Spike")).toBe(40);
    expect(count("Walsh")).toBe(2);
  });
});
