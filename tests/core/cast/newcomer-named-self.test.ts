/**
 * A newcomer brought in by an indefinite description and never made the subject of one ("I
 * saw a woman by the gate"), carried by "she" until she gives her name in a line ("Voss.
 * Hilde Voss."), is that cast member from her entrance on (narrated-links.ts), as one the
 * narration calls "the woman" is.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const GATE = [
  "Owen was splitting logs behind the barn when I came out, and past him I saw a woman by the gate with a map held open against the wind.",
  "I walked down to her. She folded the map badly and held it against her chest.",
  "“Is this the road to the ferry?” she asked.",
  "“It was, before the bridge went. You’ll have to go round by the quarry.”",
  "“How far is that?”",
  "“Six miles. Less if you know the lane.”",
  "She put out a cold hand. “Voss. Hilde Voss,” she said. “I am sorry to bother you.”",
];

describe("a newcomer brought in as an object who gives her name", () => {
  it("speaks as that cast member from her entrance on", () => {
    const said = speakersOf([person("Owen"), person("Hilde Voss")], ...GATE);
    expect([said[0], said[2], said[4]]).toEqual(["Hilde Voss", "Hilde Voss", "Hilde Voss"]);
  });

  it("is not linked when a named person of her sex acted between", () => {
    const between = [
      ...GATE.slice(0, 3),
      "Maud came out of the kitchen and stood beside me with her arms folded.",
      ...GATE.slice(3),
    ];
    const said = speakersOf([person("Owen"), person("Maud"), person("Hilde Voss")], ...between);
    expect(said[0]).not.toBe("Hilde Voss");
  });
});
