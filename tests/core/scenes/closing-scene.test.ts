import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [{ name: "Nora", aliases: [] }];

/** Four paragraphs of one evening in the kitchen, about 240 words. */
const evening = [
  "Nora stood at the kitchen sink with her sleeves pushed up and scrubbed the roasting tin while the radio talked to itself on the windowsill. The light outside had gone a dull orange over the allotments and the kettle was starting to tick as it cooled.",
  "She rinsed the tin and set it on the rack and dried her hands on the towel that hung from the oven door. There were still the glasses to do, and the good plates, which could not go in the machine, and she did not want to do any of it.",
  "Nora sat down at the table instead and pulled the pile of post towards her. A gas bill, a catalogue for garden furniture, a card from the dentist to say she was overdue. She put them all back in a pile and squared its edges with both hands.",
  "When the news came on she turned the radio off and listened to the house. The fridge hummed. Somewhere upstairs a pipe knocked twice and was quiet. She thought about ringing her brother, and then she thought better of it, and went up to bed.",
];

describe("the last scene of a run", () => {
  it("may be a short coda after a jump in time (two paragraphs, under 80 words)", () => {
    // 61 words: short for a scene in the middle of a story, but a story may close on it.
    const coda = [
      "Three weeks later Nora planted out the leeks in the rain, on her knees in the mud with a trowel, and did not mind the cold at all. Her brother had rung on the Sunday.",
      "He was coming up at Easter, he said. He would bring the children. She had said that would be lovely, and found that she meant it.",
    ];
    const story = storyFromParagraphs([...evening, ...coda]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([4]);
  });

  it("still keeps a scene in the middle of a run to its minimum length", () => {
    const beat = [
      "Three weeks later Nora planted out the leeks in the rain, on her knees in the mud with a trowel, and did not mind the cold at all. Her brother had rung on the Sunday.",
      "He was coming up at Easter, he said. He would bring the children. She had said that would be lovely, and found that she meant it.",
    ];
    const story = storyFromParagraphs([...evening, ...beat, ...evening]);
    // The 61-word stretch cannot stand alone between two scenes: one boundary at most, not two.
    expect(boundariesOf(detectScenes(story, { characters: cast })).length).toBeLessThan(2);
  });
});
