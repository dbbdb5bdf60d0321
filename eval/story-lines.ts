/**
 * One story's lines read twice, for the scripts that set the walk's first answer beside the
 * final one (speaker-classes.ts, pronoun-tags.ts): the walk's reading (`readSpeakers`, with each
 * line's context) of the parsed text, the whole analysis' quotes, the gold quotes matched to them, and the official
 * scorer's judge.
 */
import { analyzeStory } from "../core/analyze";
import { detectQuoteStyle, discoverCast, findQuotes } from "../core/cast";
import { compileCastMatcher, mentionsInParagraph } from "../core/cast/mentions";
import { readSegments } from "../core/cast/refs";
import { readSpeakers } from "../core/cast/speakers";
import { parseStory } from "../core/story";
import { match, officialJudge, type GoldQuote } from "./speakers";
import type { EvalStory } from "./stories";
import { turnsOf } from "./turns";

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

/** Narration of more than this many words between two turns ends a conversation. */
export const CONVERSATION_GAP = 120;
/** Verbs of looking or turning at someone ("She looked at Tom", "turned to him"). */
const TURNS_TO = /^(look|glanc|stare|star(ed|ing)|gaz|peer|turn|nod|smil|grinn?|frown|eye)/;
const ADVERB = /^(just|only|still|then|now|again|also|simply|merely)$|ly$/;

/**
 * A story's lines read by turns, as the turn-counting scripts (three-talk.ts, untagged-phase.ts,
 * conversation-ends.ts) read them: each paragraph with dialogue is one turn, read by its first
 * quote, with the walk's evidence and context, the gold and ours for it.
 */
export function turnView(story: EvalStory, withCast: boolean) {
  const lines = storyLines(story, withCast);
  const { text, read, final, gold, readAt, official, pairs } = lines;
  const goldAt = new Map<number, GoldQuote>();
  pairs.forEach((j, i) => j >= 0 && goldAt.set(j, gold[i]!));
  const at = (j: number): number | undefined => readAt.get(`${final[j]!.from}:${final[j]!.to}`);
  const turns = turnsOf(final);
  const para = (t: number): number => final[turns[t]![0]!]!.paragraph;
  const evidence = (j: number): string => {
    const r = at(j);
    return r === undefined ? "none" : read.quotes[r]!.evidence;
  };
  const g = (t: number): GoldQuote | undefined => goldAt.get(turns[t]![0]!);
  const between = (t: number): { words: number; broken: boolean; last: number } => {
    let words = 0;
    let broken = t === 0;
    let last = -1;
    for (let p = t > 0 ? para(t - 1) + 1 : para(t); p < para(t); p++) {
      const pt = text.paragraphs[p]!;
      if (pt.isBreak) broken = true;
      else if (pt.text.trim()) last = p;
      words += pt.text.split(/\s+/).filter(Boolean).length;
    }
    return { words, broken: broken || words > CONVERSATION_GAP, last };
  };
  const matcher = compileCastMatcher(lines.cast);
  const narrator = read.contexts[0]?.narrator ?? null;
  const ctx = (j: number) => {
    const r = at(j);
    return r === undefined ? undefined : read.contexts[r];
  };
  /** The cast members turn t's quotes name: called (`called`) or spoken of. */
  const named = (t: number, called: boolean): string[] => [
    ...new Set(
      turns[t]!.flatMap((j) =>
        [...(ctx(j)?.inQuote ?? [])].filter(([, v]) => v === called).map(([x]) => x),
      ),
    ),
  ];
  return {
    ...lines,
    matcher,
    narrator,
    turns,
    para,
    evidence,
    g,
    /** The walk's context of final quote j. */
    ctx,
    /** Whom turn t's quotes call by name. */
    calls: (t: number): string[] => named(t, true),
    /** Whom turn t's quotes speak of without calling. */
    mentions: (t: number): string[] => named(t, false),
    /** Turn t is open: no tag, beat or carried line settled its first quote. */
    open: (t: number): boolean => ["turn", "none"].includes(evidence(turns[t]![0]!)),
    ours: (t: number): string | null => final[turns[t]![0]!]!.speaker,
    /** Turn t's gold speaker is `key` by the official rule. */
    is: (t: number, key: string | null | undefined): boolean => {
      const gq = g(t);
      return !!gq && !!key && official(gq, key);
    },
    /** The narration before turn t: its words, whether it ends the talk, its last paragraph. */
    between,
    /**
     * The narration before turn t (if any, inside the talk): its last sentence's actor (the
     * narrator for "I"), and whom it looks or turns at.
     */
    narrationCue: (t: number): { actor: string | null; I: boolean; at: string | null } => {
      const none = { actor: null, I: false, at: null };
      const b = between(t);
      if (b.last < 0 || b.broken) return none;
      const p = text.paragraphs[b.last]!.text;
      const s = readSegments(p, [], mentionsInParagraph(p, matcher)).at(-1)?.sentences.at(-1);
      if (!s) return none;
      const ref = s.refs.find((r) => r.subject && r.weight >= 1) ?? s.refs.find((r) => r.subject);
      if (!ref) return none;
      let w = ref.next;
      while (w < s.words.length && ADVERB.test(s.words[w]!.lower)) w++;
      const verb = s.words[w]?.lower ?? "";
      const object = s.refs.find((r) => r.kind === "name" && r.from > ref.from);
      const I = ref.key === "i";
      const actor = ref.kind === "name" ? ref.key : I ? narrator : null;
      return { actor, I, at: TURNS_TO.test(verb) && object ? object.key : null };
    },
  };
}
