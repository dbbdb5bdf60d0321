import { beforeEach, describe, expect, it, vi } from "vitest";
import { StoryAnalyzer } from "../../core/analyzer";

// Counts the named-words test (a regex per quote), the per-quote work the analyzer keeps by
// paragraph text: which quotes are spoken and which of them are narration.
const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock("../../core/cast/named-words", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../core/cast/named-words")>();
  return {
    ...original,
    isNamedWords: (...args: Parameters<typeof original.isNamedWords>) => {
      calls.n++;
      return original.isNamedWords(...args);
    },
  };
});

/** Forty paragraphs, each a tagged line; the one at `edited` says something else. */
function story(edited = -1): string {
  return Array.from({ length: 40 }, (_, i) =>
    i === edited
      ? `"Not today, Ann," said Tom at the door.`
      : `"It is ${i} o'clock, Tom," said Ann. She looked at the clock they called "the old ${i}."`,
  ).join("\n\n");
}

describe("the spoken quotes kept by paragraph", () => {
  beforeEach(() => {
    calls.n = 0;
  });

  it("reads only the edited paragraph's quotes again in the pass after an edit", () => {
    const analyzer = new StoryAnalyzer();
    const before = analyzer.analyze(story());
    const fullPass = calls.n;
    // Every paragraph's two quotes were tested, at least once each.
    expect(fullPass).toBeGreaterThanOrEqual(80);
    calls.n = 0;
    const after = analyzer.analyze(story(20));
    // The edited paragraph's one quote: whether it is spoken, then whether it is narration.
    expect(calls.n).toBeGreaterThan(0);
    expect(calls.n).toBeLessThanOrEqual(2);
    expect(after.quotes.length).toBe(before.quotes.length);
  });

  it("answers as a fresh analyzer after the edit", () => {
    const analyzer = new StoryAnalyzer();
    analyzer.analyze(story());
    const again = analyzer.analyze(story(20));
    const fresh = new StoryAnalyzer().analyze(story(20));
    expect(again.quotes).toEqual(fresh.quotes);
    // The named words ("the old 3.") are no one's line: one listed quote per paragraph.
    expect(fresh.quotes).toHaveLength(40);
  });
});
