/**
 * The bench's stories, in whole paragraphs, to the requested number of words:
 *
 * - `prose` (the default): real, non-repeating prose, the LitBank excerpts of public-domain
 *   novels joined as chapters (`bench/prose/novel.txt`, about 178,000 words). Per-paragraph
 *   caches cannot answer for a paragraph they have not read, so this is what a novel costs.
 *   Past its end (300,000 words) the excerpts come round again with each paragraph's hard line
 *   breaks joined: the same prose, but new text to every cache keyed by text, except the
 *   paragraphs that were one line already (short dialogue, headings).
 * - `story`: the bundled draft's paragraphs repeated, in order (every copy reads like the
 *   original: same dialogue, same scene breaks); its caches answer almost everything.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseStory } from "../core/story";
import { countWords } from "../core/words";

export const SEED_STORY = path.resolve(import.meta.dirname, "../documents/story.txt");
export const NOVEL = path.resolve(import.meta.dirname, "prose/novel.txt");

/** The sizes the contract asks for, in words. */
export const STORY_SIZES = [3_000, 30_000, 300_000] as const;
/** The budget for a full analysis is written for a novel of this length. */
export const NOVEL_WORDS = 120_000;

export const CORPORA = ["prose", "story"] as const;
export type Corpus = (typeof CORPORA)[number];

/** A `--corpus` option's value as a corpus, or a message naming the ones there are. */
export function parseCorpus(value: string): Corpus {
  if (!(CORPORA as readonly string[]).includes(value))
    throw new Error(`--corpus takes ${CORPORA.join(" or ")}, not "${value}".`);
  return value as Corpus;
}

interface Counted {
  readonly text: string;
  readonly words: number;
}

function paragraphsOf(text: string): Counted[] {
  return parseStory(text).paragraphs.map((p) => ({ text: p.text, words: countWords(p.text) }));
}

/** `paragraphs` in turn, round after round, to at least `words` words, joined by blank lines. */
function fill(words: number, round: (n: number) => readonly Counted[], name: string): string {
  if (!round(0).some((p) => p.words > 0)) throw new Error(`${name} has no words to repeat.`);
  const out: string[] = [];
  let total = 0;
  for (let n = 0; total < words; n++)
    for (const p of round(n)) {
      if (total >= words) break;
      out.push(p.text);
      total += p.words;
    }
  return out.join("\n\n") + "\n";
}

/** The seed story's paragraphs repeated to at least `words` words. */
export function repeatedStory(words: number, seed = readFileSync(SEED_STORY, "utf8")): string {
  const paragraphs = paragraphsOf(seed);
  return fill(words, () => paragraphs, "The seed story");
}

/** Real prose to at least `words` words; past the novel's end, its paragraphs with lines joined. */
export function realProse(words: number, novel = readFileSync(NOVEL, "utf8")): string {
  const paragraphs = paragraphsOf(novel);
  const unwrapped = paragraphs.map((p) => ({ ...p, text: p.text.replace(/\s*\n\s*/gu, " ") }));
  return fill(words, (n) => (n === 0 ? paragraphs : unwrapped), "The novel");
}

/** The story the bench measures for `corpus`. */
export function benchStory(corpus: Corpus, words: number): string {
  return corpus === "prose" ? realProse(words) : repeatedStory(words);
}
