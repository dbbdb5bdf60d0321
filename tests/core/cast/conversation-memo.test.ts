/**
 * The conversation pass keeps each conversation's verdicts by its inputs (core/cast/conversation.ts):
 * a memo that has seen one story must answer another exactly as a fresh pass does. Random
 * conversations, each changed in one input at a time, so a key that leaves an input out answers
 * the changed conversation with the old one's verdicts.
 */
import { describe, expect, it } from "vitest";
import {
  ConversationMemo,
  settleConversations,
  type TurnInput,
} from "../../../core/cast/conversation";
import type { AttributedQuote } from "../../../core/cast/speakers";

const NAMES = ["Ann", "Bo", "Cy", "Dee"];
const EVIDENCE = ["tag", "continued", "beat", "turn", "none"] as const;
/** Beats and open lines weighted up (the pass's choices turn on them); "turn" only as a verdict. */
const EVIDENCE_DRAWN = ["tag", "continued", "beat", "beat", "beat", "none", "none"] as const;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  quotes: AttributedQuote[];
  turns: TurnInput[];
  saidTo: (string | null)[];
}

function story(rnd: () => number): Case {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = (p: number): string[] => NAMES.filter(() => rnd() < p);
  const quotes: AttributedQuote[] = [];
  const turns: TurnInput[] = [];
  for (let paragraph = 0; paragraph < 14; paragraph++) {
    const indexes: number[] = [];
    for (let index = 0; index < 1 + Math.floor(rnd() * 2); index++) {
      indexes.push(quotes.length);
      const speaker = rnd() < 0.6 ? pick(NAMES) : null;
      quotes.push({
        paragraph,
        index,
        from: quotes.length * 10,
        to: quotes.length * 10 + 5,
        text: "words",
        speaker,
        confidence: pick([0.3, 0.45, 0.6, 0.8]),
        evidence: pick(EVIDENCE_DRAWN),
        ...(speaker === null && rnd() < 0.5 ? { unnamed: "the man" } : {}),
      });
    }
    turns.push({
      paragraph,
      quotes: indexes,
      addressees: some(0.15),
      nameOnly: some(0.05),
      mentioned: some(0.1),
      present: some(0.3),
      gapWords: rnd() < 0.75 ? 0 : pick([5, 40, 200]),
      breakBefore: rnd() < 0.05,
      narrated: rnd() < 0.4,
    });
  }
  const saidTo = quotes.map(() => (rnd() < 0.2 ? pick(NAMES) : null));
  saidTo.push(rnd() < 0.2 ? pick(NAMES) : null);
  return { quotes, turns, saidTo };
}

type Change = (c: Case, rnd: () => number) => Case;

/** One input changed, in about a third of the places it occurs: each field `settle` reads. */
function changes(): Record<string, Change> {
  const turn =
    (f: (t: TurnInput, rnd: () => number) => Partial<TurnInput>): Change =>
    (c, rnd) => {
      const turns = c.turns.map((t) => (rnd() < 0.3 ? { ...t, ...f(t, rnd) } : t));
      return { ...c, turns };
    };
  const quote =
    (f: (q: AttributedQuote, rnd: () => number) => Partial<AttributedQuote>): Change =>
    (c, rnd) => {
      const quotes = c.quotes.map((q) => (rnd() < 0.3 ? { ...q, ...f(q, rnd) } : q));
      return { ...c, quotes };
    };
  const toggle = (xs: readonly string[], rnd: () => number): string[] => {
    const n = NAMES[Math.floor(rnd() * NAMES.length)]!;
    return xs.includes(n) ? xs.filter((x) => x !== n) : [...xs, n];
  };
  return {
    addressees: turn((t, rnd) => ({ addressees: toggle(t.addressees, rnd) })),
    nameOnly: turn((t, rnd) => ({ nameOnly: toggle(t.nameOnly, rnd) })),
    mentioned: turn((t, rnd) => ({ mentioned: toggle(t.mentioned, rnd) })),
    present: turn((t, rnd) => ({ present: toggle(t.present, rnd) })),
    gapWords: turn((t) => ({ gapWords: t.gapWords === 0 ? 5 : 0 })),
    narrated: turn((t) => ({ narrated: !t.narrated })),
    speaker: quote((_q, rnd) => ({ speaker: NAMES[Math.floor(rnd() * NAMES.length)]! })),
    unnamed: quote(() => ({ speaker: null, unnamed: "the woman" })),
    evidence: quote((q, rnd) => ({ evidence: EVIDENCE[Math.floor(rnd() * EVIDENCE.length)]! })),
    confidence: quote((q) => ({ confidence: (q.confidence ?? 0) < 0.5 ? 0.6 : 0.4 })),
    saidTo: (c, rnd) => {
      const saidTo = c.saidTo.map((s) =>
        rnd() < 0.3 ? (s === null ? NAMES[Math.floor(rnd() * NAMES.length)]! : null) : s,
      );
      return { ...c, saidTo };
    },
  };
}

/** What the pass decided, as against what it was given: the quotes it filled in. */
const verdicts = (quotes: readonly AttributedQuote[]): unknown[] =>
  quotes.map((q) => (q.evidence === "turn" ? [q.speaker, q.unnamed, q.confidence] : null));

const named = new Set(["Ann", "Bo", "Cy"]);
const settled = (c: Case, memo: ConversationMemo): AttributedQuote[] =>
  settleConversations(c.quotes, c.turns, named, c.saidTo, memo);

describe("the conversation memo", () => {
  for (const [field, change] of Object.entries(changes())) {
    it(`answers a conversation whose ${field} changed as a fresh pass does`, () => {
      let differed = 0;
      for (let seed = 1; seed <= 300; seed++) {
        const rnd = random(seed);
        const before = story(rnd);
        const after = change(before, rnd);
        const memo = new ConversationMemo();
        const old = settled(before, memo);
        const fresh = settled(after, new ConversationMemo());
        if (JSON.stringify(verdicts(fresh)) !== JSON.stringify(verdicts(old))) differed++;
        expect(settled(after, memo), `seed ${seed}`).toEqual(fresh);
      }
      // The change must change some verdict, or this test could not catch a key without it.
      expect(differed).toBeGreaterThan(0);
    });
  }

  it("stays within its two generations and still answers what it dropped", () => {
    const memo = new ConversationMemo(2);
    const cases = [1, 2, 3, 4, 5].map((seed) => story(random(seed)));
    const fresh = cases.map((c) => settled(c, new ConversationMemo()));
    for (let round = 0; round < 2; round++)
      cases.forEach((c, i) => expect(settled(c, memo)).toEqual(fresh[i]));
  });
});
