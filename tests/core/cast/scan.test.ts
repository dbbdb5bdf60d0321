import { describe, expect, it } from "vitest";
import { scanWords } from "../../../core/cast/scan";

describe("scanWords", () => {
  it("joins words across apostrophes, hyphens and inner full stops", () => {
    expect(
      scanWords("Don't, O'Brien! Tsk-tsk A.k.a end. \u2019em rock \u2019n\u2019 roll").map(
        (w) => w.text,
      ),
    ).toEqual(["Don't", "O'Brien", "Tsk-tsk", "A.k.a", "end", "em", "rock", "n", "roll"]);
  });

  it("lowercases every word, including letters after a joiner and beyond ASCII", () => {
    expect(scanWords("O'Brien ÉLAN café").map((w) => w.lower)).toEqual(["o'brien", "élan", "café"]);
  });

  it("shifts offsets and scans only the given range", () => {
    const words = scanWords("ab cd ef", 100, 3, 8);
    expect(words.map((w) => [w.text, w.from, w.to])).toEqual([
      ["cd", 103, 105],
      ["ef", 106, 108],
    ]);
  });
});
