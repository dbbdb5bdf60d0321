import { describe, expect, it } from "vitest";
import { StoryAnalyzer } from "../../core/analyzer";

/** Forty paragraphs, each a tagged line; the one at `edited` says something else. */
function story(edited = -1): string {
  return Array.from({ length: 40 }, (_, i) =>
    i === edited
      ? `"Not today, Ann," said Tom at the door.`
      : `"It is ${i} o'clock, Tom," said Ann. She looked at the clock they called "the old ${i}."`,
  ).join("\n\n");
}

// Which quotes a paragraph speaks and which are narration (a regex per quote each) are kept
// by the paragraph's text from one pass to the next.
describe("the spoken quotes kept by paragraph", () => {
  it("reads only the edited paragraph's quotes again in the pass after an edit", () => {
    const analyzer = new StoryAnalyzer();
    analyzer.analyze(story());
    expect(analyzer.spokenReads).toBe(40);
    analyzer.analyze(story(20));
    expect(analyzer.spokenReads).toBe(41);
    // The edit undone: the old text is still kept.
    analyzer.analyze(story());
    expect(analyzer.spokenReads).toBe(41);
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
