import { describe, expect, it } from "vitest";
import { TextCache, TextPool } from "../../core/text-cache";
import { StoryAnalyzer } from "../../core/analyzer";

describe("TextCache over many passes", () => {
  it("lets go of texts no recent pass used, once past its bound", () => {
    const cache = new TextCache<number>();
    let computed = 0;
    const compute = () => ++computed;
    for (let pass = 0; pass < 100; pass++) {
      cache.nextPass(20);
      // Ten texts every pass uses, and one each pass leaves behind (an edited paragraph's).
      for (let i = 0; i < 10; i++) cache.get(`kept ${i}`, compute);
      cache.get(`edit ${pass}`, compute);
      expect(cache.size).toBeLessThanOrEqual(20 + 1);
    }
    // The ten kept texts were computed once, on the first pass, and never swept.
    expect(computed).toBe(10 + 100);
  });

  it("keeps a text a pass skipped for the pass after", () => {
    const cache = new TextCache<number>();
    let computed = 0;
    cache.nextPass(0);
    cache.get("skipped once", () => ++computed);
    cache.nextPass(0);
    cache.nextPass(0);
    cache.get("skipped once", () => ++computed);
    expect(computed).toBe(1);
  });
});

describe("TextPool", () => {
  it("gives the same text back, one copy for every sighting", () => {
    const pool = new TextPool();
    const story = "First paragraph here.\n\nSecond paragraph, a slice of the story.";
    const a = pool.own(story.slice(23));
    const b = pool.own(`Second paragraph, a slice of the story.`);
    expect(a).toBe("Second paragraph, a slice of the story.");
    expect(b).toBe(a);
    expect(pool.size).toBe(1);
  });
});

describe("StoryAnalyzer over a long session of edits", () => {
  it("holds texts in proportion to the story, not to the edits made", () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `"Is it ${i} already?" asked Anna. Tom shook his head and looked at the clock.`,
    );
    const analyzer = new StoryAnalyzer();
    let last = null as ReturnType<StoryAnalyzer["analyze"]> | null;
    // 100 edits leave 100 texts behind, past the bound below: kept, they would fail it.
    for (let edit = 0; edit < 100; edit++) {
      // One word changed in one paragraph: a new text every pass.
      paragraphs[edit % 6] = paragraphs[edit % 6]!.replace(/clock\S*/, `clock${edit}.`);
      last = analyzer.analyze(paragraphs.join("\n\n"));
    }
    // Twice the story's paragraphs plus the sweep's floor (64), and the pass's own new texts.
    expect(analyzer.cachedTexts()).toBeLessThan(2 * 6 + 64 + 8);
    // What the sweeps let go of is read again as a fresh analyzer reads it.
    expect(last).toEqual(new StoryAnalyzer().analyze(paragraphs.join("\n\n")));
  });
});
