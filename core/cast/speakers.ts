/**
 * Who speaks each quote.
 *
 * Evidence, strongest first: an explicit tag touching the quote ("X said", "said X", "he asked",
 * "came the reply"); then a weighed guess from the narration around it: the subject of the
 * sentence just before (an action beat), the subject of the sentence just after, the speaker of
 * the paragraph's previous quote, and turn-taking with the previous paragraph. A name addressed
 * inside the quote (a vocative: "Tom! Look", "Thanks, Ann") counts against that character.
 * Pronouns resolve to the most recent person of that gender, subjects outranking objects;
 * genders come from the pronouns that follow a character's name in the narration.
 *
 * The per-paragraph reading (`readSegments`) is a pure function of the text; the story pass is
 * linear and keeps only a small salience table and the last two speakers. This file holds the
 * story-level entry points; the walk itself is split by concept: its state (walk-state.ts), one
 * paragraph's step (walk-paragraph.ts), and what that step asks of the narration
 * (walk-narration.ts, walk-presence.ts), of descriptions (walk-descriptions.ts), of turn-taking
 * (walk-turns.ts), of tags and addressees (walk-tags.ts) and the ranker's context
 * (walk-context.ts).
 */

import type { Character, Quote } from "../model";
import type { StoryText } from "../story";
import { compileCastMatcher, mentionsInParagraph, type LocalMention } from "./mentions";
import type { QuoteSpan } from "./quotes";
import { castGenders, inferGenders } from "./genders";
import { readParagraph, type readSegments, type ParagraphReading } from "./refs";
import { describedLinks } from "./described-links";
import { isScareQuote } from "./scare-quotes";
import { settleConversations } from "./conversation";
import { answeredByName } from "./answered-by-name";
import { rankSpeakers, type QuoteContext, type SpeakerModel } from "./ranker";
import type { RankerMemo } from "./ranker-memo";
import { walkWithMemo, type SpeakerMemo, type WalkedParagraph } from "./speaker-memo";
import { ParagraphMemo } from "./paragraph-memo";
import { converges, moveRead, moveState, type StateMove, type WalkBounds } from "./walk-move";
import { describedCharacter } from "./described-character";
import { narratorOf } from "./narrator-of";
import { SUBJECT_BONUS, UNKNOWN_GENDER_PENALTY } from "./role-bonus";
import { firstPersonStretches } from "./first-person";
import { selfIntroduced } from "./self-introduced";
import { titledCalls } from "./titles-called";
import { replyTurns, turnsOf, type ReplyReading, type TurnReading } from "./turn-readings";
import { DESCRIPTION_REACH, RELATION_REACH } from "./walk-descriptions";
import { walkParagraph } from "./walk-paragraph";
import { Walk, type AttributorState } from "./walk-state";

/** A quote with its speaker; `unnamed` describes a speaker who has no name ("the cashier"). */
export interface AttributedQuote extends Quote {
  readonly unnamed?: string;
  /** What decided the speaker, for hover cards and debugging. */
  readonly evidence: "tag" | "continued" | "beat" | "turn" | "none";
}

export type { AttributorState } from "./walk-state";

/**
 * Per-paragraph work an incremental caller can cache by text: the cast's mentions in a paragraph,
 * and its reading into sentences and references (a pure function of text, quotes and mentions).
 */
export interface SpeakerCache {
  readonly mentionsOf?: (text: string) => readonly LocalMention[];
  readonly segmentsOf?: typeof readSegments;
  /**
   * Which cast member a description ("the professor") means: a pure function of the cast, so
   * a caller may keep this map for as long as the cast's names, aliases and `unnamed` stay.
   */
  readonly described?: Map<string, string | null>;
  /** The walk of the pass before, to resume after an edit (speaker-memo.ts). */
  readonly memo?: SpeakerWalkMemo;
  /**
   * The writer's speaker corrections, applied to the ranked quotes before self-introductions
   * read them: a line the writer gave to someone else introduces no one.
   */
  readonly correct?: (quotes: readonly AttributedQuote[]) => readonly AttributedQuote[];
  /** The ranker's weights (the shipped model when absent). */
  readonly model?: SpeakerModel;
}

