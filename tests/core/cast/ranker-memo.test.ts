import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { findQuotes } from "../../../core/cast/quotes";
import { rankSpeakers, type QuoteContext } from "../../../core/cast/ranker";
import type { RankerMemo } from "../../../core/cast/ranker-memo";
import { readSpeakers, type AttributedQuote } from "../../../core/cast/speakers";
import { storyFromParagraphs } from "../../../core/story";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });

// Ann and Bo take turns; only the rules' first answer ("Ann", a name tag) is sure.
const story = storyFromParagraphs([
  "Ann came into the kitchen where Bo was reading the paper.",
  '"You are up early," said Ann.',
  '"I could not sleep."',
  '"Nor could I."',
  '"Then we should have tea."',
]);
const read = readSpeakers(story, findQuotes(story), [person("Ann"), person("Bo")]);

describe("the ranker's memo", () => {
  it("keeps the last pass's answers when nothing changed", () => {
    const memo: RankerMemo = {};
    const first = rankSpeakers(read.quotes, read.contexts, read.named, undefined, memo);
    const again = rankSpeakers(read.quotes, read.contexts, read.named, undefined, memo);
    expect(again).toEqual(first);
    expect(again[3]).toBe(first[3]);
  });

  it("ranks again from a quote whose rules' answer changed, though its context is the same", () => {
    const memo: RankerMemo = {};
    rankSpeakers(read.quotes, read.contexts, read.named, undefined, memo);
    // Settling a conversation can change an earlier quote's answer without a new context:
    // later quotes' candidates (who spoke last turn, lines so far) change with it.
    const changed: AttributedQuote[] = read.quotes.map((q, i) =>
      i === 1 ? { ...q, speaker: "Ann", evidence: "beat", confidence: 0.8 } : q,
    );
    const fresh = rankSpeakers(changed, read.contexts, read.named);
    expect(fresh).not.toEqual(rankSpeakers(read.quotes, read.contexts, read.named));
    expect(rankSpeakers(changed, read.contexts, read.named, undefined, memo)).toEqual(fresh);
  });

  it("ranks again when the named cast changes", () => {
    const memo: RankerMemo = {};
    rankSpeakers(read.quotes, read.contexts, read.named, undefined, memo);
    const named = new Set([...read.named].filter((n) => n !== "Bo"));
    const fresh = rankSpeakers(read.quotes, read.contexts, named);
    expect(fresh).not.toEqual(rankSpeakers(read.quotes, read.contexts, read.named));
    expect(rankSpeakers(read.quotes, read.contexts, named, undefined, memo)).toEqual(fresh);
  });

  // After an edit the walk makes every later context anew, and the quotes stand elsewhere.
  const moved = (quotes: readonly AttributedQuote[]): AttributedQuote[] =>
    quotes.map((q) => ({ ...q, paragraph: q.paragraph + 1, from: q.from + 7, to: q.to + 7 }));
  const remade = (): QuoteContext[] => read.contexts.map((c) => structuredClone(c));

  it("gives a moved quote whose context reads the same the answer a fresh ranking gives", () => {
    const memo: RankerMemo = {};
    rankSpeakers(read.quotes, read.contexts, read.named, undefined, memo);
    const quotes = moved(read.quotes);
    const got = rankSpeakers(quotes, remade(), read.named, undefined, memo);
    expect(got).toEqual(rankSpeakers(quotes, read.contexts, read.named));
    expect(got[2]!.from).toBe(read.quotes[2]!.from + 7);
  });

  const last = read.quotes.length - 1;
  /** The memo's answers for `quotes` after a pass over the story as read, and a fresh ranking's. */
  const afterEdit = (quotes: readonly AttributedQuote[], contexts: readonly QuoteContext[]) => {
    const memo: RankerMemo = {};
    rankSpeakers(read.quotes, read.contexts, read.named, undefined, memo);
    return {
      kept: rankSpeakers(quotes, contexts, read.named, undefined, memo),
      fresh: rankSpeakers(quotes, contexts, read.named),
    };
  };
  const unchanged = rankSpeakers(moved(read.quotes), remade(), read.named);

  it("builds a moved quote's rows again when its context reads otherwise", () => {
    // The narration around the last line now points at Ann.
    const contexts = remade();
    const votes = new Map([["Ann", 5]]);
    contexts[last] = { ...contexts[last]!, before: votes, after: votes };
    const { kept, fresh } = afterEdit(moved(read.quotes), contexts);
    expect(fresh[last]).not.toEqual(unchanged[last]);
    expect(kept).toEqual(fresh);
  });

  it("builds a moved quote's rows again when the quotes before it changed", () => {
    // The second line is now Ann's too, by a beat: the turns before the last line change.
    const quotes = moved(read.quotes).map((q, i) =>
      i === 1 ? { ...q, speaker: "Ann", evidence: "beat" as const, confidence: 0.8 } : q,
    );
    const { kept, fresh } = afterEdit(quotes, remade());
    expect(fresh[last]).not.toEqual(unchanged[last]);
    expect(kept).toEqual(fresh);
  });

  it("builds a moved quote's rows again when its turns changed", () => {
    // The last line now follows the one before in its own paragraph: no turn taken.
    const quotes = moved(read.quotes).map((q, i) =>
      i === last ? { ...q, paragraph: q.paragraph - 1 } : q,
    );
    const { kept, fresh } = afterEdit(quotes, remade());
    expect(fresh[last]).not.toEqual({ ...unchanged[last], paragraph: quotes[last]!.paragraph });
    expect(kept).toEqual(fresh);
  });
});
