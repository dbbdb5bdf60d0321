import { describe, expect, it } from "vitest";
import { placeNouns, wordRuns } from "../../../core/scenes/word-runs";

const nouns = placeNouns(["bar", "barn", "café", "street"], "barn|bar|café|street")!;

describe("wordRuns", () => {
  it("finds a place noun only as a whole run of letters, any case, each once", () => {
    const runs = wordRuns("The BAR by the barns, a Bar-stool, the barn and the bar.", nouns);
    expect(runs.places).toEqual(["bar", "barn"]);
  });

  it("leaves a run that is not plain ASCII to the regex's case folding", () => {
    // "ſ" (long s) folds to "s" in a case-insensitive regex; toLowerCase keeps it.
    expect(wordRuns("the ſtreet and the CAFÉ", nouns).places).toEqual(["ſtreet", "café"]);
  });

  it("reads a capitalised word as its capital and the small letters after it", () => {
    const runs = wordRuns("McDonald met José, NASA and Émile; McDonald again. x Ab3", nouns);
    expect(runs.capitalised).toEqual(["Mc", "José", "Émile", "Ab"]);
  });

  it("reads letters outside the BMP as one character each", () => {
    expect(wordRuns("\u{1d400}bc bar", nouns).capitalised).toEqual(["\u{1d400}bc"]);
  });

  it("is not made for nouns that are not small letters only", () => {
    expect(placeNouns(["living room"], "living room")).toBeNull();
  });
});
