/**
 * A run of untagged lines between two people is read both ways (A, B, A ... and B, A, B ...)
 * against the evidence in it (core/cast/conversation.ts): a line that calls "Dan" is not Dan's,
 * so when the forward fill reaches it on Dan's turn, the whole run before it walks back, not
 * only that line ("Sorting screws, Dan." used to leave the four lines before it swapped).
 */
import { describe, expect, it } from "vitest";
import { settleConversations, type TurnInput } from "../../../core/cast/conversation";
import { firstStageLine as line, turnAt } from "./helpers";

const turn = (paragraph: number, addressees: string[] = [], gapWords = 0): TurnInput =>
  turnAt(paragraph, { addressees, gapWords });

const named = new Set(["Ruth", "Dan"]);
const quotes = [
  line(0, "Dan", "tag"),
  line(1, "Ruth", "turn"),
  line(2, "Dan", "turn"),
  line(3, "Ruth", "turn"),
  line(4, null, "none"),
  line(5, "Dan", "turn"),
];

describe("a run of untagged lines between two people", () => {
  it("walks back when a call late in the run says the turns are the other way round", () => {
    // Narration between the tag and the run: the anchor says nothing of the run's first line.
    const turns = [turn(0), turn(1, [], 40), turn(2), turn(3), turn(4, ["Dan"]), turn(5)];
    const out = settleConversations(quotes, turns, named);
    expect(out.map((q) => q.speaker)).toEqual(["Dan", "Dan", "Ruth", "Dan", "Ruth", "Dan"]);
  });

  it("keeps the forward reading when the anchor straight before the run weighs against it", () => {
    const turns = [turn(0), turn(1), turn(2), turn(3), turn(4, ["Dan"]), turn(5)];
    const out = settleConversations(quotes, turns, named);
    expect(out.map((q) => q.speaker)).toEqual(["Dan", "Ruth", "Dan", "Ruth", "Ruth", "Dan"]);
  });
});
