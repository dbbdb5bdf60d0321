import { describe, expect, it } from "vitest";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";
import { readSegments, type Segment } from "../../../core/cast/refs";
import { perSegments } from "../../../core/cast/segment-memo";
import type { Character } from "../../../core/model";

const cast: Character[] = [{ name: "Dee", aliases: [], voice: "unknown" }];
const matcher = compileCastMatcher(cast);
const segmentsOf = (text: string): readonly Segment[] =>
  readSegments(text, [], mentionsInParagraph(text, matcher));

/** A memo of `read` and how many times it read. */
function counted<T>(read: (segments: readonly Segment[]) => T) {
  let reads = 0;
  const memo = perSegments((segments) => {
    reads++;
    return read(segments);
  });
  return { memo, reads: () => reads };
}

describe("perSegments", () => {
  it("reads a paragraph's segments once and answers as a fresh reading after", () => {
    const { memo, reads } = counted((segments) => segments.map((s) => s.text));
    const kept = segmentsOf("Dee looked up. The rain had stopped.");
    const first = memo(kept);
    expect(memo(kept)).toBe(first);
    expect(first).toEqual(segmentsOf("Dee looked up. The rain had stopped.").map((s) => s.text));
    expect(reads()).toBe(1);
  });

  it("keeps answers that are false or zero", () => {
    const none = counted((segments) => segments.length === 0);
    const zero = counted((segments) => segments.length - 1);
    const kept = segmentsOf("Dee waited.");
    for (let k = 0; k < 3; k++) {
      expect(none.memo(kept)).toBe(false);
      expect(zero.memo(kept)).toBe(0);
    }
    expect([none.reads(), zero.reads()]).toEqual([1, 1]);
  });

  it("reads other segments on their own, even of the same text", () => {
    const { memo, reads } = counted((segments) => segments.length);
    const a = segmentsOf("Dee ran. She fell.");
    const b = segmentsOf("Dee ran.");
    const again = segmentsOf("Dee ran. She fell.");
    expect([memo(a), memo(b), memo(again)]).toEqual([1, 1, 1]);
    expect(reads()).toBe(3);
  });
});
