import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { goldSpanScenes } from "../../../eval/gold-span-pov";

const person = (name: string, extra: Partial<Character> = {}): Character => ({
  name,
  aliases: [],
  voice: "unknown",
  ...extra,
});

// Anna's scene, then Ben's, then a scene that names no one.
const story = [
  "Anna walked to the station in the rain. Anna wondered whether the train would be late again.",
  "Anna sat on the bench. Anna thought about the letter in her pocket and did not open it.",
  "Ben locked the shop at six. Ben knew the till was short and he counted it twice.",
  "Ben walked home by the canal. Ben remembered the summer the water froze.",
  "The rain stopped at midnight and the street was quiet.",
].join("\n\n");

describe("the POV read over the gold scenes' own paragraphs", () => {
  const cast = [person("Anna"), person("Ben")];

  it("reads each gold span by itself, as if its boundaries were right", () => {
    const scenes = goldSpanScenes(story, cast, [0, 2], 4);
    expect(scenes.map((s) => [s.firstParagraph, s.lastParagraph, s.pov])).toEqual([
      [0, 1, "Anna"],
      [2, 4, "Ben"],
    ]);
  });

  it("gives a span with no sign of whose it is the POV of the span before", () => {
    const scenes = goldSpanScenes(story, cast, [0, 2, 4], 4);
    expect(scenes.map((s) => s.pov)).toEqual(["Anna", "Ben", "Ben"]);
  });

  it("names the cast's narrator for a span told in the first person", () => {
    const told = [
      "I walked to the station in the rain. I wondered whether the train would be late. I sat down.",
      "I locked the shop at six. I knew the till was short and I counted it twice. I went home.",
    ].join("\n\n");
    const scenes = goldSpanScenes(told, [person("Jo", { narrator: true })], [0, 1], 1);
    expect(scenes.map((s) => s.pov)).toEqual(["Jo", "Jo"]);
  });
});
