import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { StoryAnalyzer } from "../../../core/analyzer";
import { parseStory } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");

/** Scenes as a new user's first open finds them: the cast the analysis discovers, no gold cast. */
function scenesOf(name: string): { predicted: number[]; gold: number[] } {
  const text = read(`../../fixtures/scenes/${name}.txt`);
  const gold = (
    JSON.parse(read(`../../fixtures/scenes/${name}.gold.json`)) as { boundaries: number[] }
  ).boundaries;
  const characters = new StoryAnalyzer({})
    .analyze(text, `${name}.txt`)
    .characters.filter((c) => !c.unnamed)
    .map((c) => ({ name: c.name, aliases: c.aliases }));
  return { predicted: boundariesOf(detectScenes(parseStory(text), { characters })), gold };
}

describe("a POV shift inside a conversation that goes on", () => {
  // In ferry the narration moves into the widower's head between the nurse's lines, twice, inside
  // the one scene; the LitBank excerpt (CC BY 4.0, see tests/fixtures/litbank) marks only its chapter.
  for (const name of ["ferry", "lb_351_of_human_bondage"])
    it(`${name}: no scene starts there, only at the gold boundary`, () => {
      const { predicted, gold } = scenesOf(name);
      expect(predicted).toEqual(gold);
    });
});

describe("a POV shift between two conversations", () => {
  it("opens a scene where the new viewpoint had no part in the talk before", () => {
    // dress_rehearsal 69: Owen and his father talk; then the director in the wings, talking
    // with her stage manager. She is neither named nor a "she" on the page before.
    const text = read("../../fixtures/scenes/dress_rehearsal.txt");
    const gold = JSON.parse(read("../../fixtures/scenes/dress_rehearsal.gold.json")) as {
      characters: { name: string; aliases: string[] }[];
    };
    const predicted = boundariesOf(detectScenes(parseStory(text), { characters: gold.characters }));
    expect(predicted.some((p) => Math.abs(p - 69) <= 1)).toBe(true);
  });
});
