import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Agnes", aliases: [] },
  { name: "Tobias", aliases: [] },
];

// A page told of "she", with Tobias named on it (so the cast names someone on both sides and
// the viewpoint reading follows him on both): no name, place or time marks the turn.
const hers = [
  "She set her case down beside the piano and lifted the lid. The felts had gone hard and two of the hammers stuck, and somebody had once spilled something sweet into the treble that had dried to a crust.",
  "She worked along the keys from the bottom, listening to each one die away. She knew before she reached the middle that it would take all day, and she did not mind. She liked a piano that had been left alone.",
  'Tobias stood in the doorway with his hands in his pockets. "Can you save it?"',
  '"I can make it sing. Saving is another thing."',
  '"It was my wife\'s," Tobias said.',
  "She took out her tuning hammer and her mutes and laid them on a cloth on the floor. She did not look up again. She heard him stand there a while longer and then go.",
];
const his = [
  "He left her to it. There was nothing for him to do in that room. He split a little kindling he did not need and stacked it against the wall, and then he stood with the axe in his hand and listened.",
  "Tobias could still hear her through the window, one note and then the same note again, over and over, patient as rain. He had not heard that piano played in three years. He did not know yet whether he wanted to.",
  "Tobias put the axe away. He walked down to the gate and back and down to the gate again, and he told himself he was only stretching his legs.",
  "When the notes stopped he went still, and when they began again he found that he had been holding his breath.",
];
// The same page after, but told of both of them: two people in one place, one scene.
const theirs = [
  "He left her to it for a while. She worked on without looking up, and he split a little kindling he did not need and stacked it where she could see it through the door.",
  "Tobias could hear every note. She played one and then the same one again, and he stood with the axe and listened, and she knew he was listening and did not mind.",
  "Tobias put the axe away. She called him in to hear the middle octave, and he came and stood where he had stood before, and she played it for him twice.",
  "When she stopped he went still, and when she began again he found that he had been holding his breath.",
];

describe("the narration's he and she turning over where the cast names both sides", () => {
  it("opens a scene where a page told of 'she' gives way to a page told of 'he'", () => {
    const story = storyFromParagraphs([...hers, ...his]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([hers.length]);
  });

  it("opens none where the page after is told of both", () => {
    const story = storyFromParagraphs([...hers, ...theirs]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it("opens none at a paragraph of narration between two lines of speech", () => {
    // The same turn, but told while they talk: the conversation goes on.
    const story = storyFromParagraphs([
      ...hers,
      '"Go on, then," she said.',
      his[0]!,
      '"I\'ll be in the yard if you want me," he said.',
      ...his.slice(1),
    ]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });
});
