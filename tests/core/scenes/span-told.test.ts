import { describe, expect, it } from "vitest";
import { paragraphFeatures } from "../../../core/scenes";
import { FARM_CAST, farmStarts, YARD } from "./helpers";

const after = [
  "She had brought a cake in a tin and the news from the village, and she told it over the first cup of tea while Nell nodded at each thing and watched the clock.",
  "Nell let her talk. There was no stopping her once she had started, and most of it was true, which made it worse, and the tea went cold in the pot between them.",
];
const settled =
  " Nell put the kettle on and got the good cups down from the dresser, and the two of them sat at the kitchen table with the papers between them.";

describe("a span of days told inside the opening sentence (scenes-32)", () => {
  it.each([
    // A negated event until a later day: the days between are skipped.
    "Nell doesn't see Amos's sister again until the Friday, when the van stops at the gate in the rain and she climbs down with a box of eggs held against her coat.",
    "Nell did not hear from Amos's sister until the weekend, when a card came with the milk and then the sister herself, muddy to the knee and pleased with it.",
    // "each other" tells no habit.
    "Nell and Amos did not speak to each other again until the Thursday, when the buyer's letter came and there was no one else to read it to.",
    // A singular lapse after the opening's verb, as "three weeks later" already is.
    "The new gate is hung a week later than Amos said it would be, because the hinges come from a forge over the hill that works when it feels like working.",
  ])("opens a scene: %s", (opening) => {
    expect(farmStarts(...YARD, opening + settled, ...after)).toEqual([3]);
  });

  it.each([
    // A condition or a plan names a day the story has not reached.
    "If Nell doesn't hear from the council until the Friday, she will ring them herself and ask for the man in charge.",
    "Amos will be a week later than he promised with the new gate, and the hens will have to stay in.",
    // Someone's words: the span is what they say happened.
    "Amos's sister said she didn't see the buyer again until the Thursday, and that he had been rude even then.",
    // A habit: the same day every week is no day reached.
    "Every week Nell doesn't see the post van until the Thursday, and then it comes with everything at once.",
    // The past perfect before the span looks back to it.
    "Amos had mended the gate once already, and Nell did not see it fall again until the Thursday.",
  ])("reads no time in: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).timeCue).toBe(0);
  });

  it("reads no time in the span inside a quote", () => {
    const opening =
      'Nell shrugged and said, "We don\'t see him again until the Thursday, most weeks."';
    expect(paragraphFeatures(opening, FARM_CAST).timeCue).toBe(0);
  });
});
