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
import { PRONOUN_GENDER } from "./cues";
import { compileCastMatcher, mentionsInParagraph, type LocalMention } from "./mentions";
import type { QuoteSpan } from "./quotes";
import { castGenders, inferGenders } from "./genders";
import {
  readParagraph,
  type readSegments,
  type ParagraphReading,
  type Ref,
  type Sentence,
} from "./refs";
import { tagAfter, tagBefore, type Tag } from "./tags";
import { describedLinks } from "./described-links";
import { opensChapter } from "./chapter-start";
import { isScareQuote } from "./scare-quotes";
import { asksOrGivesName, calledAtOpen, calledIn } from "./line-calls";
import { settleConversations } from "./conversation";
import { answeredByName } from "./answered-by-name";
import { rankSpeakers, type QuoteContext, type TagKind } from "./ranker";
import type { RankerMemo } from "./ranker-memo";
import { walkWithMemo, type SpeakerMemo, type WalkedParagraph } from "./speaker-memo";
import { ParagraphMemo } from "./paragraph-memo";
import { converges, moveRead, moveState, type WalkBounds } from "./walk-move";
import { describedCharacter } from "./described-character";
import { actsIn, SUBJECT_BONUS, UNKNOWN_GENDER_PENALTY } from "./role-bonus";
import { firstPersonStretches } from "./first-person";
import { selfIntroduced } from "./self-introduced";
import { replyTurns, turnsOf, type ReplyReading, type TurnReading } from "./turn-readings";
import { readNarration } from "./walk-narration";
import {
  answersAsDescribed,
  describedTurnTaker,
  DESCRIPTION_REACH,
  RELATION_REACH,
} from "./walk-descriptions";
import { otherSpeaker, switchTurn, spoke, goingOn } from "./walk-turns";
import { tagSpeaker, kindOfTag, introduce, toldIn, addressedIn, addresseeOf } from "./walk-tags";
import {
  noteOpening,
  dropBystanders,
  keepFloorAfterSilence,
  talkingIn,
  leave,
} from "./walk-presence";
import { quoteContext, weighRef, guessSpeaker } from "./walk-context";
import { Walk, type AttributorState } from "./walk-state";

/** A quote with its speaker; `unnamed` describes a speaker who has no name ("the cashier"). */
export interface AttributedQuote extends Quote {
  readonly unnamed?: string;
  /** What decided the speaker, for hover cards and debugging. */
  readonly evidence: "tag" | "continued" | "beat" | "turn" | "none";
}

export type { AttributorState } from "./walk-state";

/**
 * The walk's step over paragraph r: each quote's speaker, read before the walk moves past it
 * (a scene break, `sceneBreak`, ends the exchange as a chapter heading does).
 */
