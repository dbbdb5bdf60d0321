/**
 * Test helpers: a tiny quote finder (so these tests do not wait for core/cast) and loaders for
 * the bundled story, its gold labels and the Hunspell dictionaries.
 */
import { readFileSync } from "node:fs";
import { compileLexicon, lexiconEntries } from "../../../core/lexicon";
import type { Quote, Voice } from "../../../core/model";
import {
  createSpeller,
  scanParagraph,
  type ParagraphInput,
  type Speller,
} from "../../../core/notes";
import { parseStory } from "../../../core/story";

export const lexicon = compileLexicon(lexiconEntries);

/** Finds “…”, "…" and (when `single`) ‘…’ spans; speakers come from `speakerOf`. */
export function findQuotes(
  p: ParagraphInput,
  speakerOf: (index: number, text: string) => string | null,
  single = false,
): Quote[] {
  const re = single ? /‘((?:[^’]|’(?=\p{L}))*)’/gu : /"([^"]*)"|“([^”]*)”/g;
  const quotes: Quote[] = [];
  for (const m of p.text.matchAll(re)) {
    const inner = m[1] ?? m[2] ?? "";
    const from = p.offset + m.index + 1;
    const index = quotes.length;
    quotes.push({
      paragraph: p.index,
      index,
      from,
      to: from + inner.length,
      text: inner,
      speaker: speakerOf(index, inner),
    });
  }
  return quotes;
}

export interface LoadedStory {
  readonly text: string;
  readonly paragraphs: ParagraphInput[];
  readonly quotes: Quote[][];
}

/** Paragraphs and quotes of a story; `speakers[paragraph][index]` names each quote's speaker. */
export function loadStory(
  text: string,
  speakerOf: (paragraph: number, index: number, text: string) => string | null,
  single = false,
): LoadedStory {
  const story = parseStory(text);
  const paragraphs = story.paragraphs.map((p, index) => ({
    index,
    offset: p.offset,
    text: p.text,
  }));
  const quotes = paragraphs.map((p) => findQuotes(p, (i, t) => speakerOf(p.index, i, t), single));
  return { text, paragraphs, quotes };
}

interface Gold {
  readonly paragraphs: number;
  readonly characters: { name: string; aliases: string[]; voice: Voice }[];
  readonly quotes: { paragraph: number; index: number; speaker: string | null }[];
  readonly notes_forbidden_voice: { paragraph: number; term: string }[];
  readonly typos_expected: { paragraph: number; term: string; fix: string }[];
}

export const gold = JSON.parse(
  readFileSync(new URL("../../fixtures/seed/story.gold.json", import.meta.url), "utf8"),
) as Gold;

/** The bundled story with the gold speakers joined to our own quote spans. */
export function bundledStory(): LoadedStory {
  const text = readFileSync("documents/story.txt", "utf8");
  const bySlot = new Map(gold.quotes.map((q) => [`${q.paragraph}:${q.index}`, q.speaker]));
  return loadStory(text, (p, i) => bySlot.get(`${p}:${i}`) ?? null);
}

export function goldVoices(): Map<string, Voice> {
  return new Map(gold.characters.map((c) => [c.name, c.voice]));
}

export function goldStoryWords(): string[] {
  return gold.characters.flatMap((c) => [c.name, ...c.aliases]);
}

let dictionaries: Speller | null = null;

/** en-GB and en-US dictionaries, loaded once per test file. */
export function speller(storyWords: readonly string[]): Speller {
  dictionaries ??= createSpeller(
    ["dictionary-en-gb", "dictionary-en"].map((d) => ({
      aff: readFileSync(`node_modules/${d}/index.aff`),
      dic: readFileSync(`node_modules/${d}/index.dic`),
    })),
  );
  return dictionaries.withWords(storyWords);
}

export function scans(story: LoadedStory) {
  return story.paragraphs.map((p, i) => scanParagraph(p, story.quotes[i]!, lexicon));
}

/**
 * For the fixture stories: a quote's speaker is the first cast name in the narration right after
 * it, else the last one in the narration right before it.
 */
export function nearbySpeaker(
  paragraphs: readonly ParagraphInput[],
  names: readonly string[],
  single = false,
) {
  const nameRe = new RegExp(`\\b(${names.join("|")})\\b`, "g");
  return (paragraph: number, index: number): string | null => {
    const p = paragraphs[paragraph]!;
    const spans = findQuotes(p, () => null, single).map(
      (q) => [q.from - p.offset, q.to - p.offset] as const,
    );
    const [from, to] = spans[index]!;
    const after = p.text.slice(to + 1, spans[index + 1]?.[0] ?? p.text.length);
    const before = p.text.slice(spans[index - 1]?.[1] ?? 0, from);
    const first = [...after.matchAll(nameRe)][0]?.[1];
    return first ?? [...before.matchAll(nameRe)].pop()?.[1] ?? null;
  };
}

/** A fixture story from tests/fixtures/notes with speakers found by `nearbySpeaker`. */
export function fixtureStory(file: string, names: readonly string[], single = false): LoadedStory {
  const text = readFileSync(`tests/fixtures/notes/${file}`, "utf8");
  const paragraphs = parseStory(text).paragraphs.map((p, index) => ({
    index,
    offset: p.offset,
    text: p.text,
  }));
  return loadStory(text, nearbySpeaker(paragraphs, names, single), single);
}
