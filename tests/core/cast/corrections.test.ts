import { describe, expect, it } from "vitest";
import { applyCorrections, paragraphHash, withNarratorNamed } from "../../../core/cast/corrections";

describe("speaker corrections", () => {
  const paragraphs = ['"Come in," said Maud. "Sit."', "Tobias sat.", '"Come in," he said.'];
  const quote = (paragraph: number, from: number, to: number, speaker: string | null) => ({
    paragraph,
    index: 0,
    from,
    to,
    speaker,
    confidence: 0.4,
  });
  const quotes = [
    quote(0, 1, 9, "Maud"),
    { ...quote(0, 23, 27, "Maud"), index: 1 },
    quote(2, 1, 9, "Tobias"),
  ];

  it("wins over attribution for the exact paragraph and words, and only there", () => {
    const fixed = applyCorrections(quotes, (p) => paragraphs[p]!, [
      { paragraph: paragraphHash(paragraphs[2]!), quote: "Come in,", speaker: "Maud" },
    ]);
    expect(fixed.map((q) => q.speaker)).toEqual(["Maud", "Maud", "Maud"]);
    expect(fixed[2]).toMatchObject({ corrected: true, confidence: 1 });
    expect(fixed[0]!.corrected).toBeUndefined();
  });

  it("follows the words after the paragraph was edited, when they occur once", () => {
    const edited = [...paragraphs];
    edited[0] = '"Come in," said Maud quietly. "Sit."';
    const sit = edited[0].indexOf("Sit.");
    const reread = [quotes[0]!, { ...quotes[1]!, from: sit, to: sit + 4 }, quotes[2]!];
    const fixed = applyCorrections(reread, (p) => edited[p]!, [
      { paragraph: paragraphHash(paragraphs[0]!), quote: "Sit.", speaker: "Tobias" },
    ]);
    expect(fixed[1]!.speaker).toBe("Tobias");
    // "Come in," occurs twice: an edited paragraph's correction cannot tell which one it was.
    const ambiguous = applyCorrections(reread, (p) => edited[p]!, [
      { paragraph: paragraphHash(paragraphs[0]!), quote: "Come in,", speaker: "Tobias" },
    ]);
    expect(ambiguous.map((q) => q.speaker)).toEqual(["Maud", "Maud", "Tobias"]);
  });

  it("gives the rest of the line's paragraph to the chosen speaker where attribution only guessed", () => {
    // A tag between two quotes of one speaker: the second is the same speaker's, guessed less surely.
    const text = '"Maybe one," she said. "You want some? It is bloody awful."';
    const guessed = [
      { ...quote(0, 1, 11, "Dennis"), confidence: 0.8 },
      { ...quote(0, 24, 58, "Dennis"), index: 1, confidence: 0.8 },
    ];
    const fixed = applyCorrections(guessed, () => text, [
      { paragraph: paragraphHash(text), quote: "Maybe one,", speaker: "Tyler" },
    ]);
    expect(fixed.map((q) => q.speaker)).toEqual(["Tyler", "Tyler"]);
    expect(fixed[1]).toMatchObject({ corrected: true, confidence: 1 });
  });

  // qrev-30: a carried line was told apart from the writer's own by nothing, so its card said
  // "your choice" of a line the writer never chose (on LitBank's gold, carrying the first wrong
  // line's correction of each paragraph made 26 lines right and 8 right lines wrong).
  it("tells a carried line from the line the writer chose", () => {
    const text = '"Maybe one," she said. "You want some?"';
    const guessed = [
      { ...quote(0, 1, 11, "Dennis"), confidence: 0.8 },
      { ...quote(0, 24, 38, "Dennis"), index: 1, confidence: 0.8 },
    ];
    const fixed = applyCorrections(guessed, () => text, [
      { paragraph: paragraphHash(text), quote: "Maybe one,", speaker: "Tyler" },
    ]);
    expect(fixed.map((q) => [q.corrected, q.carried])).toEqual([
      [true, undefined],
      [true, true],
    ]);
    // Chosen in its turn, the carried line is the writer's own.
    const both = applyCorrections(guessed, () => text, [
      { paragraph: paragraphHash(text), quote: "Maybe one,", speaker: "Tyler" },
      { paragraph: paragraphHash(text), quote: "You want some?", speaker: "Tyler" },
    ]);
    expect(both.map((q) => q.carried)).toEqual([undefined, undefined]);
  });

  it("leaves the paragraph's other quotes alone where a tag names their speaker or another speaks", () => {
    const text = paragraphs[0]!;
    const tagged = [
      { ...quotes[0]!, confidence: 0.95 },
      { ...quotes[1]!, confidence: 0.8 },
    ];
    const sit = applyCorrections(tagged, () => text, [
      { paragraph: paragraphHash(text), quote: "Sit.", speaker: "Tobias" },
    ]);
    expect(sit.map((q) => q.speaker)).toEqual(["Maud", "Tobias"]);
    const other = [tagged[0]!, { ...tagged[1]!, speaker: "Ada" }];
    const come = applyCorrections(other, () => text, [
      { paragraph: paragraphHash(text), quote: "Come in,", speaker: "Tobias" },
    ]);
    expect(come.map((q) => q.speaker)).toEqual(["Tobias", "Ada"]);
  });

  // qrev-30: the editor applies corrections twice (inside the speaker walk, then to its answer);
  // the second pass read the corrected line's speaker as the guess it replaced and marked the
  // paragraph's other guesses of that speaker "your choice".
  it("marks no line the writer's choice that the choice did not change, however often applied", () => {
    const text = '"Maybe one," she said. "You want some?"';
    const guessed = [
      { ...quote(0, 1, 11, "Dennis"), confidence: 0.8 },
      { ...quote(0, 24, 38, "Tyler"), index: 1, confidence: 0.6 },
    ];
    const tyler = [{ paragraph: paragraphHash(text), quote: "Maybe one,", speaker: "Tyler" }];
    const once = applyCorrections(guessed, () => text, tyler);
    expect(once[1]!.corrected).toBeUndefined();
    expect(applyCorrections(once, () => text, tyler)).toEqual(once);
    // Confirming the guess of one line says nothing of the paragraph's other guessed lines.
    const confirmed = applyCorrections(guessed, () => text, [
      { ...tyler[0]!, quote: "You want some?" },
    ]);
    expect(confirmed.map((q) => q.corrected)).toEqual([undefined, true]);
  });
});

