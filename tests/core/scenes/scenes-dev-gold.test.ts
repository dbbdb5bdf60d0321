/**
 * The scene gold files (tests/fixtures/scenes, scenes-dev-2, -3, -4 and litbank-scenes)
 * agree with their text as the eval loads it: boundaries in order, each a paragraph of the story
 * that is not a break line, one POV per scene and one cue line per boundary where the file gives
 * them, so a miscounted paragraph or a dropped scene fails here rather than skewing the scores.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sceneGold } from "../../../eval/scenes";
import { loadStories } from "../../../eval/stories";
import { parseStory } from "../../../core/story";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");

describe.each(["scenes", "scenes-dev-2", "scenes-dev-3", "scenes-dev-4", "litbank-scenes"])(
  "the %s gold files",
  (dir) => {
    it("put every boundary, in order, on a paragraph of the story that is not a break line", async () => {
      const stories = await loadStories(path.join(FIXTURES, dir));
      expect(stories.length).toBeGreaterThanOrEqual(8);
      for (const story of stories) {
        const gold = sceneGold(story.gold);
        if (!gold) continue;
        const paragraphs = parseStory(story.text).paragraphs;
        let last = 0;
        for (const b of gold.boundaries) {
          expect(b, `${story.name}: ${b} after ${last}`).toBeGreaterThan(last);
          expect(b, `${story.name}: ${b}`).toBeLessThan(paragraphs.length);
          expect(paragraphs[b]!.isBreak, `${story.name}: ${b} is a break line`).toBe(false);
          last = b;
        }
      }
    });

    it("give one POV per scene and one cue line per boundary where they give them", async () => {
      const stories = await loadStories(path.join(FIXTURES, dir));
      for (const story of stories) {
        const gold = sceneGold(story.gold);
        if (!gold) continue;
        if (gold.povs) expect(gold.povs.length, story.name).toBe(gold.boundaries.length + 1);
        const cues = story.gold["cues"];
        if (Array.isArray(cues)) expect(cues.length, story.name).toBe(gold.boundaries.length);
      }
    });
  },
);
