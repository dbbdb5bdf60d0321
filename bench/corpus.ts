/**
 * The bench's stories: the bundled draft's paragraphs repeated, in order, until the text holds
 * the requested number of words. Whole paragraphs only, so every copy reads like the original
 * (same dialogue, same scene breaks) and the word count lands within one paragraph of the target.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseStory } from "../core/story";
import { countWords } from "../core/words";

export const SEED_STORY = path.resolve(import.meta.dirname, "../documents/story.txt");

/** The sizes the contract asks for, in words. */
export const STORY_SIZES = [3_000, 30_000, 300_000] as const;

/** The seed story's paragraphs repeated to at least `words` words, joined by blank lines. */
export function repeatedStory(words: number, seed = readFileSync(SEED_STORY, "utf8")): string {
  const paragraphs = parseStory(seed).paragraphs.map((p) => ({
    text: p.text,
    words: countWords(p.text),
  }));
  if (!paragraphs.some((p) => p.words > 0))
    throw new Error("The seed story has no words to repeat.");
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i = (i + 1) % paragraphs.length) {
    const p = paragraphs[i]!;
    out.push(p.text);
    total += p.words;
  }
  return out.join("\n\n") + "\n";
}
