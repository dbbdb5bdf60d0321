import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";

// Radio talk answers with procedure words ("Copy, Control.", "Affirmative, Sergeant."): they open
// a line before a call sign or a title where a name would stand ("Jess, Control."), and said
// twice "Copy" was listed as a character and took the answering officer's lines.
describe("radio procedure words that open a line", () => {
  const radio = [
    "The radio on the dashboard hissed. Okafor reached for the handset.",
    '"Twelve, this is Control. Where are you now?"',
    '"Copy, Control. Heading north on Mill Road."',
    '"Suspect vehicle is a blue van. Stay back and report."',
    '"Copy that. Blue van."',
    '"Twelve, do you have eyes on it?"',
    '"Affirmative, Control. Two cars ahead of me."',
    '"Copy, Twelve. Units on their way."',
  ];
  const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });
  const cast = [person("Okafor"), person("Control")];

  for (const [label, given] of [
    ["with a cast", cast],
    ["without a cast", undefined],
  ] as const) {
    it(`lists no 'Copy' or 'Affirmative' ${label}, and gives no line to one`, () => {
      const analysis = analyzeStory(radio.join("\n\n"), { file: "radio.txt", cast: given });
      const names = analysis.characters.map((c) => c.name);
      expect(names).not.toContain("Copy");
      expect(names).not.toContain("Affirmative");
      const speakers = analysis.quotes.map((q) => q.speaker);
      expect(speakers).not.toContain("Copy");
      expect(speakers).not.toContain("Affirmative");
    });
  }
});
