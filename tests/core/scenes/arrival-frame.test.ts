import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Nell", aliases: [] },
  { name: "Amos", aliases: [] },
];

const yard = [
  "Nell carried the bucket across the yard and set it down by the gate. The hens came at once, loud and greedy, and she scattered the grain wide so the small ones got their share.",
  "Amos was at the fence with the post driver, swearing at a stone. She watched him a while, then went to help him hold the post straight while he drove it down into the ground.",
  "It was the third post that week, and the ground was all rock under there. They worked on until the light began to go and the hens had gone in to roost by themselves.",
];
const after = [
  "She brought a cake in a tin and a list of things that were wrong with the house, and she read the list out over the first cup of tea while Nell nodded at each thing on it.",
  "Nell let her read it. There was no stopping her once she had started, and most of what was on it was true, which made it worse, and the tea went cold in the pot between them.",
];
const starts = (...paragraphs: string[]) =>
  boundariesOf(detectScenes(storyFromParagraphs(paragraphs), { characters: cast }));

describe("an opening that sets its moment by someone's arrival", () => {
  it.each([
    "The lambs were three weeks old when Amos's sister came up from the coast to stay.",
    "The lambs were three weeks old by the time Amos's sister came over to stay with them.",
    "Her mother was still up when she got in, knitting with the radio low beside her.",
  ])("opens a scene: %s", (opening) => {
    const settled =
      " She had meant to stay a night and stayed four, and by the second day she had the kitchen drawers out on the table and the cupboards open.";
    expect(starts(...yard, opening + settled, ...after)).toEqual([3]);
  });

  it.each([
    // The arrival told after the main clause's "and": the scene's own next beat.
    "She was tired, and when Amos came back with the post driver she went in to make the tea.",
    // No state set down before the arrival: "when" opens the sentence.
    "When Amos came back with the post driver she was tired and went in to make the tea.",
    // A departure is a scene's end, not a new one's moment.
    "It was late when Amos went off down the lane with the post driver over his shoulder.",
  ])("leaves the scene going on: %s", (opening) => {
    expect(paragraphFeatures(opening, cast).timeCue).toBe(0);
  });
});
