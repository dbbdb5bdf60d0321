/**
 * Families in a cast: a married couple who share a surname and are told apart by their titles,
 * and family words ("Dad", "her father", "Mom") for the people the cast names. The stories here
 * are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

const COUPLE = `Mr. Pruitt came down to breakfast late. His wife was already at the table with the post.

"You slept badly," said Mrs. Pruitt.

"The dog was barking half the night," Pruitt said. He poured himself some tea.

"I heard nothing."

"You never do." He opened the paper.

Mrs. Pruitt put down her letter. "Your sister is coming on Friday."

"Is she," said Pruitt.

"She writes that she will stay a week."

Pruitt groaned. "A week!"

"Be kind, Walter. She has nobody else."

He folded the paper and looked at her. "I am always kind."

"You are always kind to the dog," she said.`;

const HE = "Walter Pruitt";
const SHE = "June Pruitt";
const COUPLE_SPEAKERS = [SHE, HE, SHE, HE, SHE, HE, SHE, HE, SHE, HE, SHE];

const speakers = (text: string, cast: Character[]): (string | null)[] =>
  analyzeStory(text, { file: "story.txt", cast }).quotes.map((q) => q.speaker);

describe("a married couple in the cast", () => {
  it("takes each one's sex from a titled alias, so 'he' and 'she' find them", () => {
    const cast = [person(HE, "Mr. Pruitt"), person(SHE, "Mrs. Pruitt")];
    expect(speakers(COUPLE, cast)).toEqual(COUPLE_SPEAKERS);
  });

  it("links 'Mr. Pruitt' and 'Mrs. Pruitt' to a cast that gives only full names", () => {
    const cast = [person(HE), person(SHE)];
    const analysis = analyzeStory(COUPLE, { file: "story.txt", cast });
    // No third and fourth person beside the two given.
    expect(analysis.characters.map((c) => c.name)).toEqual([HE, SHE]);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(COUPLE_SPEAKERS);
  });
});
