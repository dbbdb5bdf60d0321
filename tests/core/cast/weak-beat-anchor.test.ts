/**
 * A beat the first stage was less than even sure of ("Shona looked at me over her chips") is no
 * anchor for the phase of the untagged run straight after it (core/cast/conversation.ts): a call
 * inside the run outweighs it, so the run walks back. A tag, or a surer beat, still weighs as
 * much as the call, and the forward reading stands.
 */
import { describe, expect, it } from "vitest";
import type { AttributedQuote } from "../../../core/cast/speakers";
import { settleConversations, type TurnInput } from "../../../core/cast/conversation";
import { firstStageLine as line, turnAt } from "./helpers";

const turn = (paragraph: number, addressees: string[] = []): TurnInput =>
  turnAt(paragraph, { addressees });

const named = new Set(["Ruth", "Dan"]);
/** Dan's anchor straight before the run; the run's fourth line calls Dan. */
const quotes = (anchor: AttributedQuote): AttributedQuote[] => [
  anchor,
  line(1, "Ruth", "turn"),
  line(2, "Dan", "turn"),
  line(3, "Ruth", "turn"),
  line(4, null, "none"),
  line(5, "Dan", "turn"),
];
const turns = [turn(0), turn(1), turn(2), turn(3), turn(4, ["Dan"]), turn(5)];
const speakers = (anchor: AttributedQuote): (string | null)[] =>
  settleConversations(quotes(anchor), turns, named).map((q) => q.speaker);

describe("the anchor straight before an untagged run", () => {
  it("weighs nothing when it is a beat the first stage was unsure of", () => {
    const unsure = { ...line(0, "Dan", "beat"), confidence: 0.45 };
    expect(speakers(unsure)).toEqual(["Dan", "Dan", "Ruth", "Dan", "Ruth", "Dan"]);
  });

  it("still weighs when it is a surer beat", () => {
    const sure = { ...line(0, "Dan", "beat"), confidence: 0.7 };
    expect(speakers(sure)).toEqual(["Dan", "Ruth", "Dan", "Ruth", "Ruth", "Dan"]);
  });

  it("still weighs when it is a tag", () => {
    expect(speakers(line(0, "Dan", "tag"))).toEqual(["Dan", "Ruth", "Dan", "Ruth", "Ruth", "Dan"]);
  });
});
