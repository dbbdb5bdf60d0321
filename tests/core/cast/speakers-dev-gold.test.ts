/**
 * The modern dev stories' gold files (tests/fixtures/speakers-dev, speakers-dev-2, -3, -4 and -5) agree with
 * their text as the eval loads it: every quote's text sits at its offsets, in order, in the paragraph and at the
 * index it names, and every speaker is a cast member, so a wrong offset or a misspelt speaker fails here rather
 * than skewing the scores.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GoldQuote } from "../../../eval/speakers";
import { loadStories } from "../../../eval/stories";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");

const DEV_DIRS = [
  "speakers-dev",
  "speakers-dev-2",
  "speakers-dev-3",
  "speakers-dev-4",
  "speakers-dev-5",
];

describe.each(DEV_DIRS)("the %s gold files", (dir) => {
  const DEV = path.join(FIXTURES, dir);

  it("put every quote's text at its offsets, in order, spoken by a cast member", async () => {
    const stories = await loadStories(DEV);
    expect(stories.length).toBeGreaterThanOrEqual(3);
    for (const story of stories) {
      const quotes = story.gold["quotes"] as GoldQuote[];
      const names = new Set(story.cast?.flatMap((c) => [c.name, ...c.aliases]));
      expect(quotes.length, story.name).toBeGreaterThan(20);
      let end = 0;
      for (const q of quotes) {
        expect(story.text.slice(q.from, q.to), `${story.name} at ${q.from}`).toBe(q.text);
        expect(q.from!, `${story.name} at ${q.from}`).toBeGreaterThanOrEqual(end);
        expect(names.has(q.speaker!), `${story.name}: ${q.speaker}`).toBe(true);
        end = q.to!;
      }
    }
  });

  it("count each quote's paragraph (blank-line separated, from 0) and its index within it", async () => {
    const stories = await loadStories(DEV);
    for (const story of stories) {
      const quotes = story.gold["quotes"] as GoldQuote[];
      let paragraph = -1;
      let index = 0;
      for (const q of quotes) {
        const at =
          story.text
            .slice(0, q.from)
            .trimStart()
            .split(/\n\s*\n/).length - 1;
        index = at === paragraph ? index + 1 : 0;
        paragraph = at;
        expect([q.paragraph, q.index], `${story.name} at ${q.from}`).toEqual([at, index]);
      }
    }
  });

  it("name the narrator of a first-person story among its cast", async () => {
    const stories = await loadStories(DEV);
    for (const story of stories.filter((s) => typeof s.gold["narrator"] === "string"))
      expect(story.cast?.some((c) => c.narrator && c.name === story.gold["narrator"])).toBe(true);
  });
});
