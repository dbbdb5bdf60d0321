/**
 * The cast file a writer gives (`--cast`, the app's cast): strict validation, and the narrator
 * flag that names who "I" is in a first-person story.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../core/analyze";
import { parseCastFile } from "../../core/cast-file";

const cast = (...characters: unknown[]) => JSON.stringify({ characters });

describe("a cast file", () => {
  it("reads the narrator flag and keeps it off characters without one", () => {
    const parsed = parseCastFile(
      cast({ name: "Cal", narrator: true }, { name: "Rosa", aliases: ["Ro"], voice: "american" }),
    );
    expect(parsed.ok && parsed.characters).toEqual([
      { name: "Cal", aliases: [], voice: "unknown", narrator: true },
      { name: "Rosa", aliases: ["Ro"], voice: "american" },
    ]);
  });

  it("refuses a narrator flag that is not true or false, saying which field", () => {
    const parsed = parseCastFile(cast({ name: "Cal", narrator: "yes" }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/narrator must be true or false/);
  });

  it("makes the marked narrator the speaker of 'I said' and the POV of first-person scenes", () => {
    const text = [
      "I walked down to the harbour before dawn. I wanted to see the boats go out, and I wanted to be alone.",
      '"Early," said Rosa, when I reached the sea wall.',
      '"Couldn\'t sleep," I said.',
      "I sat beside her and watched the lights. I counted the boats as they passed the point.",
    ].join("\n\n");
    const characters = [
      { name: "Cal", aliases: [], voice: "unknown" as const, narrator: true },
      { name: "Rosa", aliases: [], voice: "unknown" as const },
    ];
    const analysis = analyzeStory(text, { file: "harbour.txt", cast: characters });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Rosa", "Cal"]);
    expect(analysis.scenes.map((s) => s.pov)).toEqual(["Cal"]);
    const unnamed = analyzeStory(text, {
      file: "harbour.txt",
      cast: characters.map(({ name, aliases, voice }) => ({ name, aliases, voice })),
    });
    expect(unnamed.quotes.map((q) => q.speaker)).toEqual(["Rosa", "narrator"]);
    expect(unnamed.scenes.map((s) => s.pov)).toEqual(["narrator"]);
  });
});
