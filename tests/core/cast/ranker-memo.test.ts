import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { findQuotes } from "../../../core/cast/quotes";
import { rankSpeakers } from "../../../core/cast/ranker";
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
});
