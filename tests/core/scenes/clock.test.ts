import { describe, expect, it } from "vitest";
import { BOUNDARY_WEIGHTS, paragraphFeatures, scoreBoundaries } from "../../../core/scenes";
import { clockMinutes, clockTimesIn, minutesOn } from "../../../core/scenes/clock";

describe("clock times on a twelve-hour dial", () => {
  it("reads the ways a clock time is written", () => {
    expect(clockMinutes("ten to eleven")).toBe(10 * 60 + 50);
    expect(clockMinutes("half past four")).toBe(4 * 60 + 30);
    expect(clockMinutes("a quarter to six")).toBe(5 * 60 + 45);
    expect(clockMinutes("eight-thirty")).toBe(8 * 60 + 30);
    expect(clockMinutes("6.30")).toBe(6 * 60 + 30);
    expect(clockMinutes("noon")).toBe(0);
    expect(clockMinutes("the morning")).toBeNull();
  });

  it("counts the minutes on round the dial", () => {
    expect(minutesOn(10 * 60 + 55, 70)).toBe(135);
    expect(minutesOn(8 * 60 + 30, 9 * 60)).toBe(30);
  });

  it("finds the times a narration tells, and not a number that is no time", () => {
    expect(
      clockTimesIn("Dana unlocks the studio at ten to eleven and the smell hits her at once."),
    ).toEqual([10 * 60 + 50]);
    expect(clockTimesIn("By eight-thirty the beans are done, and we close at noon.")).toEqual([
      8 * 60 + 30,
      0,
    ]);
    expect(clockTimesIn("At one point she laughed. By two votes the motion failed.")).toEqual([]);
  });
});

describe("a clock time opening a paragraph", () => {
  const filler =
    "The kettle ticked as it cooled and the dog turned twice on the rug before it settled again.";
  const scoreAt = (before: string, opening: string): number => {
    const texts = [filler, filler, before, filler, opening, filler, filler, filler];
    return scoreBoundaries(texts.map((t) => paragraphFeatures(t, [])))[4]!.score;
  };

  it("is the scene's own hour passing within the hour of the last time told", () => {
    // The hour and the place, not someone acting on the hour (which counts half on its own,
    // see clock-on-someone.test.ts): this test is about the hour the narration last told.
    // A paragraph of more than a line: a clock time in a line of its own is a beat of the scene
    // (see clock-on-someone.test.ts).
    const opening =
      "At nine the front door was unlocked and the first of them came in, shaking the rain off " +
      "their coats in the porch and stamping their boots on the mat before they went through.";
    const soon = scoreAt("She got to the hall at half past eight and put the urn on.", opening);
    const long = scoreAt("She got to the hall at six and put the urn on.", opening);
    expect(long).toBeGreaterThanOrEqual(BOUNDARY_WEIGHTS.price);
    expect(soon).toBeLessThan(BOUNDARY_WEIGHTS.price);
  });
});
