/**
 * In first-person narration "Dad" is the narrator's own father, and a sentence about him ("the
 * way Dad used to test the paint") is most often a memory: he is not on stage. Read as a beat,
 * it handed him the brother's line, and the untagged exchange between the narrator and the
 * brother then went brother <-> Dad instead of brother <-> narrator.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [{ ...person("Lou"), narrator: true }, person("Eli"), person("Dad")];

describe("a family word as a name in first-person narration", () => {
  it("is someone remembered, not a partner in the exchange", () => {
    const speakers = speakersOf(
      cast,
      "I start on the boxes. Eli pulls the tarp back, and I see a motorcycle, red and very old. I stand there.",
      "“Did you know he rode?”",
      "“He told me once he had a bike before the Army,” Eli says.",
      "“Apparently not.”",
      "“Apparently not.” He crouches beside it and runs a thumb along the tank the way Dad used to test the paint on a car he was thinking of buying. “Nineteen sixty-something.”",
      "“Is it worth anything?”",
      "“Not like this.”",
    );
    expect(speakers).toEqual(["Lou", "Eli", "Lou", "Eli", "Eli", "Lou", "Eli"]);
  });

  it("still gives a beat where the narration is not in the first person", () => {
    const speakers = speakersOf(
      [person("Eli"), person("Dad")],
      "Eli pulled the tarp back. It was a motorcycle, red and very old.",
      "“Did you know about this?” Eli asked.",
      "Dad crouched beside it and ran a thumb along the tank. “I bought it in nineteen sixty-one.”",
    );
    expect(speakers).toEqual(["Eli", "Dad"]);
  });
});
