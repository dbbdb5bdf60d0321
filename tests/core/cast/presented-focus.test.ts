/**
 * The one a presentational "it was" or "there was" brings on ("It was Mrs. Garcia from next
 * door") is the sentence's focus, ranked as a subject is (core/cast/role-bonus.ts): the next
 * tag's "she" means her, not a woman who acted a sentence or two before.
 */
import { describe, expect, it } from "vitest";
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
});
