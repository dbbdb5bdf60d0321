import { describe, expect, it } from "vitest";
import { parseStory } from "../../../core/story";
import { countWords } from "../../../core/words";
import { findQuotes } from "../../../core/cast/quotes";
import { findMentions } from "../../../core/cast/mentions";
import { attributeSpeakers } from "../../../core/cast/speakers";
import { bundled, readText } from "./helpers";

// Speed is npm run bench's (the full analysis at 300,000 words); this checks the answers at that size.
describe("cast analysis at 300,000 words", () => {
  it("finds quotes, mentions and speakers of the bundled story repeated 100x", () => {
    const raw = readText("documents/story.txt").trimEnd();
    const story = parseStory(Array(100).fill(raw).join("\n\n"));
    const words = story.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
    expect(words).toBeGreaterThanOrEqual(295_000);
    const cast = bundled().gold.characters;
    const quotes = findQuotes(story);
    const mentions = findMentions(story, cast);
    const attributed = attributeSpeakers(story, quotes, cast);
    expect(attributed).toHaveLength(5000);
    expect(mentions.length).toBeGreaterThan(0);
  });
});
