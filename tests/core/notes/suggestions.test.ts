import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEARCH_BUDGET, suggestSpelling } from "../../../core/notes";
import { speller } from "./helpers";

const sp = speller(["Hermione Granger", "Rook"]);

/** Lines of a fixture list, without its comment lines. */
const lines = (file: string): string[] =>
  readFileSync(`tests/fixtures/spelling/${file}`, "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"));

describe("suggestions for a misspelt word", () => {
  it("gives up on a word no dictionary word is near once the search spends its budget", () => {
    // Every edit of every edit of "qxzw": 2.9 million lookups in both dictionaries unbounded.
    const budget = { left: SEARCH_BUDGET };
    expect(sp.dictionarySuggestions("qxzw", budget)).toEqual([]);
    // Spent in the first dictionary: the second is not searched (one lookup past the budget).
    expect(budget.left).toBe(-1);
    // The speller is whole after a search stopped halfway: it checks and suggests as before.
    expect(sp.isCorrect("colour")).toBe(true);
    expect(sp.isCorrect("qxzw")).toBe(false);
    expect(suggestSpelling("recieve", sp)).toContain("receive");
  });

  it("still reaches the second round of edits within the budget, and not within much less", () => {
    // "probly" is two edits from "probably": no single edit of it is a word.
    expect(suggestSpelling("probly", sp)).toContain("probably");
    expect(sp.dictionarySuggestions("probly", { left: 20_000 })).not.toContain("probably");
  });

  it("finds the word meant for real misspellings as the unbounded search did", () => {
    // Every fourth of the list's 219 (all of them cost about 5 s of CPU): the search found the
    // word meant for 51 of these 55 with and without the budget (of the 219: 201, and 203 with
    // the swapped letters first).
    const rows = lines("misspellings.tsv")
      .filter((_, i) => i % 4 === 0)
      .map((line) => line.split("\t") as [string, string]);
    expect(rows.length).toBe(55);
    const found = rows.filter(([typo, meant]) => {
      const offered = suggestSpelling(typo, sp).map((s) => s.toLowerCase());
      return meant.split("|").some((word) => offered.includes(word));
    });
    expect(found.length).toBeGreaterThanOrEqual(51);
  });

  it("offers first the word two swapped letters make", () => {
    // nspell ranks "the" ninth of "teh"'s single edits, after ten, eh, meh, tea...: out of the
    // card's eight.
    expect(suggestSpelling("teh", sp)[0]).toBe("the");
    expect(suggestSpelling("hte", sp)[0]).toBe("the");
    expect(suggestSpelling("wierd", sp)[0]).toBe("weird");
  });

  it("offers the story's own words near the typo first, as written", () => {
    expect(suggestSpelling("Hermoine", sp)[0]).toBe("Hermione");
    expect(suggestSpelling("hermoine", sp)[0]).toBe("Hermione");
    expect(suggestSpelling("Rok", sp)[0]).toBe("Rook");
    // One edit for a short word: "Rk" is two from Rook.
    expect(suggestSpelling("Rk", sp)).not.toContain("Rook");
  });
});
