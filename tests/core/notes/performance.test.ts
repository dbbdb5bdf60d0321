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

/** Best of three runs: the machine running the tests is shared, the minimum is the signal. */
function time<T>(f: () => T): [T, number] {
  let best = Infinity;
  let result: T | undefined;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    result = f();
    best = Math.min(best, performance.now() - t);
  }
  return [result!, best];
}

describe("performance on 300,000 words", () => {
  const story = bigStory();
  const words = countWords(story.text);

  it("runs every rule but spelling well under a second", () => {
    expect(words).toBeGreaterThan(290_000);
    const ctx = { voices: goldVoices(), lexicon };
    const [perParagraph, paragraphMs] = time(() =>
      story.paragraphs.flatMap((p) => notesForParagraph(p, story.quotes[p.index]!, ctx)),
    );
    const [scans, scanMs] = time(() =>
      story.paragraphs.map((p) => scanParagraph(p, story.quotes[p.index]!, lexicon)),
    );
    const [wide, storyMs] = time(() => storyNotes(scans));
    console.log(
      `words=${words} paragraphs=${story.paragraphs.length} perParagraph=${paragraphMs.toFixed(0)}ms scan=${scanMs.toFixed(0)}ms story=${storyMs.toFixed(0)}ms notes=${perParagraph.length + wide.length}`,
    );
    expect(perParagraph.filter((n) => n.kind === "voice" && n.severity === "warning")).toHaveLength(
      300,
    );
    // Target: well under a second (about 150-250 ms on an idle machine). The bound is loose
    // because the test machine is shared; a real regression (an order of magnitude) still fails.
    expect(paragraphMs + storyMs).toBeLessThan(2000);
  });

  it("checks spelling with correct() only, cached by word", () => {
    const sp = speller(goldStoryWords());
    const check = () =>
      story.paragraphs.flatMap((p) => spellingNotes(p.text, p.offset, p.index, sp, lexicon));
    // Cold: each distinct word meets the dictionaries once; warm: every word is cached.
    const start = performance.now();
    const cold = check();
    const coldMs = performance.now() - start;
    const [warm, warmMs] = time(check);
    console.log(
      `spelling cold=${coldMs.toFixed(0)}ms warm=${warmMs.toFixed(0)}ms notes=${cold.length}`,
    );
    expect(warm).toHaveLength(cold.length);
    // About 100-400 ms warm on an idle machine; loose bound for a shared one.
    expect(warmMs).toBeLessThan(3000);
  });
});
