import { describe, expect, it } from "vitest";
import { farmStarts, YARD } from "./helpers";

/** Nell and Amos talking in the yard, each line answering the last: a conversation going on. */
const TALK = [
  '"Is he coming or not?" Nell said. "Because I am not standing in this yard all morning for a man who cannot tell the time."',
  '"He said nine," said Amos. "He said nine on the telephone and he said nine in the letter, so he will come at nine."',
  '"Then he has a minute," Nell said. "One minute, and then I am going in to my breakfast."',
];

/** What follows the hour: the scene's business, long enough to stand as a scene of its own. */
const AFTER = [
  "Nell walked him round the pens with her arms still folded, and Amos followed, and the dog followed all three of them. She told him which ewes had lambed twice and which had not, and he wrote it all down and said nothing much.",
  "At the last pen she stopped by the old ewe and waited while he looked at it for a long time. Then she asked him what he had written, and she read it over his arm, and she said that would do, and walked him back to the van.",
];

describe("a clock time right after a line of talk (scenes-33)", () => {
  it("is the hour of the talk's own scene when it is the only sign", () => {
    const hour =
      "At nine the van from the auction mart came down the lane and the man got out with his clipboard and his wellingtons, and said good morning to the dog before he said it to either of them.";
    expect(farmStarts(...YARD, ...TALK, hour, ...AFTER)).toEqual([]);
  });

  it("still opens a scene after narration", () => {
    const quiet =
      "Nell went in and sat at the kitchen table with the accounts book until the light had gone, and Amos went out to the pens and did not come in for his tea.";
    const hour =
      "At nine the van from the auction mart came down the lane and the man got out with his clipboard and his wellingtons, and said good morning to the dog before he said it to either of them.";
    expect(farmStarts(...YARD, quiet, hour, ...AFTER)).toEqual([4]);
  });

  it("still opens a scene after talk when a new place comes with it", () => {
    const hour =
      "At nine the market in the town was full, and the ring was already going, and the man from the mart had his clipboard and his wellingtons on and said good morning to both of them.";
    expect(farmStarts(...YARD, ...TALK, hour, ...AFTER)).toEqual([6]);
  });

  it("keeps the hour's whole weight beside a new place, in a line too", () => {
    // Halved once as a line, the hour and the new place just pay the price; halved again as
    // the talk's hour, they would not.
    const hour = "At nine the market in the town was full, and the ring was already going.";
    expect(farmStarts(...YARD, ...TALK, hour, ...AFTER)).toEqual([6]);
  });
});

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
    // So does a condition: the day is supposed, not reached.
    "If Amos's sister came up on the Thursday, the sale would go through after all.",
    // And a state: the day tells when something is, not a day the story moves to.
    "Amos's birthday is in March, and Nell has not bought him anything yet.",
    // A month's name in lower case is no month: "august" silence, "march" time.
    "The bishop sat on in august silence while Nell poured out the tea.",
  ])("reads a line's day as the scene going on: %s", (line) => {
    expect(farmStarts(...YARD, line, ...SETTLED)).toEqual([]);
  });
});
