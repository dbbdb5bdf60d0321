/**
 * A run of untagged lines is read as a whole (core/cast/conversation.ts), also when the forward
 * fill let a first-stage guess bring a third person into the middle of it:
 *
 *   (Ben and Cy have each said a tagged line; a paragraph of narration)
 *   "Where's Cy gone?" Ann said.
 *   "He went for the van."           Ben
 *   "Cy said six o'clock."           Ann
 *   "Cy never means six."            guessed Cy, who spoke lately: the fill lets it stand
 *   "Then we wait."                  Ann
 *
 * Two people talk about a third; the lines that name Cy without calling him are not his, and the
 * reading in which Ben and Ann take turns breaks no evidence. The walk one line at a time keeps
 * Cy; the whole run's reading gives the line back to Ben.
 */
import { describe, expect, it } from "vitest";
import { settleConversations, type TurnInput } from "../../../core/cast/conversation";
import { firstStageLine as line, turnAt } from "./helpers";

const named = new Set(["Ann", "Ben", "Cy"]);
const quotes = [
  line(0, "Ben", "tag"),
  line(1, "Cy", "tag"),
  line(2, "Ann", "tag"),
  line(3, "Ben", "turn"),
  line(4, "Ann", "turn"),
  line(5, "Cy", "turn"),
  line(6, "Ann", "turn"),
];

const turns = (mentioned: string[][]): TurnInput[] =>
  quotes.map((_, p) => turnAt(p, { gapWords: p === 2 ? 40 : 0, mentioned: mentioned[p] ?? [] }));

describe("a run of untagged lines with a third person in its middle", () => {
  it("gives the line back to the two taking turns when the run names the third", () => {
    const out = settleConversations(quotes, turns([[], [], [], [], ["Cy"], ["Cy"]]), named);
    expect(out.map((q) => q.speaker)).toEqual(["Ben", "Cy", "Ann", "Ben", "Ann", "Ben", "Ann"]);
  });

  it("keeps the third person when nothing in the run says otherwise", () => {
    const out = settleConversations(quotes, turns([]), named);
    expect(out.map((q) => q.speaker)).toEqual(["Ben", "Cy", "Ann", "Ben", "Ann", "Cy", "Ann"]);
  });
});
