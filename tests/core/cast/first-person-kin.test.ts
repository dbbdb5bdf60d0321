/**
 * In first-person narration "Dad" is the narrator's own father, and a sentence about him ("the
 * way Dad used to test the paint") is most often a memory: he is not on stage. Read as a beat,
 * it handed him the brother's line, and the untagged exchange between the narrator and the
 * brother then went brother <-> Dad instead of brother <-> narrator.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
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

  it("is someone remembered also when no cast is given", () => {
    const text = [
      "The unit is Dad's. It has been Dad's for eleven years, and I never knew. I found the key on Dad's ring when they moved him into the home.",
      "Eli drives, because it is his truck and he never lets me drive. I sit with my bag on my knees.",
      "“You ready?” Eli says.",
      "“No.”",
      "I lift the door. Boxes on the left, every one labelled in Dad's square capitals. On the right, something under a green tarp. Eli pulls the tarp back, and I see a motorcycle, red and very old.",
      "“Did you know he rode?”",
      "“He told me once he had a bike before the Army.”",
      "“Apparently not.”",
      "“Apparently not.” He crouches beside it and runs a thumb along the tank the way Dad used to test the paint on a car he was thinking of buying, like the metal could tell him a secret. “Nineteen sixty-something.”",
      "“Is it worth anything?”",
      "“Not like this.”",
    ].join("\n\n");
    const speakers = analyzeStory(text, { file: "unit.txt" }).quotes.map((q) => q.speaker);
    // Before, "the father" the narration remembers took the brother's two lines by the tank.
    expect(speakers.slice(5)).toEqual(["Eli", "Eli", "narrator", "Eli"]);
  });
});
