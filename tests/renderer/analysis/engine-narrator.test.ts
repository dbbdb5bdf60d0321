/**
 * Found on writer-22's day: renaming one found character ("Gerald" to "Gerry") made the
 * first-person narrator's name vanish from the Cast panel and the legend, her lines uncoloured
 * and the outline's chips reading "narrator". The writer's cast then held one member, and a
 * given cast was taken as the whole cast, of which only members may tell the story.
 */
import { describe, expect, it } from "vitest";
import { AnalysisEngine } from "../../../renderer/analysis/engine";
import { blocksOf, diffBlocks } from "../../../renderer/analysis/sync";
import { textToDoc } from "../../../renderer/editor/story-doc";
import type { Character } from "../../../core/model";

const STORY = [
  `"Nell, you are late again," said the ferryman.`,
  `"The tide was against me," I answered.`,
  `"Sit down, Nell. The kettle is on," said Moss.`,
  `"Thank you," I said, and took the stool by the stove.`,
  `"And the letters, Nell?"`,
  `"In my coat."`,
].join("\n\n");

function analyse(cast: Character[]) {
  const engine = new AnalysisEngine();
  engine.configure({ cast, storyWords: [] });
  engine.apply(diffBlocks([], blocksOf(textToDoc(STORY)), "\n")!);
  return engine.analyze();
}

describe("the narrator's name in the app", () => {
  it("stays when the writer has adopted one other character into the cast", () => {
    const found = analyse([]);
    const mine = (result: typeof found) =>
      result.quotes.filter((q) => q.paragraph % 2 === 1).map((q) => q.speaker);
    expect(mine(found)).toEqual(["Nell", "Nell", "Nell"]);
    const adopted = analyse([{ name: "Moss", aliases: [], voice: "unknown" }]);
    expect(mine(adopted)).toEqual(["Nell", "Nell", "Nell"]);
    expect(adopted.characters.map((c) => c.name)).toContain("Nell");
  });
});
