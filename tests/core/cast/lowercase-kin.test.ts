import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { discoverCast } from "../../../core/cast/discover";

const names = (cast: readonly Character[]) => cast.map((c) => c.name);

describe("discoverCast and a parent named only in lowercase tags", () => {
  const lines = [
    "The morning of the test my mom made pancakes. My little brother Eli was at the counter.",
    '"Eat something," my mom said. "You can\'t park on an empty stomach."',
    '"That\'s not a real rule," Eli said.',
    '"It is now," said my mom.',
    '"Big day," my dad said, stealing a pancake.',
  ];

  it("lists 'my mom said' twice as 'Mom', the family's word, not the description 'the mom'", () => {
    const cast = discoverCast(storyFromParagraphs(lines));
    const mom = cast.find((c) => c.name === "Mom");
    expect(mom?.aliases).toEqual(["the mom"]);
    expect(mom?.unnamed).toBeFalsy();
    expect(names(cast)).not.toContain("the mom");
  });

  it("lists a parent tagged once with a possessive ('my dad said') as 'Dad' too", () => {
    const cast = discoverCast(storyFromParagraphs(lines));
    expect(cast.find((c) => c.name === "Dad")?.aliases).toEqual(["the dad"]);
  });

  it("leaves 'said my mother' (the plain noun: a description), 'said the mother' and an untagged 'my mom' as they were", () => {
    const plain = lines.map((t) => t.replace(/my mom said|said my mom/, "said my mother"));
    expect(names(discoverCast(storyFromParagraphs(plain)))).not.toContain("Mother");
    const titled = lines.map((t) => t.replace(/my mom said|said my mom/, "said the mother"));
    expect(names(discoverCast(storyFromParagraphs(titled)))).not.toContain("Mother");
    const untagged = ["My mom was at the stove. Eli watched her.", '"Can I have one?" Eli asked.'];
    expect(names(discoverCast(storyFromParagraphs(untagged)))).toEqual(["Eli"]);
  });
});
