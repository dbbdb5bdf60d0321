import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { boundariesOf, HALL_CAST, RUTHS } from "./helpers";

const line = "Mark was on the stage with a roll of tape, taking down the signs.";
const marks = [
  "Mark thought the place smelled of every jumble sale he had ever been dragged to as a boy. Mark peeled the tape off the back of a sign that said NO BALL GAMES and rolled it into a sticky ball and wondered where to put it.",
  "Mark knew he should have offered to help with the chairs. He had watched her do them from the stage, row by row, and he had thought about getting down, and he had not, and now it was too late to offer without it being an apology.",
  "Mark folded the last of the signs and put them in the box with the tape and the drawing pins, and looked at the clock over the door, and felt the evening settle on him like a coat he had not asked to wear.",
];

describe("a POV shift opening on a line", () => {
  it("lands on the paragraph that sets the new head down, not on a line of 14 words before it", () => {
    const story = storyFromParagraphs([...RUTHS, line, ...marks]);
    expect(boundariesOf(detectScenes(story, { characters: HALL_CAST }))).toEqual([4]);
  });
});
