/**
 * A cast member named by whose they are ("Philip's nurse") is a description, as "The nurse"
 * is: its sex is learnt from the story's pronouns, not taken to be a name's unknown one (which
 * ranks it below every person of known sex), nor the other sex of a member who shares its noun.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { person } from "./helpers";

describe("a cast member named by whose they are", () => {
  it("takes the 'she' that follows the child's nurse, not the last woman named", () => {
    const cast = [person("Philip's nurse"), person("The nurse"), person("Mrs. Carey")];
    const text = [
      "The nurse came in with a tray. She set it down by the bed and went out again.",
      "Mrs. Carey lay with her eyes closed. She did not move.",
      "In a moment the child's nurse came back. She approached the bed.",
      '"Master Philip never woke up," she said.',
    ].join("\n\n");
    const quotes = analyzeStory(text, { file: "nurse.txt", cast }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Philip's nurse"]);
  });
});
