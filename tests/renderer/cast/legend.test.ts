import { describe, expect, it } from "vitest";
import { legendEntries } from "../../../renderer/cast/legend";

const character = (name: string, mentions: number) => ({
  name,
  aliases: [],
  voice: "unknown" as const,
  mentions,
  scenes: [],
});
const quote = (speaker: string | null) => ({
  from: 0,
  to: 1,
  paragraph: 0,
  index: 0,
  text: "x",
  speaker,
  confidence: 0.9,
});
const colours: Record<string, string> = { Ann: "#a00", "the lady": "#0a0", Bo: "#00a", Cy: "#aa0" };

describe("the colour legend", () => {
  it("lists those who speak or are named, in the analysis's order, with their colours", () => {
    const analysis = {
      // "the lady" lost her only line to Ann; Bo speaks but is never named; Cy is named, silent.
      characters: [
        character("Ann", 3),
        character("the lady", 0),
        character("Bo", 0),
        character("Cy", 2),
      ],
      quotes: [quote("Ann"), quote("Bo"), quote(null)],
    };
    expect(legendEntries(analysis, (n) => colours[n])).toEqual([
      { name: "Ann", color: "#a00" },
      { name: "Bo", color: "#00a" },
      { name: "Cy", color: "#aa0" },
    ]);
  });

  it("leaves out a character with no colour, and shows nothing before the first analysis", () => {
    const analysis = { characters: [character("Dee", 4)], quotes: [quote("Dee")] };
    expect(legendEntries(analysis, (n) => colours[n])).toEqual([]);
    expect(legendEntries(null, (n) => colours[n])).toEqual([]);
  });
});
