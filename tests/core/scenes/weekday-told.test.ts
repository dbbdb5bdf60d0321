import { describe, expect, it } from "vitest";
import { paragraphFeatures } from "../../../core/scenes";
import { FARM_CAST, farmStarts, YARD } from "./helpers";

const after = [
  "She had brought a cake in a tin and the news from the village, and she told it over the first cup of tea while Nell nodded at each thing and watched the clock.",
  "Nell let her talk. There was no stopping her once she had started, and most of it was true, which made it worse, and the tea went cold in the pot between them.",
];

describe("a weekday told after the opening's verb (scenes-31)", () => {
  it.each([
    "Amos's sister came up on the Thursday to say that the buyer had been round again and had offered less.",
    "Amos's sister rings on the Sunday night while Nell is in the bath, which she does on purpose, knowing she will answer.",
  ])("opens a scene: %s", (opening) => {
    const settled =
      " Nell put the kettle on and got the good cups down from the dresser, and the two of them sat at the kitchen table with the papers between them.";
    expect(farmStarts(...YARD, opening + settled, ...after)).toEqual([3]);
  });

  it.each([
    // A plan or a supposition names a day the story has not reached.
    "Nell thought she would ring the council on Monday, and that it would all be settled by Friday.",
    "Amos's sister will come up on the Thursday if the trains are running.",
    // The past perfect before the day looks back to it.
    "Amos's sister had come up on the Thursday, the week before, with the buyer's letter.",
  ])("reads no time in: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).timeCue).toBe(0);
  });

  it.each([
    // "Will" is a name as well as a modal: opening a sentence on a verb, it is the name.
    "Will came up on the Thursday to say that the buyer had been round again.",
    "Would-be buyers came up on the Thursday, two of them, in a car from the town.",
  ])("reads the day after a name that is a modal in lower case: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).timeCue).toBe(0.8);
  });

  it('reads no time in a question a modal opens ("Will she come up on the Thursday?")', () => {
    expect(paragraphFeatures("Will she come up on the Thursday?", FARM_CAST).timeCue).toBe(0);
  });
});
