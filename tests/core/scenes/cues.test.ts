import { describe, expect, it } from "vitest";
import { paragraphFeatures } from "../../../core/scenes";

const clock = (text: string) => paragraphFeatures(text, []).clockCue;
const time = (text: string) => paragraphFeatures(text, []).timeCue;

describe("time cues at a paragraph's opening", () => {
  it("reads a clock time that sets the scene", () => {
    for (const text of [
      "At ten past one the phone lights up.",
      "By three the studio is cold again.",
      "Half past four brings headlights.",
      "At six Marta drove up to the farm.",
      "At 6.30, he left the house.",
      "In the morning the sea was grey.",
    ])
      expect(clock(text), text).toBe(1);
  });

  it("does not read a number or a place as a clock time", () => {
    for (const text of [
      "At one point she laughed.",
      "At six exactly the jingle plays.",
      "At the back of the room, nobody moved.",
      "By two votes the motion failed.",
    ])
      expect(clock(text), text).toBe(0);
  });

  it("reads the end of a month and a dated day as lapses", () => {
    expect(time("By the end of November I knew the island.")).toBe(1);
    expect(time("The boat came for me on the first of April.")).toBeGreaterThan(0);
  });
});
