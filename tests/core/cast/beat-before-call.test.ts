/**
 * A beat leading into a line that opens by calling someone ('"Sir." He turned a page. "Mr
 * Dorsey, what colour was it?"') is the line's speaker's: its pronoun never means the one the
 * line calls. The stories here are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

const CAST = [
  person("Edward Dorsey", "Mr Dorsey", "Dorsey"),
  person("Priya Kaur", "Inspector Kaur", "Kaur"),
  person("Leo Platt", "Sergeant Platt", "Platt"),
];

const speakers = (text: string): (string | null)[] =>
  analyzeStory(text, { file: "story.txt", cast: CAST }).quotes.map((q) => q.speaker);

describe("a beat before a line that calls someone by name", () => {
  it("is not the one called, however salient", () => {
    const text = `Sergeant Platt stood by the door. Inspector Kaur sat across the table from Mr Dorsey.

"Tell us about the car," said Kaur.

"It was parked at the bottom of the lane," Dorsey said. "A man sat in it for two hours."

"Sir." He turned a page. "Mr Dorsey, what colour was it?"`;
    expect(speakers(text).slice(-2)).toEqual(["Leo Platt", "Leo Platt"]);
  });

  it("still is the one a line called before it, who answers", () => {
    const text = `Sergeant Platt stood by the door. Inspector Kaur sat across the table from Mr Dorsey.

"Mr Dorsey, what colour was the car?" said Kaur.

He frowned at the window. "Blue. Dark blue."`;
    expect(speakers(text).at(-1)).toBe("Edward Dorsey");
  });
});
