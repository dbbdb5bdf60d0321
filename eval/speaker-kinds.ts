/**
 * Where the speakers go wrong, by the kind of evidence a quote had: a name tag ("said Ann"), an
 * "I said", a pronoun tag ("he said"), a description tag ("said the old man"), "came the reply",
 * a tag that introduced the paragraph ("she asked:"), a quote carried on from the paragraph
 * before, and untagged lines with a beat (a person in the narration next to the quote) or bare.
 * For the quotes the ranker decides, how often the gold speaker is among its candidates at all
 * (candidate recall). And, per story, which gold speaker was given to whom (names only, no text),
 * so a held-out set can be diagnosed without reading it.
 *
 * Runs the same pipeline as the analysis (discovery with the gold cast, quotes, the rules, the
 * ranker), with the gold cast given.
 */
import { detectQuoteStyle, discoverCast, findQuotes } from "../core/cast";
import { allCandidateRows, rankSpeakers, type QuoteContext } from "../core/cast/ranker";
import { readSpeakers, type AttributedQuote } from "../core/cast/speakers";
import { castGenders, inferGenders } from "../core/cast/genders";
import { compileCastMatcher, mentionsInParagraph } from "../core/cast/mentions";
import { readParagraph } from "../core/cast/refs";
import type { Character } from "../core/model";
import { parseStory, type StoryText } from "../core/story";
import { match, norm, speakerJudge, type GoldQuote } from "./speakers";
import type { EvalStory } from "./stories";
import { countMiss, emptyMisses, type PronounMisses } from "./pronoun-misses";

