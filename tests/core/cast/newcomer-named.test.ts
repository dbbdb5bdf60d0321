/**
 * A newcomer the narration brings in with "a" ("a woman in a green coat came up the lane") and
 * who gives their name a line or two later is that cast member from the arrival on
 * (narrated-links.ts), as a stranger first made a subject with "the" is: the lines before the
 * naming are theirs, not no one's.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const LANE = [
  "Mara was painting the fence when a woman in a green coat came up the lane with a spaniel.",
  "“You must be the new tenant,” she said.",
  "“I am, yes.”",
  "“I’m Edith. Edith Crane. I live at the end, by the pond.” She pointed with the lead.",
  "“Is it a nice walk down there?”",
];

describe("a newcomer brought in with 'a' who names themself", () => {
  it("speaks as that cast member from the arrival on", () => {
    expect(speakersOf([person("Mara"), person("Edith Crane")], ...LANE)).toEqual([
      "Edith Crane",
      "Mara",
      "Edith Crane",
      "Mara",
    ]);
  });

  it("is not a newcomer of the other sex", () => {
    const said = speakersOf(
      [person("Mara"), person("Edith Crane"), person("Tom")],
      "Mara was painting the fence when a man in a green coat came up the lane with a spaniel.",
      "“You must be the new tenant,” he said.",
      "“I am.”",
      "A girl ran up behind him. “I’m Edith,” she said. “Is that your cat?”",
    );
    expect(said[0]).not.toBe("Edith Crane");
  });

  it("speaks as that cast member in a story told in the present", () => {
    // "comes up the lane" after "in a green coat": a present-tense verb past the phrase.
    const present = [
      "Mara is painting the fence when a woman in a green coat comes up the lane with a spaniel.",
      "“You must be the new tenant,” she says.",
      "“I am, yes.”",
      "“I’m Edith. Edith Crane. I live at the end, by the pond.” She points with the lead.",
      "“Is it a nice walk down there?”",
    ];
    expect(speakersOf([person("Mara"), person("Edith Crane")], ...present)).toEqual([
      "Edith Crane",
      "Mara",
      "Edith Crane",
      "Mara",
    ]);
  });
});
