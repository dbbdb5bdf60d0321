import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Nora", aliases: [] },
  { name: "Declan", aliases: [] },
];

/** A bakery before opening, Nora's, for three paragraphs. */
const bakery = [
  "Nora had the ovens lit before five and the first of the dough out of the proving cabinet, and she worked it on the long steel bench with the radio off so that she could hear the street waking. The bins went by. A van idled outside the chemist's and drove on.",
  "She shaped the loaves in fours and set them on the trays in their rows, and when the trays were full she slid them onto the rack and wheeled the rack into the warm. Her wrists ached the way they always did in the cold months, and she did not stop for them.",
  "Declan came down the back stairs at half five with his hair wet and his apron over his arm, and he filled the kettle without being asked and stood it on the ring. He looked at the rack and at the clock above the door and said nothing about either.",
];
/** The last of the talk: Declan going out, in a paragraph that holds a line of his. */
const leaving = `He drank his tea standing up and rinsed the mug under the tap. "I'll be back for the rolls," he said, and took the van keys from the nail and went out into the dark to do the hotel round.`;
/** The same going out told without a line spoken. */
const leavingSilent =
  "He drank his tea standing up and rinsed the mug under the tap, and then he took the van keys from the nail and went out into the dark to do the hotel round.";
/** The morning later on, the same kitchen, set down by how far the work has got. */
const later = [
  "By ten the shelves out front were full of bread and the windows had steamed over from the inside. Nora had turned the sign on the door at seven and the queue had come and gone twice, and she had sold the last of the soda bread to a man who wanted it for a funeral.",
  "She wiped the counter and counted the float and set aside the rolls for the hotel in a paper sack with the name written on it in marker, and then she sat down on the step stool behind the till for the first time since five.",
  "The street outside had gone grey and wet, and the people going past had their hoods up and their heads down, and none of them looked in. She ate a heel of the brown loaf with butter and watched the rain run down the glass and did not think about the afternoon.",
];

describe("an hour told by how far things have got ('By ten the shelves were full')", () => {
  it("opens a scene after a paragraph holding talk, where a thing is the hour's subject", () => {
    const story = storyFromParagraphs([...bakery, leaving, ...later]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([4]);
  });

  it("stays the scene's own hours passing after narration with no talk", () => {
    const story = storyFromParagraphs([...bakery, leavingSilent, ...later]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it("stays the scene's own hours passing where someone acts on the hour", () => {
    const [first, ...rest] = later;
    const onSomeone = first!.replace(
      "By ten the shelves out front were full of bread",
      "By ten Nora had filled the shelves out front with bread",
    );
    const story = storyFromParagraphs([...bakery, leaving, onSomeone, ...rest]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });
});