describe("lines given to the unnamed narrator", () => {
  const given = [
    { paragraph: "a.1", quote: "I passed.", speaker: "narrator" },
    { paragraph: "b.1", quote: "Sit.", speaker: "Maud" },
    { paragraph: "c.1", quote: "No.", speaker: null },
  ];

  it("are the cast's narrator's once the writer names one, and only those lines", () => {
    const cast = [{ name: "Maud" }, { name: "Jess", narrator: true }];
    expect(withNarratorNamed(given, cast, "narrator").map((c) => c.speaker)).toEqual([
      "Jess",
      "Maud",
      null,
    ]);
  });

  it("stay as given while the cast names no narrator, or names two", () => {
    expect(withNarratorNamed(given, [{ name: "Maud" }], "narrator")).toEqual(given);
    const two = [
      { name: "Jess", narrator: true },
      { name: "Maud", narrator: true },
    ];
    expect(withNarratorNamed(given, two, "narrator")).toEqual(given);
  });

  // qrev-30: the Cast panel names a narrator with the alias "I" (qa-30 made the outline and the
  // card read it), yet a line the writer had given to "narrator" stayed with no one's card.
  it('are the narrator\'s the cast names with the alias "I" or "narrator" too', () => {
    for (const alias of ["I", "narrator"]) {
      const cast = [
        { name: "Maud", aliases: [] },
        { name: "Jess", aliases: [alias] },
      ];
      expect(withNarratorNamed(given, cast, "narrator").map((c) => c.speaker)).toEqual([
        "Jess",
        "Maud",
        null,
      ]);
    }
  });
});
