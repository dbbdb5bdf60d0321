import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";

// A big input, so an integration test. Its speed is printed, not asserted: a wall-clock budget
// fails on a busy machine and belongs to `npm run bench`. The timeout still stops a quadratic
// step: on the loaded 2-core machine it took 28-38 s before (a per-sentence map of every
// mention, one regex alternation of 8,000 names, a scene filter per character), 2-3 s after.
describe("one very long paragraph", () => {
  it(
    'analyses 8,000 "WordN said Anna." sentences (8,000 names) and counts every mention',
    { timeout: 20_000 },
    () => {
      // Every "WordN" is a capitalised word before a speech verb: the cast grows with the text.
      const text = Array.from({ length: 8000 }, (_, i) => `Word${i} said Anna.`).join(" ") + "\n";
      const start = performance.now();
      const analysis = analyzeStory(text, { file: "long.txt" });
      console.log(
        `8,000-sentence paragraph analysed in ${Math.round(performance.now() - start)} ms`,
      );
      const mentions = analysis.characters.reduce((n, c) => n + c.mentions, 0);
      expect(mentions).toBeGreaterThanOrEqual(8000);
    },
  );
});
