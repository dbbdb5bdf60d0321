/**
 * A new paragraph straight after another is a new speaker, so an untagged line is not said by
 * the one whose tagged line follows it with no narration between (core/cast/conversation.ts):
 *
 *   "Where were you?" Ann asked.
 *   "Out," Ben said.
 *   "Out at the pier, if you must know."     the fill from the left: Ann, two turns back
 *   "At this hour?" Ann said.                so Ann would speak twice in a row; Ben goes on
 *
 * With narration between the line and the tag, the word can pass back to the one who spoke
 * last, and the fill from the left stands.
 */
import { describe, expect, it } from "vitest";
import { settleConversations, type TurnInput } from "../../../core/cast/conversation";
import { firstStageLine as line, person, speakersOf, turnAt } from "./helpers";

const named = new Set(["Ann", "Ben"]);
const quotes = [
  line(0, "Ann", "tag"),
  line(1, "Ben", "tag"),
  line(2, null, "none"),
  line(3, "Ann", "tag"),
];
const turns = (gapBeforeTag: number): TurnInput[] =>
  quotes.map((_, p) => turnAt(p, { gapWords: p === 3 ? gapBeforeTag : 0 }));

describe("an untagged line straight before a tagged one", () => {
  it("is not the tag's speaker", () => {
    const out = settleConversations(quotes, turns(0), named);
    expect(out.map((q) => q.speaker)).toEqual(["Ann", "Ben", "Ben", "Ann"]);
  });

  it("takes turns from the left when narration comes between it and the tag", () => {
    const out = settleConversations(quotes, turns(30), named);
    expect(out.map((q) => q.speaker)).toEqual(["Ann", "Ben", "Ann", "Ann"]);
  });

  it("goes to the one who spoke before, read through the whole pipeline", () => {
    const speakers = speakersOf(
      [person("Ann"), person("Ben")],
      '"Where were you?" Ann asked.',
      '"Out," Ben said.',
      '"Out at the pier, if you must know."',
      '"At this hour?" Ann said.',
    );
    expect(speakers).toEqual(["Ann", "Ben", "Ben", "Ann"]);
  });
});
