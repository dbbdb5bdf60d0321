import { readFileSync } from "node:fs";
import type { Character } from "../../../core/model";
import { attributeSpeakers, type AttributedQuote } from "../../../core/cast/speakers";
import type { TurnInput } from "../../../core/cast/conversation";
import { findQuotes } from "../../../core/cast/quotes";
import { parseStory, storyFromParagraphs, type StoryText } from "../../../core/story";

export interface ExpectedQuote {
  readonly paragraph: number;
  readonly index: number;
  readonly speaker: string | null;
  readonly unnamed?: string;
}

export interface Fixture {
  readonly name: string;
  readonly raw: string;
  readonly story: StoryText;
  readonly cast: readonly Character[];
  readonly quotes: readonly ExpectedQuote[];
  readonly quoteTexts: Readonly<Record<string, string>>;
  readonly discover: {
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly unnamed?: readonly string[];
  };
}

const root = new URL("../../../", import.meta.url);

export function readText(path: string): string {
  return readFileSync(new URL(path, root), "utf8");
}

export function fixture(name: string): Fixture {
  const raw = readText(`tests/fixtures/cast/${name}.txt`);
  const expected = JSON.parse(readText(`tests/fixtures/cast/${name}.expected.json`));
  return { name, raw, story: parseStory(raw), quoteTexts: {}, ...expected };
}

export const FIXTURES = ["inn", "cemetery", "kitchen", "fells", "ferry"] as const;

export function bundled(): {
  story: StoryText;
  gold: { characters: Character[]; quotes: ExpectedQuote[] };
} {
  const story = parseStory(readText("documents/story.txt"));
  const gold = JSON.parse(readText("tests/fixtures/seed/story.gold.json"));
  return { story, gold };
}

/** Paragraph/index key. */
export const at = (q: { paragraph: number; index: number }): string => `${q.paragraph}/${q.index}`;

/** A cast member with no voice of its own, as the attribution tests write them. */
export const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

/** A character's name and aliases. */
export const formsOf = (c: Character): string[] => [c.name, ...c.aliases];

/** The character of a cast that has `form` as its name or an alias. */
export const holderOf = (cast: readonly Character[], form: string): Character | undefined =>
  cast.find((c) => formsOf(c).includes(form));

/** Who says each quote of a story given as paragraphs, with the cast given. */
export function speakersOf(cast: readonly Character[], ...paragraphs: string[]): (string | null)[] {
  const story = storyFromParagraphs(paragraphs);
  return attributeSpeakers(story, findQuotes(story), cast).map((q) => q.speaker);
}

/**
 * A quote as the conversation stage receives it from the first stage: tagged (sure), guessed
 * by turns, or given no one; one quote per paragraph, its offsets made up from the paragraph.
 */
export const firstStageLine = (
  paragraph: number,
  speaker: string | null,
  evidence: AttributedQuote["evidence"],
): AttributedQuote => ({
  paragraph,
  index: 0,
  from: paragraph * 10,
  to: paragraph * 10 + 5,
  text: "…",
  speaker,
  confidence: evidence === "tag" ? 0.95 : 0.4,
  evidence,
});

/**
 * A turn as the conversation stage reads it: one quote in its own paragraph, straight after the
 * turn before, no narration; `fields` gives what a test is about (calls, who is present, gaps).
 */
export const turnAt = (paragraph: number, fields: Partial<TurnInput> = {}): TurnInput => ({
  paragraph,
  quotes: [paragraph],
  addressees: [],
  nameOnly: [],
  asked: [],
  mentioned: [],
  present: [],
  gapWords: 0,
  breakBefore: false,
  narrated: false,
  ...fields,
});
