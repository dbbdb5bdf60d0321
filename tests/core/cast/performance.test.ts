import { describe, expect, it } from "vitest";
import { parseStory } from "../../../core/story";
import { countWords } from "../../../core/words";
import { findQuotes } from "../../../core/cast/quotes";
import { findMentions } from "../../../core/cast/mentions";
import { attributeSpeakers } from "../../../core/cast/speakers";
import { bundled, readText } from "./helpers";

describe("cast analysis at 300,000 words", () => {
  it("finds quotes, mentions and speakers of the bundled story repeated 100x in under a second", () => {
    const raw = readText("documents/story.txt").trimEnd();
    const story = parseStory(Array(100).fill(raw).join("\n\n"));
    const words = story.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
    expect(words).toBeGreaterThanOrEqual(295_000);
    const cast = bundled().gold.characters;
    let best = Infinity;
    // Best of five: the machine is shared; the budget is for the code, not the neighbours.
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      const quotes = findQuotes(story);
      findMentions(story, cast);
      const attributed = attributeSpeakers(story, quotes, cast);
      best = Math.min(best, performance.now() - start);
      expect(attributed).toHaveLength(5000);
    }
    // Measured at about 300 ms on an idle machine; the guard is looser so a loaded CI box does
    // not fail it, while a quadratic slip (seconds) still does.
    expect(best).toBeLessThan(1500);
  });
});
