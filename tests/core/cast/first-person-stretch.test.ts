/**
 * A first-person stretch is told by "me", "my" and "we" as much as by "I": an opening that says
 * "I" only once ("he never lets me drive", "We found the key") is still the narrator's, so the
 * narrator is on stage in the exchange that follows and a father only remembered is not.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [{ ...person("Lou"), narrator: true }, person("Eli"), person("Dad")];

describe("a first-person opening with few 'I's", () => {
  it("is read as first person, so the remembered father takes no line", () => {
    const speakers = speakersOf(
      cast,
      "Eli drives, because it is his truck and he has never once let me drive anything of his. My bag is on my knees.",
      "The unit is Dad's. We found the key on his ring when they moved him into the home, and Eli turned it over in his fingers for a long time before he said anything.",
      "Now he pulls up in front of a row of orange doors and kills the engine.",
      "“You ready?”",
      "“No.”",
      "“Me neither.” He doesn't move. “What do you think's in there?”",
      "“Bodies.”",
      "“Come on.”",
      "I shrug. Dad would have laughed at that, once.",
    );
    expect(speakers).toEqual(["Eli", "Lou", "Eli", "Eli", "Lou", "Eli"]);
  });
});
