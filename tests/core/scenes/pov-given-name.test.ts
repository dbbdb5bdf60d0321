import { describe, expect, it } from "vitest";
import { detectScenes } from "../../../core/scenes";
import { storyFromParagraphs } from "../../../core/story";

// A piano tuner and a widower; the story never puts a "she" right after her name, so only her
// given name says which pronoun is hers.
const pair = [
  { name: "Edith", aliases: [] },
  { name: "Walter", aliases: [] },
];

/** His scene: "he" throughout, and she named as the subject of what he hears. */
const his = [
  "From the shed he could still hear the piano. Edith played a scale, and stopped, and played it again.",
  "He found the oilcan he had come for and stood holding it. He thought of the summers with the windows open.",
  "Edith played something then, a few bars of a hymn, and stopped in the middle of a line.",
  "He waited by the shed door. He knew the hymn, and he did not know why it made him afraid.",
];

describe("a viewpoint character whose pronoun only her given name says", () => {
  it("has her scene, though the man she is with is named as its subject", () => {
    const hers = [
      "Edith's case was heavier than it looked. She carried it up the path herself, and she felt the cold come off the sea.",
      "Walter held the screen door open and waited on the step.",
      "She knew the smell of the hall at once, lemon oil and damp. She set the case down by the stairs.",
      "Walter stood back against the bookcase and watched the rain on the window.",
      "She lifted the lid of the piano. She thought he probably knew what was wrong with it.",
    ];
    const scenes = detectScenes(storyFromParagraphs([...hers, "* * *", ...his]), {
      characters: pair,
    });
    expect(scenes.map((s) => s.pov)).toEqual(["Edith", "Walter"]);
  });
});
