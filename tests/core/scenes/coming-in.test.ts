import { describe, expect, it } from "vitest";
import { detectScenes } from "../../../core/scenes";
import { paragraphFeatures } from "../../../core/scenes/features";
import { storyFromParagraphs } from "../../../core/story";
import { boundariesOf, HALL_CAST, RUTHS } from "./helpers";

// Mark's own paragraphs after the door: he leads the page after it.
const marks = [
  "Mark set the box down on the stage and took out the signs one by one. He thought the place smelled of every jumble sale he had ever been dragged to as a boy, and he said so.",
  "Mark pinned the first sign to the board by the door and stood back to see if it was straight. It was not, and he took it down and pinned it again, and wondered why he had agreed to any of this.",
  "Mark knew he should have offered to help with the chairs. He folded the empty box flat and leaned it against the wall, and looked at the clock over the door.",
];
const starts = (...paragraphs: string[]): number[] =>
  boundariesOf(detectScenes(storyFromParagraphs(paragraphs), { characters: HALL_CAST }));

describe("someone coming in", () => {
  it("is seen from the room, so the scene goes on in the head already there", () => {
    const door =
      "The door at the back of the hall banged open and Mark came in with a box of signs under his arm and rain on his shoulders, stamping his feet on the mat.";
    expect(starts(...RUTHS, door, ...marks)).toEqual([]);
  });

  it("still opens a new scene beside a new time", () => {
    const later =
      "The next evening Mark came in to the empty hall with a box of signs under his arm and rain on his shoulders, stamping his feet on the mat.";
    expect(starts(...RUTHS, later, ...marks)).toEqual([3]);
  });

  it("is not whose scene it is, however much the page then follows him", () => {
    const rain = "Outside the rain came down on the car park, and the hall windows ran with it.";
    const door = "The door at the back of the hall banged open and Mark came in out of the rain.";
    const scenes = detectScenes(storyFromParagraphs([RUTHS[0]!, rain, door, ...marks]), {
      characters: HALL_CAST,
    });
    expect(scenes.map((s) => s.pov)).toEqual(["Ruth"]);
  });

  it("is whose scene it is when the scene opens on him coming", () => {
    const door = "The door at the back of the hall banged open and Mark came in out of the rain.";
    const scenes = detectScenes(storyFromParagraphs([door, ...marks, RUTHS[0]!]), {
      characters: HALL_CAST,
    });
    expect(scenes.map((s) => s.pov)).toEqual(["Mark"]);
  });

  it("reads the one who comes, not the one named after", () => {
    const f = (text: string) => paragraphFeatures(text, HALL_CAST).comesIn;
    expect(f("Then Mark came in, and Ruth looked up.")).toEqual(["Mark"]);
    expect(f("Ruth went out to Mark. The rain came in under the door.")).toEqual([]);
    expect(f('"Mark came in," Ruth said.')).toEqual([]);
  });

  it("reads the one who comes, not the one who watches or bids them come", () => {
    const f = (text: string) => paragraphFeatures(text, HALL_CAST).comesIn;
    expect(f("Ruth watched Mark come in from the yard.")).toEqual(["Mark"]);
    expect(f("Ruth saw Mark come up the path with the post.")).toEqual(["Mark"]);
    expect(f("Ruth told Mark to come in out of the rain.")).toEqual([]);
    expect(f("Ruth watched the caretaker come in.")).toEqual([]);
    expect(f("Mark and Ruth came in together.")).toEqual(["Mark", "Ruth"]);
    expect(f("Mark had just come in from the yard.")).toEqual(["Mark"]);
  });

  it("is still whose scene it is when the one it follows comes back or comes across something", () => {
    const evening = `The next evening ${RUTHS[0]!}`;
    for (const back of [
      "Ruth came back into the hall with the milk, and Mark looked up from the stage and thought she seemed pleased with herself.",
      "Ruth came across the old minutes book in the cupboard, and Mark thought she would be reading it all night.",
    ]) {
      const paragraphs = [...marks.slice(0, 2), evening, RUTHS[1]!, RUTHS[2]!, back, RUTHS[2]!];
      const scenes = detectScenes(storyFromParagraphs(paragraphs), { characters: HALL_CAST });
      expect(
        scenes.map((s) => s.pov),
        back,
      ).toEqual(["Mark", "Ruth"]);
    }
  });

  it("keeps the scene with the one who watches another come in", () => {
    const door =
      "Ruth watched the caretaker come in out of the rain with his keys. Mark thought she looked tired.";
    const evening = `The next evening ${RUTHS[0]!}`;
    const paragraphs = [...marks.slice(0, 2), evening, RUTHS[1]!, RUTHS[2]!, door, RUTHS[2]!];
    const scenes = detectScenes(storyFromParagraphs(paragraphs), { characters: HALL_CAST });
    expect(scenes.map((s) => [s.firstParagraph, s.pov])).toEqual([
      [0, "Mark"],
      [2, "Ruth"],
    ]);
  });
});
