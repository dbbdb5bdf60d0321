import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { boundariesOf, HALL_CAST, RUTHS } from "./helpers";

const marks = [
  "He thought the place smelled of every jumble sale he had ever been dragged to as a boy. He peeled the tape off the back of a sign that said NO BALL GAMES and rolled it into a sticky ball and wondered where to put it.",
  "Mark knew he should have offered to help with the chairs. He had watched her do them from the stage, row by row, and he had thought about getting down, and he had not, and now it was too late to offer without it being an apology.",
  "Mark folded the last of the signs and put them in the box with the tape and the drawing pins, and looked at the clock over the door, and felt the evening settle on him like a coat he had not asked to wear.",
];
const turn = (opening: string): string =>
  `${opening} Mark rubbed them together and thought about the van, and about the drive home in the dark, and about whether Ruth would want a lift or would walk as she always said she liked to.`;

describe("a POV shift that meets its character by pronoun", () => {
  it("is no boundary alone: the narration already has him in view", () => {
    const story = storyFromParagraphs([...RUTHS, turn("His hands were cold."), ...marks]);
    expect(boundariesOf(detectScenes(story, { characters: HALL_CAST }))).toEqual([]);
  });

  it('nor after a preposition ("Around him")', () => {
    const story = storyFromParagraphs([
      ...RUTHS,
      turn("Around him the talk had gone quiet."),
      ...marks,
    ]);
    expect(boundariesOf(detectScenes(story, { characters: HALL_CAST }))).toEqual([]);
  });

  it('nor when the pronoun is contracted ("He\'d", "He’s")', () => {
    for (const opening of [
      "He'd left his gloves in the van.",
      "He’s left his gloves in the van.",
    ]) {
      const story = storyFromParagraphs([...RUTHS, turn(opening), ...marks]);
      expect(boundariesOf(detectScenes(story, { characters: HALL_CAST }))).toEqual([]);
    }
  });

  it("is still a boundary where the opening names him", () => {
    const story = storyFromParagraphs([...RUTHS, turn("Mark's hands were cold."), ...marks]);
    expect(boundariesOf(detectScenes(story, { characters: HALL_CAST }))).toEqual([3]);
  });

  it("is still a boundary beside a time jump", () => {
    const story = storyFromParagraphs([
      ...RUTHS,
      turn("The next morning his hands were cold."),
      ...marks,
    ]);
    expect(boundariesOf(detectScenes(story, { characters: HALL_CAST }))).toEqual([3]);
  });
});
