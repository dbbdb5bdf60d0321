import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";

// A greeting opening a line before a vocative ("Hiya, Dad.") sits where a name would sit in
// "Zoe, Dad." and is capitalised there; said twice it was listed as a character and took the
// lines of the person who was called. A greeting is never a person on its own.
describe("greetings that open a line before a vocative", () => {
  const call = [
    "She rang her dad. It rang six times before he picked up.",
    "‘Hello? Zoe?’",
    "‘Hiya, Dad.’",
    "‘Are you all right? It’s ten o’clock.’",
    "‘I’m at Crewe. The train’s cancelled.’",
    "There was a muffled noise, and the phone was taken off him.",
    "‘Zoe? It’s Mum. Why are you at Crewe?’",
    "‘Hiya, Mum. Because the train stopped here.’",
    "‘Howdy, Mum,’ she said again, to make her laugh.",
    "‘Why did it stop there?’",
  ];
  const cast = [
    { name: "Zoe", aliases: [], voice: "unknown" },
    { name: "Dad", aliases: [], voice: "unknown" },
    { name: "Mum", aliases: [], voice: "unknown" },
  ] as const;

  for (const [label, given] of [
    ["with a cast", cast],
    ["without a cast", undefined],
  ] as const) {
    it(`lists no 'Hiya' or 'Howdy' ${label}, and gives no line to one`, () => {
      const analysis = analyzeStory(call.join("\n\n"), { file: "call.txt", cast: given });
      const names = analysis.characters.map((c) => c.name);
      expect(names).not.toContain("Hiya");
      expect(names).not.toContain("Howdy");
      const speakers = analysis.quotes.map((q) => q.speaker);
      expect(speakers).not.toContain("Hiya");
      expect(speakers).not.toContain("Howdy");
    });
  }
});
