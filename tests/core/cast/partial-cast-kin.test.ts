/**
 * The app's cast is partial: it holds only the characters the writer has touched, beside those
 * found. A family word found acting in the narration ("Grandpa set down the paper") must stay a
 * character when the writer adopts someone else; read as a whole cast, the one adopted member
 * turned Grandpa into "the grandfather" and moved his lines.
 */
import { describe, expect, it } from "vitest";
import { StoryAnalyzer } from "../../../core/analyzer";
import { person } from "./helpers";

const STORY = [
  "Grandpa set down the paper and looked at the clock over the stove.",
  "“You’re late,” said her grandfather.",
  "Tess dropped her bag by the door. Grandpa folded his glasses.",
  "“The bus broke down,” Tess said.",
  "Grandpa nodded slowly and went back to the crossword.",
  "“Seven across,” said her grandfather. “A river in Egypt.”",
].join("\n\n");

const names = (cast: readonly { name: string }[]): string[] => cast.map((c) => c.name);

describe("family words beside a partial cast", () => {
  it("keeps a found Grandpa when the writer has adopted only someone else", () => {
    const found = names(new StoryAnalyzer().analyze(STORY).characters);
    expect(found).toContain("Grandpa");
    const partial = new StoryAnalyzer({ cast: [person("Tess")], castIsPartial: true });
    expect(names(partial.analyze(STORY).characters)).toContain("Grandpa");
  });

  it("gives his tagged lines to the same Grandpa as with no cast", () => {
    const speakers = (a: StoryAnalyzer) =>
      a
        .analyze(STORY)
        .quotes.filter((q) => q.paragraph !== 3)
        .map((q) => q.speaker);
    const partial = new StoryAnalyzer({ cast: [person("Tess")], castIsPartial: true });
    expect(speakers(partial)).toEqual(speakers(new StoryAnalyzer()));
    expect(speakers(partial)).toContain("Grandpa");
  });
});
