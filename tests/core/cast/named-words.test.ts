import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { isNamedWords } from "../../../core/cast/named-words";
import { quotesInParagraph } from "../../../core/cast/quotes";

/** Whether each quote of a one-paragraph text is words the narration names. */
function named(text: string): boolean[] {
  return quotesInParagraph(text, "double").map((q) => isNamedWords(text, q));
}

const cast = ["Tom", "Ann"].map((name) => ({ name, aliases: [], voice: "unknown" as const }));

describe("words the narration names", () => {
  it("follow a naming cue, whatever comes after them", () => {
    expect(named('The shed was called "the annex." Nobody went there.')).toEqual([true]);
    expect(named('She was known to her brothers as "Button." She hated it.')).toEqual([true]);
    expect(named('On the lid was the word "Fragile." He lifted it anyway.')).toEqual([true]);
    expect(named('He wrote a pamphlet entitled "Notes on Rain." It sold well.')).toEqual([true]);
    expect(named('Ann described the smell as "wet dog and old pennies." Tom laughed.')).toEqual([
      true,
    ]);
    expect(named('He had, as the saying goes, "seen better days" by then.')).toEqual([true]);
  });

  it("are not a line: a comma after the verb, a cry, a question or a long speech", () => {
    expect(named('Ann called, "Come in." Tom came.')).toEqual([false]);
    expect(named('She was ready to call out "Stop him!" at once.')).toEqual([false]);
    expect(named('What they called "the end?" Nobody knew.')).toEqual([false]);
    expect(
      named('Tom named "the one with the red roof and the long garden behind it." Ann nodded.'),
    ).toEqual([false]);
    expect(named('"The annex," said Tom.')).toEqual([false]);
  });

  it("are left out of the listed quotes", () => {
    const text = [
      'Tom kept a notebook he called "the ledger." It went everywhere with him.',
      '"Where is it?" asked Ann.',
    ].join("\n\n");
    const a = analyzeStory(text, { file: "ledger.txt", cast });
    expect(a.quotes.map((q) => [q.paragraph, q.index, q.text])).toEqual([[1, 0, "Where is it?"]]);
  });

  it("take no turn: the lines after them go on alternating from the last speaker", () => {
    const text = [
      '"Is the van here?" asked Tom.',
      '"Not yet," said Ann.',
      'The radio had described the weather as "settled, with a chance of drizzle."',
      '"Then we wait."',
      '"For how long?"',
    ].join("\n\n");
    const a = analyzeStory(text, { file: "van.txt", cast });
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Tom", "Ann", "Tom", "Ann"]);
  });
});
