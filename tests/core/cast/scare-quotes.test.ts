import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { isScareQuote } from "../../../core/cast/scare-quotes";
import { findQuotes } from "../../../core/cast/quotes";
import { parseStory } from "../../../core/story";

const cast = ["Tom", "Ann", "Bo"].map((name) => ({
  name,
  aliases: [],
  voice: "unknown" as const,
}));

/** Whether each quote of a one-paragraph text reads as a scare quote. */
function scare(text: string): boolean[] {
  const story = parseStory(text);
  return findQuotes(story).map((q) => isScareQuote(text, 0, q));
}

describe("a scare quote", () => {
  it("is a few words inside a sentence of narration, with no speech verb beside them", () => {
    expect(scare('His inquiries after "poor Ann" and her children were answered.')).toEqual([true]);
    expect(scare('The bottle was not marked "poison," so she drank.')).toEqual([true]);
    expect(scare('It was what is known as "quite a scene".')).toEqual([true]);
  });

  it("is not a line of dialogue: a tag beside it, a paragraph's opening, a question or a cry", () => {
    expect(scare('A baronet who said "Exactly" to all her remarks.')).toEqual([false]);
    expect(scare('"Quite right," said Tom.')).toEqual([false]);
    expect(scare('Tom looked up. "Ann?" and she came in.')).toEqual([false]);
    expect(scare('All the ladies at the table said "Poor child!" at once.')).toEqual([false]);
  });

  it("calls no one: a name in it does not make its bearer answer the next line", () => {
    const text = [
      "Bo and Tom sat by the fire.",
      '"Is it cold out?"',
      'Tom read the note. It was signed "Ann" in a round hand.',
      '"Not cold at all."',
    ].join("\n\n");
    const quotes = analyzeStory(text, { file: "note.txt", cast }).quotes;
    expect(quotes.at(-1)?.speaker).toBe("Tom");
  });
});
