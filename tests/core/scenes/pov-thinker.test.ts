import { describe, expect, it } from "vitest";
import { detectScenes } from "../../../core/scenes";
import { storyFromParagraphs } from "../../../core/story";

const cast = [
  { name: "Bernadette", aliases: [] },
  { name: "Shaun", aliases: [] },
];

// A scene of each first, so both are viewpoint characters.
const his = [
  "Shaun got up at seven and ate standing at the counter. Shaun thought about the lesson and felt sick, and he knew his brother would laugh if he said so.",
  "Shaun walked to the car park by the carpet warehouse. He was early. He wondered whether she would come at all.",
  "* * *",
];
const hers = [
  "Bernadette drove home the long way. She thought the boy would be all right. She knew it the way she knew weather.",
  "Bernadette put the kettle on and sat by the window. She wondered what he would be like on the road.",
  "* * *",
];
// The lesson: Shaun acts in more sentences and opens it, but what is seen and thought is hers.
const lesson = [
  "Shaun pulled out of the car park too fast. Shaun braked hard at the lights and said sorry, and checked the mirror, and stalled.",
  "Bernadette watched the hands on the wheel. Bernadette thought of her own first lesson, forty years back, in her father's van.",
  "Shaun started the engine again. Shaun found first gear and let the clutch up a little at a time, and the car crept forward.",
  "Bernadette noticed the bus first. Bernadette wondered whether the boy would see it at all.",
  "Shaun saw it late. Shaun braked and they stopped a yard short, breathing hard.",
];

describe("whose scene it is when one acts and the other thinks", () => {
  it("is the head the sentences report, not the one who acts most", () => {
    const scenes = detectScenes(storyFromParagraphs([...his, ...hers, ...lesson]), {
      characters: cast,
    });
    expect(scenes.map((s) => s.pov)).toEqual(["Shaun", "Bernadette", "Bernadette"]);
  });
});
