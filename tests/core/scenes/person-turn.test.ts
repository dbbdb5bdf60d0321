import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseStory } from "../../../core/story";
import { scoreSections } from "../../../core/scenes";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");

describe("a turn between the first person and the third", () => {
  it("is never opened by a line of dialogue (night_diner: the narrator listening to her)", () => {
    const story = parseStory(read("../../fixtures/scenes/night_diner.txt"));
    const { sections } = scoreSections(story, { characters: [] });
    const turns = sections.flatMap((s) =>
      s.candidates
        .filter((c) => c.cues?.person)
        .map((c) => story.paragraphs[s.firstParagraph + c.paragraph]!.text.trimStart()[0]),
    );
    expect(turns.filter((first) => /["“‘']/.test(first ?? ""))).toEqual([]);
  });
});
