import { describe, expect, it } from "vitest";
import { farmStarts, YARD } from "./helpers";

const SETTLED = [
  "She had brought a cake in a tin and the news from the village, and she told it over the first cup of tea while Nell nodded at each thing and watched the clock.",
  "Nell let her talk. There was no stopping her once she had started, and most of it was true, which made it worse, and the tea went cold in the pot between them.",
];

describe("a named day told in a line (scenes-33)", () => {
  it.each([
    "Amos's sister came up on the Thursday with the buyer's letter.",
    "Amos's sister comes back in March, with the buyer's letter in her bag.",
  ])("opens a scene though the line is short: %s", (line) => {
    expect(farmStarts(...YARD, line, ...SETTLED)).toEqual([3]);
  });

  it.each([
    // A habit names a day the story is not set on.
    "Amos's sister always came up on a Thursday, with the news.",
    // So does a plan.
    "Amos's sister would come up on a Thursday with the letter, if she could.",
  ])("reads a line's day as the scene going on: %s", (line) => {
    expect(farmStarts(...YARD, line, ...SETTLED)).toEqual([]);
  });
});
