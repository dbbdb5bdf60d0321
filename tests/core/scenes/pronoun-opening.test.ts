import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Ruth", aliases: [] },
  { name: "Mark", aliases: [] },
];

const ruths = [
  "Ruth counted the chairs again because she did not trust the caretaker's count. Ruth thought there were forty, and there were forty, and she felt foolish and pleased at once. She set the last of them straight and stood back to look at the rows.",
  "Ruth wondered whether anyone would come. She had put the notice in the shop window and in the parish magazine, and she had told everyone she met, and still she thought it likely that she would sit here alone with the urn until nine.",
  "Ruth filled the urn at the kitchen tap and carried it through, slopping, and plugged it in by the stage. She knew it would take forty minutes to boil. She found the cups in the cupboard under the hatch and counted those too.",
];
const marks = [
  "He thought the place smelled of every jumble sale he had ever been dragged to as a boy. He peeled the tape off the back of a sign that said NO BALL GAMES and rolled it into a sticky ball and wondered where to put it.",
  "Mark knew he should have offered to help with the chairs. He had watched her do them from the stage, row by row, and he had thought about getting down, and he had not, and now it was too late to offer without it being an apology.",
  "Mark folded the last of the signs and put them in the box with the tape and the drawing pins, and looked at the clock over the door, and felt the evening settle on him like a coat he had not asked to wear.",
];
const turn = (opening: string): string =>
  `${opening} Mark rubbed them together and thought about the van, and about the drive home in the dark, and about whether Ruth would want a lift or would walk as she always said she liked to.`;

describe("a POV shift that meets its character by pronoun", () => {
  it("is no boundary alone: the narration already has him in view", () => {
    const story = storyFromParagraphs([...ruths, turn("His hands were cold."), ...marks]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it('nor after a preposition ("Around him")', () => {
    const story = storyFromParagraphs([
      ...ruths,
      turn("Around him the talk had gone quiet."),
      ...marks,
    ]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it('nor when the pronoun is contracted ("He\'d", "He’s")', () => {
    for (const opening of [
      "He'd left his gloves in the van.",
      "He’s left his gloves in the van.",
    ]) {
      const story = storyFromParagraphs([...ruths, turn(opening), ...marks]);
      expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
    }
  });

  it("is still a boundary where the opening names him", () => {
    const story = storyFromParagraphs([...ruths, turn("Mark's hands were cold."), ...marks]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([3]);
  });

  it("is still a boundary beside a time jump", () => {
    const story = storyFromParagraphs([
      ...ruths,
      turn("The next morning his hands were cold."),
      ...marks,
    ]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([3]);
  });
});