function walkParagraph(
  walk: Walk,
  r: ParagraphReading,
  firstPerson = true,
  sceneBreak = false,
): AttributedQuote[] {
  // A scene break ("***") ends the exchange as a chapter heading does: the last scene's
  // speakers take no turn in the next until its narration names them.
  if (
    sceneBreak ||
    (r.quotes.length === 0 && r.segments.length === 1 && opensChapter(r.segments[0]!.text))
  )
    walk.newChapter();
  else if (walk.carried.length > 0) walk.takeUpCarried(r);
  walk.firstPerson = firstPerson;
  walk.paragraphOffset = r.offset;
  walk.resolved.clear();
  walk.before.clear();
  walk.goneHere.clear();
  const out: AttributedQuote[] = [];
  let previous: string | null = null;
  let consumed: Sentence | null = null;
  // An interrupted quote's two halves share one tag: decide it once.
  let lastTag: { sentence: Sentence; key: string | null; tag: Tag } | null = null;
  let lastAddressee: string | null = null;
  const introduced = walk.introduced;
  walk.introduced = null;
  walk.tagRefs = new Set();
  r.quotes.forEach((_, k) => {
    const tag = tagAfter(r.segments[k + 1]!) ?? tagBefore(r.segments[k]!);
    if (tag && !("other" in tag.target)) walk.tagRefs.add(tag.target.ref);
  });
  // Each quote's calls are read once: as the line after one quote, then as its own.
  let calledNext = calledIn(walk.scare, r, 0);
  walk.calledNearby = calledNext;
  walk.calledByLine = walk.calledNearby;
  readNarration(walk, r, r.segments[0]!, calledAtOpen(walk.scare, r, 0));
  r.quotes.forEach((q, k) => {
    const before = r.segments[k]!;
    const after = r.segments[k + 1]!;
    // The narration after a quote is read before the quote is attributed: its tag may need it.
    walk.calledByLine = calledNext;
    calledNext = calledIn(walk.scare, r, k + 1);
    walk.calledNearby = [...walk.calledByLine, ...calledNext];
    readNarration(walk, r, after, calledAtOpen(walk.scare, r, k + 1));
    const beforeConsumed =
      consumed !== null && before.sentences[before.sentences.length - 1] === consumed;
    // '"Are you for a walk," said Tom to his friend, as they rose; "or shall we ride?"': a
    // quote broken by its tag goes on after a comma or semicolon, under the same tag.
    const resumed =
      beforeConsumed && lastTag?.tag && /[,;:\u2014\u2013-]\s*$/.test(before.text)
        ? lastTag.tag
        : null;
    const tag = tagAfter(after) ?? tagBefore(before) ?? resumed;
    let key: string | null = null;
    let confidence = 0;
    let evidence: AttributedQuote["evidence"] = "none";
    consumed = null;
    let tagKind: TagKind | null = null;
    let tagKey: string | null = null;
    if (tag) {
      key = tagSpeaker(walk, tag, previous ?? walk.lastParagraphSpeaker);
      tagKind = kindOfTag(walk, tag);
      tagKey = key;
      const opensParagraph = k === 0 && before.sentences.length === 0;
      const goesOn = goingOn(walk, tag, previous ?? walk.lastParagraphSpeaker);
      if (goesOn) key = goesOn;
      else if (
        key &&
        opensParagraph &&
        !("other" in tag.target) &&
        tag.target.ref.kind === "pronoun" &&
        tag.target.ref.key !== "i"
      ) {
        const g = PRONOUN_GENDER.get(tag.target.ref.key)!;
        const addressee = walk.addressee;
        const resolvedTo = key;
        // The one the last line was said to answers: when their sex is known it must fit;
        // when it is not yet known, a named person ("..., Fergus," said I) may be either.
        const addresseeGender = addressee ? walk.genderOf(addressee) : null;
        if (
          addressee &&
          addressee !== key &&
          addressee !== walk.narrator &&
          (addresseeGender === g || (addresseeGender === null && walk.named.has(addressee)))
        ) {
          key = addressee;
          const e = walk.salience.get(addressee);
          if (e) e.gender ??= g;
        } else key = switchTurn(walk, key, tag);
        const saved = walk.before.get(tag.target.ref);
        if (key !== resolvedTo && saved) walk.salience.set(resolvedTo, saved);
      } else if (
        key &&
        opensParagraph &&
        !("other" in tag.target) &&
        answersAsDescribed(walk, tag.target.ref, key)
      )
        key = walk.addressee!;
      else if (
        key &&
        opensParagraph &&
        !("other" in tag.target) &&
        describedTurnTaker(walk, tag.target.ref, key)
      )
        key = otherSpeaker(walk, key)!;
      if (lastTag?.sentence === tag.sentence) key = lastTag.key;
      lastTag = { sentence: tag.sentence, key, tag };
      if (key) {
        evidence = "tag";
        // A name is sure; a pronoun or a description read as a named person ("the mother")
        // is an inference; "came the reply" is turn-taking.
        confidence =
          "other" in tag.target
            ? 0.7
            : tag.target.ref.kind === "name" && !walk.unnamed.has(tag.target.ref.key)
              ? 0.95
              : tag.target.ref.kind === "pronoun" || walk.named.has(key)
                ? 0.85
                : 0.95;
      }
      if (tag.sentence === after.sentences[0]) consumed = tag.sentence;
    }
    if (!key && k === 0 && before.sentences.length === 0 && introduced) {
      key = introduced.key;
      confidence = introduced.confidence;
      // Without a speech verb the one introducing the line is read from the narration, as a
      // beat is: an anchor for the conversation, not a tag.
      evidence = introduced.byTag ? "tag" : "beat";
      if (introduced.byTag) [tagKind, tagKey] = ["intro", introduced.key];
    }
    if (!key && k === 0 && before.sentences.length === 0 && walk.continuing) {
      // The previous paragraph's quote never closed: this one carries on the same speech.
      key = walk.continuing;
      confidence = 0.8;
      evidence = "continued";
    }
    if (!key) {
      const guess = guessSpeaker(walk, r, k, before, after, beforeConsumed, previous);
      key = guess.key;
      confidence = guess.confidence;
      evidence = guess.evidence;
    }
    walk.contexts.push(
      quoteContext(walk, r, k, tag, tagKind, tagKey, before, after, beforeConsumed, key),
    );
    if (key) spoke(walk, key, r.offset + (after.sentences[0]?.to ?? q.to - r.offset));
    // '"Martin." Ada didn't look up. "Go home."': a speaker's next line in the paragraph that
    // calls no one is said to the one their line before called.
    const own = addresseeOf(
      walk,
      r,
      k,
      key,
      beforeConsumed ? undefined : before.sentences[before.sentences.length - 1],
    );
    lastAddressee =
      own ??
      (tag ? toldIn(walk, tag.sentence, key) : null) ??
      (k > 0 && key !== null && key === previous ? lastAddressee : null);
    previous = key;
    const isUnnamed = key !== null && !walk.named.has(key);
    out.push({
      paragraph: q.paragraph,
      index: q.index,
      from: q.from,
      to: q.to,
      text: q.text,
      speaker: isUnnamed ? null : key,
      confidence: Math.round(confidence * 100) / 100,
      evidence,
      ...(isUnnamed ? { unnamed: key! } : {}),
    });
  });
  const lastQuote = r.quotes[r.quotes.length - 1];
  walk.continuing = lastQuote && lastQuote.close === "" && !lastQuote.dash ? previous : null;
  const narration = r.segments.flatMap((s) => s.sentences);
  const closing = narration[narration.length - 1];
  const lastSegment = r.segments[r.segments.length - 1]!;
  if (out.length === 0 && /:\s*$/.test(lastSegment.text))
    walk.introduced = introduce(walk, lastSegment);
  // The one who spoke goes on acting for a while after the tag ('"In the drawer," said Bo. He
  // went on reading. After a while Bo stood up.'): the next paragraph's bare line is theirs
  // again, as after a paragraph of narration about them. A tag and one beat ('Pruitt said. He
  // poured himself some tea.') still hand the word to the other.
  const carriesOn =
    out.length > 0 &&
    lastSegment.sentences.length >= 3 &&
    closing !== undefined &&
    closing.refs.some((ref) => actsIn(ref) && walk.resolved.get(ref) === previous);
  // One other person, alone acting in the sentence that closes a paragraph after its last line
  // ("'Very well, sir.' The boy was taken away. His mother sobbed."), is whom the next line
  // turns to.
  const actors = new Set(
    closing?.refs.flatMap((ref) => (actsIn(ref) ? [walk.resolved.get(ref)] : [])) ?? [],
  );
  const [actor] = actors;
  const closingActor =
    out.length > 0 &&
    lastSegment.sentences.length >= 2 &&
    actors.size === 1 &&
    actor !== undefined &&
    actor !== previous &&
    actor !== walk.narrator;
  // A paragraph that shows no one ("There was nobody on the step.") leaves the word with
  // whom the narration before it showed: the entrance stays as it was.
  let aside: string[] = [];
  const showsNoOne =
    out.length === 0 && !narration.some((s) => s.refs.some((ref) => walk.resolved.has(ref)));
  if (out.length > 0 && !carriesOn && !closingActor) walk.entrance = [];
  else if (closing && !showsNoOne) {
    // A paragraph of narration that ends on a thing ("There was a groove across the
    // fingers.") hands the word to the last person it showed acting.
    const shown =
      out.length === 0
        ? (narration.findLast((s) => s.refs.some((ref) => walk.resolved.has(ref))) ?? closing)
        : closing;
    // "The mailbox Dad had painted": a family word no cast member answers to is someone
    // remembered, not on stage.
    const onStage = (ref: Ref): boolean =>
      !ref.kinName || walk.named.has(walk.resolved.get(ref) ?? "");
    walk.entrance = shown.refs.filter(onStage).flatMap((ref) => weighRef(walk, ref, 1.5, shown));
    const talker = out.length === 0 ? talkingIn(walk, shown) : undefined;
    if (talker) walk.entrance = [...walk.entrance, { key: talker, weight: 1.5 }];
    if (out.length === 0) aside = dropBystanders(walk, shown);
  }
  keepFloorAfterSilence(walk, out.length === 0 ? narration : lastSegment.sentences);
  leave(walk, r, lastSegment);
  for (const k of aside)
    if (walk.recent.includes(k) && !walk.away.includes(k)) walk.away = [...walk.away, k];
  walk.addressee = out.length > 0 ? lastAddressee : null;
  if (out.length > 0) walk.namesAsked = asksOrGivesName(r, r.quotes.length - 1);
  walk.entranceAddressee = out.length === 0 && closing ? addressedIn(walk, closing) : null;
  if (out.length > 0) walk.lastParagraphSpeaker = previous;
  else if (narration.length > 0) walk.lastParagraphSpeaker = null;
  noteOpening(walk, out, narration);
  return out;
}

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
}

