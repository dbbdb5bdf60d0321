import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { StoryAnalyzer } from "../../../core/analyzer";
import { isScareQuote } from "../../../core/cast/scare-quotes";
import { quotesInParagraph } from "../../../core/cast/quotes";
import { parseStory } from "../../../core/story";

const lines = (a: { quotes: readonly { index: number; text: string }[] }): [number, string][] =>
  a.quotes.map((q) => [q.index, q.text]);

const cast = ["Tom", "Ann", "Bo"].map((name) => ({
  name,
  aliases: [],
  voice: "unknown" as const,
}));

/** Whether each quote of a one-paragraph text (all its quote marks) reads as a scare quote. */
function scare(text: string): boolean[] {
  return quotesInParagraph(text, "double").map((q) =>
    isScareQuote(text, 0, { ...q, paragraph: 0, index: 0, text: text.slice(q.from, q.to) }),
  );
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

  it("is no line of dialogue in the listing: left out, the paragraph's quotes counted again", () => {
    const text = [
      'Tom read the jar, marked "jam" in red, and frowned. "Empty," he said.',
      '"Try the next one," said Ann.',
    ].join("\n\n");
    const a = analyzeStory(text, { file: "jar.txt", cast });
    expect(lines(a)).toEqual([
      [0, "Empty,"],
      [0, "Try the next one,"],
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Tom", "Ann"]);
  });

  it("stays out of the listing on the fast path after an edit", () => {
    const before = ["Bo sat down.", '"Hello," said Ann.'];
    const after = ["Bo sat down.", 'Bo ate his "famous pie" and smiled. "Good," he said.'];
    const analyzer = new StoryAnalyzer({ cast });
    analyzer.analyze(before.join("\n\n"), "pie.txt");
    const updated = analyzer.update(parseStory(after.join("\n\n")), {
      start: 1,
      deleteCount: 1,
      insertCount: 1,
    })!;
    expect(lines(updated)).toEqual([[0, "Good,"]]);
    expect(lines(updated)).toEqual(lines(new StoryAnalyzer({ cast }).analyze(after.join("\n\n"))));
  });
});
