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
import { parseStory } from "../core/story";
import { match, speakerJudge, type GoldQuote } from "./speakers";
import type { EvalStory } from "./stories";

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

export interface StoryKinds {
  readonly kinds: Record<EvidenceKind, KindTally>;
  /** "gold -> given" with counts, wrong speakers only, most frequent first. */
  readonly confusions: readonly (readonly [string, number])[];
  /** The sex the analysis took each cast member to be ("m", "f", or "?"). */
  readonly sexes: Readonly<Record<string, string>>;
}

export const emptyKinds = (): Record<EvidenceKind, KindTally> =>
  Object.fromEntries(
    EVIDENCE_KINDS.map((k) => [k, { quotes: 0, right: 0, ranked: 0, reachable: 0 }]),
  ) as Record<EvidenceKind, KindTally>;

function kindOf(q: AttributedQuote, c: QuoteContext): EvidenceKind {
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

/** Scores one story with its gold cast by kind of evidence. */
export function storyKinds(story: EvalStory): StoryKinds {
  const text = parseStory(story.text);
  const cast = discoverCast(text, story.cast ?? []);
  const read = readSpeakers(text, findQuotes(text, detectQuoteStyle(text)), cast);
  const ranked = rankSpeakers(read.quotes, read.contexts, read.named);
  const rows = allCandidateRows(read.quotes, read.contexts);
  const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
  const judge = speakerJudge(story, gold);
  const kinds = emptyKinds();
  const confusions = new Map<string, number>();
  const pairs = match(gold, ranked);
  gold.forEach((g, i) => {
    const j = pairs[i]!;
    if (j < 0) return;
    const isGold = (key: string | null): boolean => judge(g, key);
    const q = ranked[j]!;
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
      if (candidates.some((c) => isGold(c.key))) t.reachable++;
    }
  });
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
  const named = cast.filter((c) => !c.unnamed);
  const genders = castGenders(named, inferGenders(readings));
  const sexes = Object.fromEntries(named.map((c) => [c.name, genders.get(c.name) ?? "?"]));
  return { kinds, confusions: [...confusions].sort((a, b) => b[1] - a[1]), sexes };
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