/** What the analyzer keeps of the speaker walk and the ranking from one pass to the next. */
export type SpeakerWalkMemo = SpeakerMemo<
  AttributorState,
  AttributedQuote,
  QuoteContext,
  StateMove
> &
  RankerMemo & {
    /** Each paragraph's scare quotes and turn, kept by text for one cast (paragraph-memo.ts). */
    paragraphs?: {
      readonly scare: ParagraphMemo<readonly boolean[]>;
      readonly turns: ParagraphMemo<TurnReading>;
      readonly replies: ParagraphMemo<ReplyReading>;
    };
  };

export { narratorOf };

/**
 * The rules' reading of every quote (stages one and two) with what was seen around each, before
 * the ranker decides: attributeSpeakers' first half, and what eval/train-speakers.ts learns from.
 */
export function readSpeakers(
  story: StoryText,
  quotes: readonly QuoteSpan[],
  cast: readonly Character[],
  cache: SpeakerCache = {},
): {
  quotes: readonly AttributedQuote[];
  contexts: readonly QuoteContext[];
  named: ReadonlySet<string>;
} {
  let matcher: ReturnType<typeof compileCastMatcher> | undefined;
  // Compiled only without a cache: a caller that caches mentions has its own matcher.
  const mentionsOf =
    cache.mentionsOf ??
    ((text: string) => mentionsInParagraph(text, (matcher ??= compileCastMatcher(cast))));
  const byParagraph = new Map<number, QuoteSpan[]>();
  for (const q of quotes) {
    const list = byParagraph.get(q.paragraph) ?? [];
    list.push(q);
    byParagraph.set(q.paragraph, list);
  }
  const readings = story.paragraphs.map((p, i) =>
    readParagraph(
      p.isBreak ? "" : p.text,
      p.offset,
      byParagraph.get(i) ?? [],
      p.isBreak ? [] : mentionsOf(p.text),
      cache.segmentsOf,
    ),
  );
  // Kept across passes only with the caller's descriptions, which say the cast is the same.
  const memos =
    cache.memo && cache.described
      ? (cache.memo.paragraphs ??= {
          scare: new ParagraphMemo(),
          turns: new ParagraphMemo(),
          replies: new ParagraphMemo(),
        })
      : undefined;
  const scare = scareQuotes(story, readings, memos?.scare.pass(cache.described));
  const unnamed = new Set(cast.filter((c) => c.unnamed).map((c) => c.name));
  const narrator = narratorOf(cast);
  const named = new Set([...cast.filter((c) => !c.unnamed).map((c) => c.name), narrator]);
  const genders = castGenders(
    cast.filter((c) => !c.unnamed),
    inferGenders(readings, cast),
  );
  const described = cache.described ?? new Map<string, string | null>();
  const describe = (key: string): string | null => {
    let found = described.get(key);
    if (found === undefined) {
      found = describedCharacter(key, cast);
      described.set(key, found);
    }
    return found;
  };
  const linked = describedLinks(readings, cast, genders, narrator, describe, DESCRIPTION_REACH);
  const walk = new Walk(cast, genders, unnamed, named, narrator, described, linked, scare);
  const firstPerson = firstPersonStretches(readings);
  const quotesRead = cache.memo
    ? walkFromMemo(cache.memo, story, byParagraph, readings, firstPerson, walk, [
        cast,
        [...genders],
        narrator,
        [...linked.everywhere],
        [...linked.spans].map(([d, spans]) => [d, spans.map((x) => [x.name, x.lines])]),
      ])
    : readings.flatMap((r, i) =>
        walkParagraph(walk, r, firstPerson[i]!, story.paragraphs[i]!.isBreak),
      );
  const titled = titledCalls(cast);
  const turns = turnsOf(
    story,
    readings,
    scare,
    describe,
    titled,
    memos?.turns.pass(cache.described),
  );
  const settled = answeredByName(
    settleConversations(
      quotesRead,
      turns,
      named,
      walk.contexts.map((c) => c.addressee),
    ),
    replyTurns(
      story,
      turns,
      readings,
      scare,
      describe,
      titled,
      memos?.replies.pass(cache.described),
    ),
    named,
  );
  return { quotes: settled, contexts: walk.contexts, named };
}

