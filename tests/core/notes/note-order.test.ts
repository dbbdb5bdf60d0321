import { describe, expect, it } from "vitest";
import { byPlace } from "../../../core/notes";

describe("the notes' one order", () => {
  // ux-32: the fast path sorted by start alone and the full pass by start and end.
  it("puts notes by where they start, then where they end, and keeps notes on one span as they came", () => {
    const notes = [
      { from: 9, to: 12, id: "later" },
      { from: 4, to: 11, id: "phrase" },
      { from: 4, to: 8, id: "word" },
      { from: 4, to: 8, id: "story-wide, same word" },
    ];
    expect([...notes].sort(byPlace).map((n) => n.id)).toEqual([
      "word",
      "story-wide, same word",
      "phrase",
      "later",
    ]);
  });
});