/** What the analyzer keeps of the speaker walk and the ranking from one pass to the next. */
export type SpeakerWalkMemo = SpeakerMemo<AttributorState, AttributedQuote, QuoteContext> &
  RankerMemo & {
    /** Each paragraph's scare quotes and turn, kept by text for one cast (paragraph-memo.ts). */
    paragraphs?: {
      readonly scare: ParagraphMemo<readonly boolean[]>;
      readonly turns: ParagraphMemo<TurnReading>;
      readonly replies: ParagraphMemo<ReplyReading>;
    };
  };

/**
 * The first-person narrator's name: the cast member marked `narrator: true`, or called
 * "narrator" or "I" (as a name or alias), else the string "narrator" (CONTRACT.md).
 */
export function narratorOf(cast: readonly Character[]): string {
  const isNarrator = (n: string): boolean => /^(?:narrator|I)$/i.test(n.trim());
  return (
    cast.find((c) => c.narrator)?.name ??
    cast.find((c) => [c.name, ...c.aliases].some(isNarrator))?.name ??
    "narrator"
  );
}

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
  const turns = turnsOf(story, readings, scare, describe, memos?.turns.pass(cache.described));
  const settled = answeredByName(
    settleConversations(
      quotesRead,
      turns,
      named,
      walk.contexts.map((c) => c.addressee),
    ),
    replyTurns(story, turns, readings, scare, describe, memos?.replies.pass(cache.described)),
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
  const ranked = rankSpeakers(read.quotes, read.contexts, read.named, undefined, cache.memo);
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
