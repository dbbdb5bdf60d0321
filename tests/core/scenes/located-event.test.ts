import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Mags", aliases: [] },
  { name: "Tobin", aliases: [] },
];

const atTheYard = [
  "Mags pulled the tarpaulin off the last of the bales and folded it over her arm. The light was going already and the wind had come round to the east, sharp enough to make her eyes water, and she wanted to be done before it rained.",
  "Tobin came out of the shed with the pallet truck and stood looking at the stack as if it might move itself. She told him to start at the top. He said that was what he had been going to do, and started at the bottom, and she let him.",
  "They worked without talking until the stack was half its height. Her shoulders ached and the twine had cut a red line across both palms, and when the first drops came she pulled her hood up and kept going.",
];
const theSale =
  "The auction was in the back room of the Feathers, where the ceiling was low and the radiators knocked, and by seven there were forty people on the folding chairs. Mags found a seat near the door and held the catalogue on her knee without opening it.";
const after = [
  "Lot twelve was the trailer. The auctioneer read the description twice, as if he did not believe it, and started the bidding at a figure that made someone at the front laugh out loud.",
  "She put her hand up once and then kept it down. A man in a wax jacket took it for less than she had paid, and she watched him write the number on his card and did not feel anything much.",
];

describe("an event set at a place by its opening sentence", () => {
  it("opens a new scene: the thing that happens, and where", () => {
    const story = storyFromParagraphs([...atTheYard, theSale, ...after]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([3]);
  });

  it("is read from a thing as the subject, not from someone where they are", () => {
    const place = (text: string) => paragraphFeatures(text, cast).placeCue;
    expect(place(theSale)).toBe(1);
    expect(place("The meeting was held in the village hall, and every chair was taken.")).toBe(1);
    expect(place("Round two was in a classroom at the back of the school.")).toBe(1);
    // Someone in a room is where the scene may already be; "It was in" is a cleft.
    expect(place("Tobin was in the front room with his boots off, asleep.")).toBe(0);
    expect(place("She was in the kitchen when the phone went.")).toBe(0);
    expect(place("It was in this room that the old man had kept his papers.")).toBe(0);
  });
});
