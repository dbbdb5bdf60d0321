/**
 * One story's lines read twice, for the scripts that set the walk's first answer beside the
 * final one (speaker-classes.ts, pronoun-tags.ts): the walk's reading (`readSpeakers`, with each
 * line's context) of the parsed text, the whole analysis' quotes, the gold quotes matched to them, and the official
 * scorer's judge.
 */
import { analyzeStory } from "../core/analyze";
import { detectQuoteStyle, discoverCast, findQuotes } from "../core/cast";
import { readSpeakers } from "../core/cast/speakers";
import { parseStory } from "../core/story";
import { match, officialJudge, type GoldQuote } from "./speakers";
import type { EvalStory } from "./stories";

export function storyLines(story: EvalStory, withCast: boolean) {
  const given = withCast ? (story.cast ?? []) : [];
  const text = parseStory(story.text);
  const cast = discoverCast(text, given);
  const read = readSpeakers(text, findQuotes(text, detectQuoteStyle(text)), cast);
  const analysis = analyzeStory(story.text, { file: story.file, cast: given });
  const final = analysis.quotes;
  const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
  return {
    text,
    cast,
    read,
    final,
    /** The first paragraph of each scene the scene detector found. */
    sceneStarts: new Set(analysis.scenes.map((s) => s.firstParagraph)),
    gold,
    /** A final quote's index in the walk's reading, by its place. */
    readAt: new Map(read.quotes.map((q, j) => [`${q.from}:${q.to}`, j])),
    official: officialJudge(story),
    /** For each gold quote, the index of its final quote, or -1. */
    pairs: match(gold, final),
  };
}
