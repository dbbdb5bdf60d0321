import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Ros", aliases: [] },
  { name: "Kit", aliases: [] },
];

const theKitchen = [
  "Ros had the map open on the kitchen table with a mug on each corner to hold it flat. Kit leaned over her shoulder and pointed at the blue line of the estuary, and then at the little cross someone had drawn beside it in pencil years ago.",
  "'That's the hut,' he said. 'That's where Dad kept the boat.'",
  "'It's forty miles.'",
  "'Thirty-eight.' He folded the map along its old creases, wrong, and she took it off him and folded it again the right way and put it in her bag.",
];
const theEstuary =
  "The estuary was wider than she remembered and the colour of pewter, the far shore a grey line under a grey sky. Ros left the car at the end of the track and walked down through the reeds with the wind pulling at her hood, and Kit came after her with the bag.";
const after = [
  "The hut was still there, or most of it. The door hung by one hinge and the roof had gone green, and inside there was nothing but a coil of rope and a tin of nails rusted into a single lump.",
  "Kit stood in the doorway a long time. Ros went back out to the water and let him have it to himself, and watched a heron on the mud that would not be hurried by anything.",
];

describe("an opening that measures what is seen against what was expected", () => {
  it("opens a new scene: someone arrives and looks", () => {
    const story = storyFromParagraphs([...theKitchen, theEstuary, ...after]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([4]);
  });

  it("is read from the opening sentence of narration only", () => {
    const sight = (text: string) => paragraphFeatures(text, cast).firstSight;
    expect(sight(theEstuary)).toBe(true);
    expect(sight("The lawyer was younger than Kit had expected, and nervous.")).toBe(true);
    expect(sight("The house is smaller than I remember it.")).toBe(true);
    // Later in the paragraph, or said aloud, it is a thought inside the scene.
    expect(sight("Kit sat down. The chair was harder than he had expected.")).toBe(false);
    expect(sight("'It's wider than I remembered,' she said.")).toBe(false);
    expect(sight("The tide was further out than it had been at noon.")).toBe(false);
  });
});
