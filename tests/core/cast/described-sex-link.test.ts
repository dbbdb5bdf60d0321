/**
 * A cast member the text writes only as a description ("My sister") takes the description that
 * tags the most lines, when its sex fits: the sex the story's own pronouns gave that
 * description counts, not only the one its noun says ("the child" is a boy when the narration
 * calls the child "he").
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { person } from "./helpers";

describe("linking a tagged description to a described cast member", () => {
  it("does not link a description the story calls 'he' to a woman the cast names 'My sister'", () => {
    const cast = [person("Winterbourne"), person("My sister")];
    const text = [
      "Winterbourne sat on a bench in the garden. A small boy came along the path. He stopped in front of the bench and looked at him.",
      '"Will you give me a lump of sugar?" said the child.',
      '"Yes, take one," said Winterbourne.',
      '"Here comes my sister!" cried the child. He pointed down the path with his stick.',
      "The child ate his sugar. He was a small, sharp boy of nine. The child kicked the bench, and he laughed.",
    ].join("\n\n");
    const speakers = analyzeStory(text, { file: "garden.txt", cast }).quotes.map((q) => q.speaker);
    expect(speakers).not.toContain("My sister");
  });
});
