/**
 * In a two-person exchange, a bare line that calls the one turn-taking would give it ("Sorting
 * screws, Dan.") is the other's, the only one left who can say it: the conversation pass
 * (core/cast/conversation.ts) used to give it no one, and the ranker then chose someone from an
 * earlier scene. Not when the narration beside it names a third person who may answer.
 */
import { describe, expect, it } from "vitest";
import { settleConversations, type TurnInput } from "../../../core/cast/conversation";
import { firstStageLine as line, turnAt } from "./helpers";

const turn = (paragraph: number, addressees: string[] = [], present: string[] = []): TurnInput =>
  turnAt(paragraph, { addressees, present });

const named = new Set(["Ruth", "Dan", "Lorraine"]);
const quotes = [
  line(0, "Ruth", "tag"),
  line(1, "Dan", "turn"),
  line(2, "Ruth", "turn"),
  line(3, null, "none"),
];

describe("a bare line calling the one whose turn it would be", () => {
  it("goes to the other of the two talking", () => {
    const turns = [turn(0), turn(1), turn(2), turn(3, ["Dan"])];
    const out = settleConversations(quotes, turns, named);
    expect(out.map((q) => q.speaker)).toEqual(["Ruth", "Dan", "Ruth", "Ruth"]);
  });

  it("is left open when the narration beside it names a third person", () => {
    const turns = [turn(0), turn(1), turn(2, [], ["Lorraine"]), turn(3, ["Dan"])];
    const out = settleConversations(quotes, turns, named);
    expect(out[3]!.speaker).toBeNull();
  });
});
