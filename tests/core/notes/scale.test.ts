import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { notesForParagraph, scanParagraph, spellingNotes, storyNotes } from "../../../core/notes";
import { countWords } from "../../../core/words";
import { gold, goldStoryWords, goldVoices, lexicon, loadStory, speller } from "./helpers";

/** The bundled story repeated 100 times: about 300,000 words. */
function bigStory() {
  const one = readFileSync("documents/story.txt", "utf8").trimEnd();
  const text = Array.from({ length: 100 }, () => one).join("\n\n");
  const bySlot = new Map(gold.quotes.map((q) => [`${q.paragraph}:${q.index}`, q.speaker]));
  return loadStory(text, (p, i) => bySlot.get(`${p % gold.paragraphs}:${i}`) ?? null);
}

// Speed is npm run bench's (the full analysis at 300,000 words); this checks the answers at that size.
describe("notes on 300,000 words", () => {
  const story = bigStory();
  const words = countWords(story.text);

  it("runs every rule but spelling over the whole story", () => {
    expect(words).toBeGreaterThan(290_000);
    const ctx = { voices: goldVoices(), lexicon };
    const perParagraph = story.paragraphs.flatMap((p) =>
      notesForParagraph(p, story.quotes[p.index]!, ctx),
    );
    const scans = story.paragraphs.map((p) => scanParagraph(p, story.quotes[p.index]!, lexicon));
    const wide = storyNotes(scans);
    expect(scans).toHaveLength(story.paragraphs.length);
    expect(Array.isArray(wide)).toBe(true);
    expect(perParagraph.filter((n) => n.kind === "voice" && n.severity === "warning")).toHaveLength(
      300,
    );
  });

  it("checks spelling with correct() only, cached by word", () => {
    const sp = speller(goldStoryWords());
    const check = () =>
      story.paragraphs.flatMap((p) => spellingNotes(p.text, p.offset, p.index, sp, lexicon));
    // Cold: each distinct word meets the dictionaries once; warm: every word is cached, and the
    // cached answers are the same.
    const cold = check();
    const warm = check();
    expect(warm).toEqual(cold);
  });
});
