/**
 * The conversation pass's rule for a question put to someone by name, turn by turn
 * (core/cast/conversation.ts, answerAsked): the open line straight after is the one asked's, at
 * the asked confidence, and only where the rule still holds once the pass has settled the run.
 * Each guard the rule has is pinned here, so taking one out fails a test.
 */
import { describe, expect, it } from "vitest";
import { settleConversations, type TurnInput } from "../../../core/cast/conversation";
import type { AttributedQuote } from "../../../core/cast/speakers";
import { firstStageLine as line, turnAt } from "./helpers";

const named = new Set(["Ann", "Bo", "Cy", "Di"]);
/** The asked confidence (conversation.ts ASKED_ANSWERS): no other fill reaches it. */
const ASKED = 0.55;

/** Each line's speaker and confidence (to two places) once the pass has settled them. */
const settled = (quotes: AttributedQuote[], turns: TurnInput[]): [string | null, number][] =>
  settleConversations(quotes, turns, named).map((q) => [
    q.speaker,
    +(q.confidence ?? 0).toFixed(2),
  ]);

/** Ann tags a line, then three open lines, the first of them Ann's question to Bo. */
const round = [
  line(0, "Ann", "tag"),
  line(1, null, "none"),
  line(2, null, "none"),
  line(3, null, "none"),
];

describe("the open line after a question put to someone by name", () => {
  it("is the one asked's, at the asked confidence", () => {
    const turns = [turnAt(0), turnAt(1, { asked: ["Bo"], addressees: ["Bo"] }), turnAt(2)];
    expect(settled(round.slice(0, 3), turns)[2]).toEqual(["Bo", ASKED]);
  });

  it("is not the one asked's across narration", () => {
    const turns = [
      turnAt(0),
      turnAt(1, { asked: ["Bo"], addressees: ["Bo"] }),
      turnAt(2, { gapWords: 5 }),
    ];
    expect(settled(round.slice(0, 3), turns)[2]![1]).toBeLessThan(ASKED);
  });

  it("is not the one asked's when it calls them itself", () => {
    // Ann asks Bo, tagged; the line after calls Bo ("Bo, you heard her?"): someone else's.
    const quotes = [line(0, "Cy", "tag"), line(1, "Ann", "tag"), line(2, null, "none")];
    const turns = [
      turnAt(0),
      turnAt(1, { asked: ["Bo"], addressees: ["Bo"] }),
      turnAt(2, { addressees: ["Bo"] }),
    ];
    expect(settled(quotes, turns)[2]).not.toEqual(["Bo", ASKED]);
  });

  it("is not the asker's own answer to a question naming them", () => {
    const turns = [turnAt(0, { asked: ["Ann"], addressees: ["Ann"] }), turnAt(1)];
    expect(settled(round.slice(0, 2), turns)[1]).not.toEqual(["Ann", ASKED]);
  });

  it("gives no asked confidence to a line the run's reading gives to someone else", () => {
    // The backward fill answers Bo's question with Bo, then the run's reading by parities hands
    // the question to Bo and the answer to Ann: the flag the fill set must not outlive its rule.
    const quotes = [...round.slice(0, 3), line(3, "Bo", "tag")];
    const turns = [
      turnAt(0),
      turnAt(1, { asked: ["Bo"], addressees: ["Bo"] }),
      turnAt(2),
      turnAt(3),
    ];
    const [speaker, confidence] = settled(quotes, turns)[2]!;
    expect(speaker === "Bo" || confidence < ASKED, `${speaker} at ${confidence}`).toBe(true);
  });
});