export const EVIDENCE_KINDS = [
  "name tag",
  "I tag",
  "pronoun tag",
  "description tag",
  "came the reply",
  "introduced",
  "continued",
  "untagged, beat",
  "untagged, bare",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface KindTally {
  quotes: number;
  right: number;
  /** Quotes the ranker decides, and how many have the gold speaker among the candidates. */
  ranked: number;
  reachable: number;
}

/**
 * How the gold speaker of an untagged line that opens a turn (a paragraph's first quote) relates
 * to the gold speakers of the two turns before it: taking turns (A B A), the last one going on,
 * or someone else. Says whether turn-taking or the anchors it starts from are what fail.
 */
export const TURN_RELATIONS = ["takes turns", "goes on", "someone else"] as const;
export type TurnRelation = (typeof TURN_RELATIONS)[number];

export interface TurnTally {
  quotes: number;
  right: number;
  /** Of those, the lines whose two earlier turns the analysis got right, and how many it gets. */
  earlierRight: number;
  rightAfterRight: number;
}

export const emptyTurns = (): Record<TurnRelation, TurnTally> =>
  Object.fromEntries(
    TURN_RELATIONS.map((k) => [k, { quotes: 0, right: 0, earlierRight: 0, rightAfterRight: 0 }]),
  ) as Record<TurnRelation, TurnTally>;

export interface StoryKinds {
  readonly kinds: Record<EvidenceKind, KindTally>;
  readonly turns: Record<TurnRelation, TurnTally>;
  /** Pronoun tags given wrongly though the gold speaker was a candidate, by why. */
  readonly pronounMisses: PronounMisses;
  /** "gold -> given" with counts, wrong speakers only, most frequent first. */
  readonly confusions: readonly (readonly [string, number])[];
  /** The sex the analysis took each cast member to be ("m", "f", or "?"). */
  readonly sexes: Readonly<Record<string, string>>;
}

export const emptyKinds = (): Record<EvidenceKind, KindTally> =>
  Object.fromEntries(
    EVIDENCE_KINDS.map((k) => [k, { quotes: 0, right: 0, ranked: 0, reachable: 0 }]),
  ) as Record<EvidenceKind, KindTally>;

export function kindOf(q: AttributedQuote, c: QuoteContext): EvidenceKind {
  switch (c.tag) {
    case "name":
      return "name tag";
    case "i":
      return "I tag";
    case "pronoun":
      return "pronoun tag";
    case "description":
      return "description tag";
    case "other":
      return "came the reply";
    case "intro":
      return "introduced";
  }
  if (q.evidence === "continued") return "continued";
  return c.before.size > 0 || c.after.size > 0 ? "untagged, beat" : "untagged, bare";
}

/**
 * A story attributed with its gold cast as the analyzer does it, both stages kept apart (the
 * rule walk's reading and the ranker's answer, with every candidate row), and the judge of its
 * gold quotes: what the tables by kind of evidence and of untagged causes read.
 */
/** The sex the narration's pronouns give each named character of `cast`, as the analysis reads it. */
export function castSexes(
  text: StoryText,
  cast: readonly Character[],
): ReturnType<typeof castGenders> {
  const matcher = compileCastMatcher(cast);
  const quotes = findQuotes(text, detectQuoteStyle(text));
  const readings = text.paragraphs.map((p, i) =>
    readParagraph(
      p.isBreak ? "" : p.text,
      p.offset,
      quotes.filter((q) => q.paragraph === i),
      p.isBreak ? [] : mentionsInParagraph(p.text, matcher),
    ),
  );
  return castGenders(
    cast.filter((c) => !c.unnamed),
    inferGenders(readings),
  );
}

export function readWithGoldCast(story: EvalStory) {
  const text = parseStory(story.text);
  const cast = discoverCast(text, story.cast ?? []);
  const read = readSpeakers(text, findQuotes(text, detectQuoteStyle(text)), cast);
  const ranked = rankSpeakers(read.quotes, read.contexts, read.named);
  const rows = allCandidateRows(read.quotes, read.contexts);
  const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
  return { text, cast, read, ranked, rows, gold, judge: speakerJudge(story, gold) };
}

/** Scores one story with its gold cast by kind of evidence. */
export function storyKinds(story: EvalStory): StoryKinds {
  const { text, cast, read, ranked, rows, gold, judge } = readWithGoldCast(story);
  const kinds = emptyKinds();
  const pronounMisses = emptyMisses();
  const confusions = new Map<string, number>();
  const pairs = match(gold, ranked);
  const goldOf = new Map<number, GoldQuote>();
  const rightAt = new Map<number, boolean>();
  gold.forEach((g, i) => {
    const j = pairs[i]!;
    if (j < 0) return;
    const isGold = (key: string | null): boolean => judge(g, key);
    const q = ranked[j]!;
    goldOf.set(j, g);
    rightAt.set(j, isGold(q.speaker));
    const t = kinds[kindOf(read.quotes[j]!, read.contexts[j]!)];
    t.quotes++;
    const given = q.speaker ?? (q.unnamed ? `(${q.unnamed})` : null);
    if (isGold(q.speaker)) t.right++;
    else {
      const label = `${g.speaker ?? "(none)"} -> ${given ?? "(none)"}`;
      confusions.set(label, (confusions.get(label) ?? 0) + 1);
    }
    const candidates = rows[j];
    if (candidates) {
      t.ranked++;
      const goldKey = candidates.find((c) => isGold(c.key))?.key;
      if (goldKey) t.reachable++;
      if (goldKey && !isGold(q.speaker) && read.contexts[j]!.tag === "pronoun")
        countMiss(pronounMisses, j, goldKey, read.quotes, ranked, read.contexts);
    }
  });
  const turns = turnTallies(ranked, read.contexts, goldOf, rightAt);
  const genders = castSexes(text, cast);
  const sexes = Object.fromEntries(
    cast.filter((c) => !c.unnamed).map((c) => [c.name, genders.get(c.name) ?? "?"]),
  );
  return {
    kinds,
    turns,
    pronounMisses,
    confusions: [...confusions].sort((a, b) => b[1] - a[1]),
    sexes,
  };
}

/** The untagged turn openers by TurnRelation (quotes the gold speaks for, with a gold turn before). */
function turnTallies(
  quotes: readonly AttributedQuote[],
  contexts: readonly QuoteContext[],
  goldOf: ReadonlyMap<number, GoldQuote>,
  rightAt: ReadonlyMap<number, boolean>,
): Record<TurnRelation, TurnTally> {
  const turns = emptyTurns();
  const openers = quotes.flatMap((q, j) =>
    j === 0 || quotes[j - 1]!.paragraph !== q.paragraph ? [j] : [],
  );
  openers.forEach((j, t) => {
    if (t < 2 || contexts[j]!.tag !== null) return;
    const [g, g1, g2] = [j, openers[t - 1]!, openers[t - 2]!].map((k) => goldOf.get(k)?.speaker);
    if (!g || !g1 || !g2) return;
    const relation: TurnRelation =
      norm(g) === norm(g1) ? "goes on" : norm(g) === norm(g2) ? "takes turns" : "someone else";
    const tally = turns[relation];
    const right = rightAt.get(j) === true;
    tally.quotes++;
    tally.right += Number(right);
    if (rightAt.get(openers[t - 1]!) && rightAt.get(openers[t - 2]!)) {
      tally.earlierRight++;
      tally.rightAfterRight += Number(right);
    }
  });
  return turns;
}

export function addTurns(into: Record<TurnRelation, TurnTally>, from: StoryKinds["turns"]): void {
  for (const k of TURN_RELATIONS) {
    into[k].quotes += from[k].quotes;
    into[k].right += from[k].right;
    into[k].earlierRight += from[k].earlierRight;
    into[k].rightAfterRight += from[k].rightAfterRight;
  }
}

/** The table: untagged turn openers by how their gold speaker follows the two turns before. */
export function turnLines(turns: Record<TurnRelation, TurnTally>): string[] {
  return [
    "untagged turn openers, gold speaker vs the two turns before   quotes   right  earlier two right: quotes  right",
    ...TURN_RELATIONS.map((k) => {
      const t = turns[k];
      return `  ${k.padEnd(58)} ${String(t.quotes).padStart(6)} ${pct(t.right, t.quotes).padStart(7)} ${String(t.earlierRight).padStart(26)} ${pct(t.rightAfterRight, t.earlierRight).padStart(6)}`;
    }),
  ];
}

export function addKinds(into: Record<EvidenceKind, KindTally>, from: StoryKinds["kinds"]): void {
  for (const k of EVIDENCE_KINDS) {
    into[k].quotes += from[k].quotes;
    into[k].right += from[k].right;
    into[k].ranked += from[k].ranked;
    into[k].reachable += from[k].reachable;
  }
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) + "%" : "-");

/** The table: per kind, quotes, share right, and candidate recall where the ranker decides. */
export function kindLines(kinds: Record<EvidenceKind, KindTally>): string[] {
  return [
    "with the cast, by kind of evidence    quotes   right  ranked  gold among candidates",
    ...EVIDENCE_KINDS.map((k) => {
      const t = kinds[k];
      return `  ${k.padEnd(34)} ${String(t.quotes).padStart(6)} ${pct(t.right, t.quotes).padStart(7)} ${String(t.ranked).padStart(7)} ${pct(t.reachable, t.ranked).padStart(7)}`;
    }),
  ];
}
