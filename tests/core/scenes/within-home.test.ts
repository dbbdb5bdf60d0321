import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures, scoreBoundaries } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [{ name: "Ruth", aliases: [] }];

const inTheHouse = [
  "Ruth let herself into the house with the key from under the mat and stood in the hall with her coat still on. The radiators were cold. Somebody had stacked the post on the hall table in a neat pile, bills at the bottom, and left a note that said the milk was off.",
  "She went through into the kitchen and opened the back door to let the air in. The garden had gone to seed in the three weeks since the funeral, the lawn long and pale, the roses dropping their petals on the path. She filled the kettle and put it on and did not wait for it.",
  "There was a list on the fridge in her father's capitals: gutters, boiler man, ring Sheila. Ruth read it twice and then took it down and folded it and put it in her pocket. She had rung Sheila. Nobody had done the gutters. The boiler man had been and gone and left a bill.",
];
const outdoors = [
  "Ruth walked down from the station along the river path with her bag over her shoulder. The tide was out and the mud shone, and a heron stood in it on one leg, not caring about her at all.",
  "She crossed at the footbridge and went up through the churchyard, past the yew and the row of leaning stones, and stopped at the lych gate to get her breath. The church clock said ten to four. She had said she would be there by four.",
  "A man with a dog said good afternoon to her and she said it back. The lane ran uphill between high hedges full of cow parsley, and she could hear a tractor somewhere beyond them, and then nothing but her own feet and her own breathing.",
];
const bedroom =
  "The bedroom was at the back, over the garden, and smelled of his aftershave and of the damp that had always been in the wall by the window. Ruth sat down on the end of the bed and looked at the wardrobe for a long time before she opened it.";
const after = [
  "His suits were on the left and his shirts on the right, ironed, on wire hangers from the dry cleaner's. She took them out one at a time and laid them on the bed and did not cry, which surprised her, and then cried, which did not.",
  "When the wardrobe was empty she sat down again on the bed among the shirts and looked at the bare rail and the pale rectangle on the back wall where the light had not reached in forty years.",
];

describe("a room of the home the page before was in", () => {
  it("is the same visit, not a new scene", () => {
    const story = storyFromParagraphs([...inTheHouse, bedroom, ...after]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it("reads the home's own yard or garden the same way", () => {
    const yard =
      "The yard behind the house was full of his things, the mower and the wheelbarrow and the bags of compost he had bought in the spring and never opened. Ruth stood among them with her arms folded against the cold and tried to think who would want any of it.";
    const story = storyFromParagraphs([...inTheHouse, yard, ...after]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it("keeps its place cues in full after a page outdoors", () => {
    const score = (page: readonly string[]) =>
      scoreBoundaries([...page, bedroom, ...after].map((t) => paragraphFeatures(t, cast)))[3]!
        .score;
    expect(score(outdoors)).toBeGreaterThan(score(inTheHouse));
  });
});
