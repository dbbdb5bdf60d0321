/**
 * One story's quotes as the ranker leaves them, grouped in turns, with the gold quote each
 * matches: what the scripts that study a line's turn (beat-lines.ts, narration-turns.ts) start
 * from. The judge stays theirs: one scores as we do, the other by the official rule.
 */
import { detectQuoteStyle, discoverCast, findQuotes } from "../core/cast";
import { compileCastMatcher } from "../core/cast/mentions";
import { rankSpeakers } from "../core/cast/ranker";
import { readSpeakers } from "../core/cast/speakers";
import { parseStory, type StoryText } from "../core/story";
import { match, type GoldQuote } from "./speakers";
import type { EvalStory } from "./stories";
import { turnsOf } from "./turns";

export function rankedTurns(story: EvalStory, noCast: boolean) {
  const text = parseStory(story.text);
  const cast = discoverCast(text, noCast ? [] : (story.cast ?? []));
  const read = readSpeakers(text, findQuotes(text, detectQuoteStyle(text)), cast);
  const ranked = rankSpeakers(read.quotes, read.contexts, read.named);
  const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
  const goldOf = new Map<number, GoldQuote>();
  match(gold, ranked).forEach((j, i) => j >= 0 && goldOf.set(j, gold[i]!));
  return {
    text,
    cast,
    read,
    ranked,
    gold,
    /** The gold quote each ranked quote matches, by the ranked quote's index. */
    goldOf,
    matcher: compileCastMatcher(cast),
    /** Each turn's first and last quote. */
    turns: turnsOf(ranked).map((t): [number, number] => [t[0]!, t[t.length - 1]!]),
  };
}

const hasLetters = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/**
 * Whether a turn (its first and last quote) is a bare line: its paragraph holds nothing but
 * the turn's quotes (no beat, no narration: letters left once they and the marks are cut) and
 * the walk read no tag for it.
 */
export function bareTurn(
  text: StoryText,
  ranked: readonly { paragraph: number; from: number; to: number }[],
  tagged: boolean,
  [first, last]: readonly [number, number],
): boolean {
  const para = text.paragraphs[ranked[first]!.paragraph]!;
  let bare = para.text;
  for (let j = last; j >= first; j--)
    bare = bare.slice(0, ranked[j]!.from - para.offset) + bare.slice(ranked[j]!.to - para.offset);
  return !hasLetters(bare.replace(/["“”‘’'—–-]/g, "")) && !tagged;
}