/**
 * The walk's reach and score offsets, which tell when the walk after an edit may stop
 * (walk-move.ts). Salience positions may only be compared with each other, or reach back from
 * the current position by at most `reach`; a score is a rank plus one of `offsets`: none, the
 * unknown-gender penalty, and room for one bonus as large as a subject's, with or without the
 * penalty (another penalty or bonus must be listed here, with the others it can meet).
 */
const WALK_BOUNDS: WalkBounds = {
  reach: Math.max(DESCRIPTION_REACH, RELATION_REACH),
  offsets: [0, -UNKNOWN_GENDER_PENALTY, SUBJECT_BONUS, SUBJECT_BONUS - UNKNOWN_GENDER_PENALTY],
};

/**
 * The walk over every paragraph, resumed from the memo's last checkpoint before the first
 * paragraph that differs from the pass before (all of it when the cast or genders changed) and
 * ended where it meets the old walk again after the edit (speaker-memo.ts, walk-move.ts);
 * saves this walk in the memo.
 */
function walkFromMemo(
  memo: SpeakerWalkMemo,
  story: StoryText,
  byParagraph: ReadonlyMap<number, QuoteSpan[]>,
  readings: readonly ParagraphReading[],
  firstPerson: readonly boolean[],
  walk: Walk,
  inputs: unknown,
): AttributedQuote[] {
  const paragraphs: WalkedParagraph[] = story.paragraphs.map((p, i) => ({
    text: p.text,
    isBreak: p.isBreak,
    offset: p.offset,
    quotes: byParagraph.get(i) ?? [],
    firstPerson: firstPerson[i]!,
  }));
  return walkWithMemo(memo, JSON.stringify(inputs), paragraphs, {
    snapshot: () => walk.snapshot(),
    restore: (state, contexts) => walk.restore(state, contexts),
    paragraph: (i) => walkParagraph(walk, readings[i]!, firstPerson[i]!, paragraphs[i]!.isBreak),
    contexts: () => walk.contexts,
    takeContexts: (contexts) => {
      for (const c of contexts) walk.contexts.push(c);
    },
    converges: (now, old, tail, reachFrom, rest) =>
      converges(now, old, tail, reachFrom, rest, WALK_BOUNDS),
    moveState,
    moveRead,
  });
}

/** Attributes every quote to a character name (or null), with a confidence from 0 to 1. */
export function attributeSpeakers(
  story: StoryText,
  quotes: readonly QuoteSpan[],
  cast: readonly Character[],
  cache: SpeakerCache = {},
): readonly AttributedQuote[] {
  const read = readSpeakers(story, quotes, cast, cache);
  const ranked = rankSpeakers(read.quotes, read.contexts, read.named, cache.model, cache.memo);
  const corrected = cache.correct?.(ranked) ?? ranked;
  let scene = 0;
  const scenes = story.paragraphs.map((p) => (p.isBreak ? ++scene : scene));
  return selfIntroduced(corrected, cast, narratorOf(cast), scenes);
}

/** The story's scare quotes, each paragraph's read once (and kept across passes in `memo`). */
function scareQuotes(
  story: StoryText,
  readings: readonly ParagraphReading[],
  memo: ParagraphMemo<readonly boolean[]> | undefined,
): Set<QuoteSpan> {
  const scare = new Set<QuoteSpan>();
  readings.forEach((r, i) => {
    if (r.quotes.length === 0) return;
    const p = story.paragraphs[i]!;
    const read = (): boolean[] => r.quotes.map((q) => isScareQuote(p.text, p.offset, q));
    const flags = memo ? memo.get(p.text, r, read) : read();
    flags.forEach((isScare, k) => {
      if (isScare) scare.add(r.quotes[k]!);
    });
  });
  return scare;
}
