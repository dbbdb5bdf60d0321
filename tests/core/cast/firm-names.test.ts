/**
 * A firm's name ("Hollis & Daughter", "Marks & Spencer") is no person: an ampersand joins the
 * words of a business's name, where the narration writes "and" between two people.
 */
import { describe, expect, it } from "vitest";
import { discoverCast } from "../../../core/cast/discover";
import { parseStory } from "../../../core/story";

const names = (text: string) => discoverCast(parseStory(text), []).map((c) => c.name);

const BAKERY = (firm: string) =>
  [
    `The ovens at ${firm} went on at half past two. Nadia had worked nights there for a year.`,
    `At four Stella came in shaking out an umbrella. She owned the place, or half of it; the ${firm.split(" ")[2]} in ${firm} had been her grandmother.`,
    `"You're early," Nadia said.`,
    `"I couldn't sleep," said Stella.`,
  ].join("\n\n");

describe("firm names", () => {
  it("lists no one for the words of a name joined by an ampersand", () => {
    const found = names(BAKERY("Hollis & Daughter"));
    expect(found).toContain("Nadia");
    expect(found).toContain("Stella");
    expect(found).not.toContain("Daughter");
    expect(found).not.toContain("Hollis");
  });

  it("still lists a person the story writes apart from the firm's name", () => {
    const story = [
      BAKERY("Hollis & Daughter"),
      `Mr. Hollis came in at five. "Morning," said Mr. Hollis.`,
    ].join("\n\n");
    expect(names(story)).toContain("Mr. Hollis");
  });

  it("reads an ampersand at the text's edges or alone", () => {
    for (const text of ["&", "& Tom", "Tom &", '"Hi &" said Tom &', "A & B. & & &"])
      expect(() => names(text)).not.toThrow();
  });
});
