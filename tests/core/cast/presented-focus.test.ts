/**
 * The one a presentational "it was" or "there was" brings on ("It was Mrs. Garcia from next
 * door"), or the one "it seemed to", is the sentence's focus, ranked as a subject is (core/cast/role-bonus.ts): the next
 * tag's "she" means her, not a woman who acted a sentence or two before.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Lucy"), person("Mrs. Garcia"), person("Ben")];

describe("one brought on by 'it was'", () => {
  it("is the 'she' of the next tag", () => {
    expect(
      speakers(
        cast,
        '"Did you hear that?" said Ben.',
        "There was a knock at the back door, and all of them jumped. Lucy actually squeaked. Ben picked up the lamp and carried it to the door.",
        "It was Mrs. Garcia from next door, in a raincoat over her nightgown, with a torch the size of a loaf.",
        '"I saw your light," she said.',
      ),
    ).toEqual(["Ben", "Mrs. Garcia"]);
  });

  it("is not one only named after some other verb ('It worried Mrs. Garcia')", () => {
    expect(
      speakers(
        cast,
        '"Did you hear that?" said Ben.',
        "There was a knock at the back door, and all of them jumped. Lucy actually squeaked. Ben picked up the lamp and carried it to the door.",
        "It worried Mrs. Garcia from next door, in a raincoat over her nightgown, with a torch the size of a loaf.",
        '"I saw your light," she said.',
      ),
    ).toEqual(["Ben", "Lucy"]);
  });

  it("counts the one something seems to ('It seemed to Ned that he ...') as its focus", () => {
    const text = [
      '"He is an American man!" cried Ollie, in his hard little voice.',
      'It seemed to Ned that he had been introduced. He got up and stepped toward the young lady, throwing away his cigarette. "This little boy and I are friends," he said.',
    ].join("\n\n");
    const cast = [person("Ned"), person("Ollie")];
    const quotes = analyzeStory(text, { file: "garden.txt", cast }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Ollie", "Ned"]);
  });
});
