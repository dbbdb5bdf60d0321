/**
 * Why the ranker misses a pronoun tag ("he said") whose gold speaker is among its candidates,
 * as counts only (no text), so a held-out set can be diagnosed from the eval's table. Each miss
 * is counted under the first reason that holds, in MISS_REASONS order: the sex the analysis
 * knew for the gold speaker, then how the gold speaker stands to the lines before.
 */
import { earlierTurns, type QuoteContext } from "../core/cast/ranker";
import type { AttributedQuote } from "../core/cast/speakers";

export const MISS_REASONS = [
  "gold's sex not known",
  "gold's sex known wrong",
  "gold called by name in the line before",
  "gold spoke two turns ago, last turn same sex",
  "gold spoke last turn",
  "gold among the last four speakers",
  "gold not a recent speaker",
] as const;
export type MissReason = (typeof MISS_REASONS)[number];

export interface PronounMisses {
  readonly reasons: Record<MissReason, number>;
  /** Misses where the ranker kept the rules' own answer (the pronoun's resolution). */
  ruleKept: number;
}

export const emptyMisses = (): PronounMisses => ({
  reasons: Object.fromEntries(MISS_REASONS.map((r) => [r, 0])) as Record<MissReason, number>,
  ruleKept: 0,
});

const keyOf = (q: AttributedQuote): string | null => q.speaker ?? q.unnamed ?? null;

/**
 * Counts the miss of quote j (a pronoun tag, given wrongly, its gold speaker `gold` among the
 * candidates). `rules` are the rules' answers, `ranked` the ranker's.
 */
export function countMiss(
  into: PronounMisses,
  j: number,
  gold: string,
  rules: readonly AttributedQuote[],
  ranked: readonly AttributedQuote[],
  contexts: readonly QuoteContext[],
): void {
  const c = contexts[j]!;
  if (keyOf(ranked[j]!) === keyOf(rules[j]!)) into.ruleKept++;
  into.reasons[missReason(j, gold, ranked, rules, c, contexts[j - 1])]++;
}

function missReason(
  j: number,
  gold: string,
  ranked: readonly AttributedQuote[],
  rules: readonly AttributedQuote[],
  c: QuoteContext,
  before: QuoteContext | undefined,
): MissReason {
  const sex = c.genders.get(gold) ?? null;
  if (sex === null) return "gold's sex not known";
  if (sex !== c.tagGender) return "gold's sex known wrong";
  const lastSpeaker = j > 0 ? keyOf(ranked[j - 1]!) : null;
  if (before?.inQuote.get(gold) === true && gold !== lastSpeaker)
    return "gold called by name in the line before";
  const { turns } = earlierTurns(rules, j);
  const [last, twoAgo] = turns;
  if (gold === twoAgo && last && c.genders.get(last) === c.tagGender)
    return "gold spoke two turns ago, last turn same sex";
  if (gold === last) return "gold spoke last turn";
  const recent = new Set<string>();
  for (let k = j - 1; k >= 0 && recent.size < 4; k--) {
    const key = keyOf(ranked[k]!);
    if (key) recent.add(key);
  }
  return recent.has(gold) ? "gold among the last four speakers" : "gold not a recent speaker";
}

export function addMisses(into: PronounMisses, from: PronounMisses): void {
  for (const r of MISS_REASONS) into.reasons[r] += from.reasons[r];
  into.ruleKept += from.ruleKept;
}

/** The table: pronoun-tag misses with the gold among the candidates, by reason. */
export function missLines(m: PronounMisses): string[] {
  const total = MISS_REASONS.reduce((s, r) => s + m.reasons[r], 0);
  return [
    `pronoun tags given wrongly, gold among the candidates: ${total} (rules' answer kept: ${m.ruleKept})`,
    ...MISS_REASONS.map((r) => `  ${r.padEnd(50)} ${String(m.reasons[r]).padStart(6)}`),
  ];
}
