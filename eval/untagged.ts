/**
 * The untagged section: where the lines with no tag of their own (bare, or with an action beat)
 * go wrong with the gold cast, and where runs of wrong lines start. Counts only, no text, so a
 * held-out set can be diagnosed unread.
 *
 * An untagged line given wrongly has one likely cause, the first that holds: a speech verb in
 * the words just after it (a tag the reading missed: "rejoined his young interlocutor"), a gold
 * speaker who is no candidate at all, the line before it wrong too (turn-taking carried an
 * error on), a later line of its paragraph; else, for a line that opens a turn, how its gold
 * speaker follows the gold of the two turns before (takes turns, goes on, someone else),
 * straight after another line or after narration. Only the last rows are turn-taking's own.
 *
 * A run of wrong lines starts at a wrong line whose line before is right (or that opens the
 * story): counted by the kind of evidence the line had, they say which evidence errors begin
 * with, and how many lines were wrong in all.
 */
import { SPEECH_VERBS } from "../core/cast/cues";
import type { EvalSection, SectionResult } from "./section";
import { EVIDENCE_KINDS, kindOf, readWithGoldCast, type EvidenceKind } from "./speaker-kinds";
import { match, norm, type GoldQuote } from "./speakers";
import type { EvalStory } from "./stories";

export const UNTAGGED_CAUSES = [
  "a speech verb just after it (a tag not read)",
  "gold speaker no candidate",
  "the line before it wrong too",
  "a later line of its paragraph",
  "opens a turn: takes turns",
  "opens a turn: takes turns, after narration",
  "opens a turn: goes on",
  "opens a turn: goes on, after narration",
  "opens a turn: someone else",
  "opens a turn: someone else, after narration",
  "opens a turn: fewer than two turns before",
] as const;
export type UntaggedCause = (typeof UNTAGGED_CAUSES)[number];

export interface UntaggedTally {
  readonly causes: Record<UntaggedCause, number>;
  /** Wrong lines whose line before is right, by kind of evidence, and all wrong lines. */
  readonly starts: Record<EvidenceKind, number>;
  readonly wrong: Record<EvidenceKind, number>;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export const emptyUntagged = (): UntaggedTally => ({
  causes: zeros(UNTAGGED_CAUSES),
  starts: zeros(EVIDENCE_KINDS),
  wrong: zeros(EVIDENCE_KINDS),
});

export function addUntagged(into: UntaggedTally, from: UntaggedTally): void {
  for (const k of UNTAGGED_CAUSES) into.causes[k] += from.causes[k];
  for (const k of EVIDENCE_KINDS) {
    into.starts[k] += from.starts[k];
    into.wrong[k] += from.wrong[k];
  }
}

/** Words of narration read after a quote for a speech verb: a tag sits within them. */
const TAG_REACH = 4;

/** Scores one story with its gold cast. */
export function untaggedTally(story: EvalStory): UntaggedTally {
  const tally = emptyUntagged();
  const { text, read, ranked, rows, gold, judge } = readWithGoldCast(story);
  const goldOf = new Map<number, GoldQuote>();
  match(gold, ranked).forEach((j, i) => j >= 0 && goldOf.set(j, gold[i]!));
  const right = (j: number): boolean | undefined => {
    const g = goldOf.get(j);
    return g ? judge(g, ranked[j]!.speaker) : undefined;
  };
  const openers: number[] = [];
  ranked.forEach((q, j) => {
    const opens = j === 0 || ranked[j - 1]!.paragraph !== q.paragraph;
    if (opens) openers.push(j);
    const g = goldOf.get(j);
    if (!g || right(j)) return;
    const kind = kindOf(read.quotes[j]!, read.contexts[j]!);
    tally.wrong[kind]++;
    const before = j > 0 ? right(j - 1) : true;
    if (before !== false) tally.starts[kind]++;
    if (kind !== "untagged, beat" && kind !== "untagged, bare") return;
    tally.causes[untaggedCause(j, opens, before === false)]++;
  });
  return tally;

  function untaggedCause(j: number, opens: boolean, afterWrong: boolean): UntaggedCause {
    const q = ranked[j]!;
    const p = text.paragraphs[q.paragraph]!;
    const after = p.text.slice(q.to - p.offset).toLowerCase();
    const words = after.match(/\p{L}+/gu)?.slice(0, TAG_REACH) ?? [];
    if (words.some((w) => SPEECH_VERBS.has(w)))
      return "a speech verb just after it (a tag not read)";
    const g = goldOf.get(j)!;
    if (!rows[j]?.some((r) => judge(g, r.key))) return "gold speaker no candidate";
    if (afterWrong) return "the line before it wrong too";
    if (!opens) return "a later line of its paragraph";
    const t = openers.length - 1;
    const [g1, g2] = [openers[t - 1], openers[t - 2]].map((k) =>
      k === undefined ? undefined : goldOf.get(k)?.speaker,
    );
    if (!g1 || !g2) return "opens a turn: fewer than two turns before";
    const narrated =
      q.paragraph - ranked[openers[t - 1]!]!.paragraph > 1 ? ", after narration" : "";
    const relation =
      norm(g.speaker) === norm(g1)
        ? "goes on"
        : norm(g.speaker) === norm(g2)
          ? "takes turns"
          : "someone else";
    return `opens a turn: ${relation}${narrated}` as UntaggedCause;
  }
}

/** The two tables, pooled and per half. */
export function untaggedLines(
  all: UntaggedTally,
  even: UntaggedTally,
  odd: UntaggedTally,
): string[] {
  const cell = (n: number): string => String(n).padStart(6);
  return [
    "untagged lines given wrongly with the cast, by likely cause      all  even   odd",
    ...UNTAGGED_CAUSES.map(
      (k) => `  ${k.padEnd(60)}${cell(all.causes[k])}${cell(even.causes[k])}${cell(odd.causes[k])}`,
    ),
    "",
    "where runs of wrong lines start (the line before right), by evidence   starts  wrong",
    ...EVIDENCE_KINDS.map((k) => `  ${k.padEnd(68)}${cell(all.starts[k])} ${cell(all.wrong[k])}`),
  ];
}

export const untaggedSection: EvalSection = {
  name: "untagged",
  run(stories): SectionResult | null {
    const scored = stories.filter((s) => s.cast && Array.isArray(s.gold["quotes"]));
    if (scored.length === 0) return null;
    const tallies = scored.map(untaggedTally);
    const pool = (keep: (i: number) => boolean): UntaggedTally => {
      const t = emptyUntagged();
      tallies.forEach((x, i) => keep(i) && addUntagged(t, x));
      return t;
    };
    const [all, even, odd] = [pool(() => true), pool((i) => i % 2 === 0), pool((i) => i % 2 === 1)];
    return { lines: untaggedLines(all, even, odd), json: { all, even, odd } };
  },
};
