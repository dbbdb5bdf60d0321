/**
 * A line that tells the listener what a family member says or does ("Dad says you have to walk
 * him") speaks of someone not in the talk: the bare lines after it go to those still there, not
 * to the father who spoke before the children went out. The story is written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { analyzeStory } from "../../../core/analyze";
import { speakersOf } from "./helpers";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

const CAST = [
  person("Nell Carver", "Nell"),
  person("Sam Carver", "Sam"),
  person("Joe Carver", "Dad"),
];

function speakers(porchLine: string): (string | null)[] {
  const text = [
    "Nell came down late. Her father was at the stove with the pan, and her brother Sam was already at the table with his shoes on.",
    '"You\'ll miss the bus," said Dad.',
    '"You will if you eat like that," Dad said, and put two eggs on her plate.',
    "Nell took her plate out to the porch, where Sam was feeding the dog the crusts of his toast.",
    porchLine,
    '"Dad says a lot of things."',
    '"He means it this time."',
    '"He always means it."',
  ].join("\n\n");
  return analyzeStory(text, { file: "porch.txt", cast: CAST }).quotes.map((q) => q.speaker);
}

describe("a family member a line speaks of as doing something", () => {
  it("is not in the talk: the bare lines after go to those still there", () => {
    const said = speakers('"Dad says you have to walk him after school."').slice(2);
    expect(said).not.toContain("Joe Carver");
  });

  it("is in the talk when the line calls him", () => {
    const said = speakers('"Dad, you said I could walk him after school."').slice(2);
    expect(said).toContain("Joe Carver");
  });
});

describe("a parent who speaks of themself by the family word", () => {
  // "Daddy says five more minutes," he said: the speaker of the line is in the talk, and the
  // bargaining after it goes by turns between the two in the bathroom.
  it("stays in the talk after their own line", () => {
    const said = speakersOf(
      [person("Molly"), person("Rob Hale", "Daddy", "Dad")],
      "Molly was in the bath, and her father was kneeling by it with a towel over his shoulder.",
      '"Daddy says five more minutes," he said.',
      '"Ten more minutes!"',
      '"Five."',
      '"Seven!"',
      '"Five, and a story."',
    );
    expect(said).toEqual(["Rob Hale", "Molly", "Rob Hale", "Molly", "Rob Hale"]);
  });
});

describe("a family word before a plural noun", () => {
  // "Dad puns", "Dad socks": a noun ending in "s", not a verb; the father on the step is still
  // in the talk, and the lines after go by turns between the two there. ("Dad jokes" is left:
  // "jokes" is a speech verb too, as in "Dad jokes about it".)
  for (const line of ['"Dad puns are the worst," said Nell.', '"Dad socks are worse," said Nell.'])
    it(`does not send the family member out: ${line}`, () => {
      const said = speakersOf(
        [person("Nell"), person("Joe Carver", "Dad")],
        "Nell sat on the step beside her father while he cleaned his boots.",
        '"Why are fish bad liars? They are always telling tails," said Dad.',
        line,
        '"You laughed."',
        '"I did not."',
        '"You did. I saw you."',
      );
      expect(said).toEqual(["Joe Carver", "Nell", "Joe Carver", "Nell", "Joe Carver"]);
    });
});
