/**
 * "her grandpa", "my nan", "his mama": every family word the cast's names may be ("Grandpa",
 * "Nan") is a person noun after a possessive too, as "her mother" always was. Read as no one,
 * "Her grandpa sat down" put no man in view, and the "he said" after it went to no one. A
 * listed "Grandpa" the narration names takes his sex from the word (genders.ts).
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { person, speakersOf } from "./helpers";

describe("a family word after a possessive", () => {
  it("brings the listed grandparent into view for the pronoun tag after it", () => {
    const speakers = speakersOf(
      [person("Tess"), person("Mom"), person("Grandpa")],
      "Tess dropped her bag by the door.",
      "“Is the heater fixed?” Tess asked.",
      "Her grandpa was kneeling by the radiator with a screwdriver in one hand.",
      "“Nearly,” he said.",
    );
    expect(speakers).toEqual(["Tess", "Grandpa"]);
  });

  it("gives a listed Grandpa, whom the narration names, the pronoun tag", () => {
    const speakers = speakersOf(
      [person("Tess"), person("Mom"), person("Grandpa")],
      "Grandpa sat down across from Tess with the paper.",
      "“Is the heater fixed?” Tess asked.",
      "“Nearly,” he said.",
    );
    expect(speakers).toEqual(["Tess", "Grandpa"]);
  });

  it("is the discovered Nan, in a first-person story without a cast", () => {
    const text = [
      "My nan was at the sink when I came in, her sleeves pushed up.",
      "‘You’re late,’ she said.",
      "‘The bus broke down, Nan.’",
      "‘Nan, he always says that,’ said Ruby.",
      "My nan dried her hands and looked at the clock.",
      "‘Sit down, both of you,’ she said.",
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "nan.txt" });
    expect(analysis.characters.map((c) => c.name)).toContain("Nan");
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Nan", "narrator", "Ruby", "Nan"]);
  });
});
