/** Scene detection at novel length (integration project: the 300,000-word checks). */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseStory } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import type { SceneCharacter } from "../../../core/scenes";
import { expectCoverage } from "./helpers";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");
const seed = read("../../../documents/story.txt");
const gold = JSON.parse(read("../../fixtures/seed/story.gold.json")) as {
  characters: SceneCharacter[];
};

// Speed is npm run bench's; this checks the answer at that size.
describe("a 300,000-word story", () => {
  it("gets scenes that cover it, breaks and all", () => {
    const big = parseStory(Array.from({ length: 101 }, () => seed.trim()).join("\n\n"));
    const options = { characters: gold.characters };
    const scenes = detectScenes(big, options);
    expect(
      expectCoverage(
        scenes,
        big.paragraphs.map((p) => p.isBreak),
      ),
    ).toBeNull();
  });
});
