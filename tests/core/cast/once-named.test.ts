import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";

// A name no given-name list holds, written once as the subject of a deed, then carried by
// "she": without a cast, the "she said" lines need her.
const story = (name: string, verb = "closed"): string =>
  [
    `${name} ${verb} the gate behind her and stood in the lane.`,
    '"You took your time," Corwen said.',
    '"The bus was late," she said. "It always is on a Sunday."',
    '"Every day of the week," Corwen said.',
    '"Then walk," she said.',
  ].join("\n\n");

describe("a woman the narration names once, then calls 'she' (no cast)", () => {
  it("is listed, and the 'she said' lines are hers", () => {
    const analysis = analyzeStory(story("Tamsin"), { file: "lane.txt" });
    expect(analysis.characters.map((c) => c.name)).toContain("Tamsin");
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "Corwen",
      "Tamsin",
      "Tamsin",
      "Corwen",
      "Tamsin",
    ]);
  });

  it("is not taken from a word that only opens a sentence with 'had' or 'did'", () => {
    const analysis = analyzeStory(story("Presently", "had"), { file: "lane.txt" });
    expect(analysis.characters.map((c) => c.name)).not.toContain("Presently");
  });

  it("is not taken from a word the story also writes in lowercase", () => {
    const text = story("Ember") + "\n\nThe ember in the grate went out.";
    const analysis = analyzeStory(text, { file: "lane.txt" });
    expect(analysis.characters.map((c) => c.name)).not.toContain("Ember");
  });

  it("is not taken when two such words could be her", () => {
    const text = "Bronagh walked in. Ailsa sat down.\n\n" + story("Tamsin");
    const analysis = analyzeStory(text, { file: "lane.txt" });
    const names = analysis.characters.map((c) => c.name);
    expect(names).not.toContain("Tamsin");
  });
});
