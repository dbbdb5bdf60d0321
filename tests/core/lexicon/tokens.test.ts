import { describe, expect, it } from "vitest";
import { tokenize } from "../../../core/lexicon";

/** The tokens' texts and where each starts and ends. */
const read = (text: string, from?: number, to?: number) =>
  tokenize(text, from, to).map((t) => `${t.text}@${t.from}-${t.to}`);

describe("tokenize", () => {
  it("joins runs across one inner hyphen or apostrophe, not across two or at an edge", () => {
    expect(read("c'mon, t-shirt--and 'preciate bleedin' Willow’s")).toEqual([
      "c'mon@0-5",
      "t-shirt@7-14",
      "and@16-19",
      "preciate@21-29",
      "bleedin@30-37",
      "Willow’s@39-47",
    ]);
  });

  it("keeps marks, digits and letters outside the BMP in the word", () => {
    // "café" written with a combining accent, a date, a mathematical capital (two UTF-16 units).
    expect(read("cafe\u0301 1999 \u{1d400}bc")).toEqual([
      "cafe\u0301@0-5",
      "1999@6-10",
      "\u{1d400}bc@11-15",
    ]);
  });

  it("reads only what starts inside [from, to), cut at `to`", () => {
    expect(read("one two-three four", 4, 9)).toEqual(["two-t@4-9"]);
    expect(read("one two", 1, 7)).toEqual(["ne@1-3", "two@4-7"]);
  });

  it("skips a lone surrogate, which is no letter", () => {
    expect(read("ab\ud835 cd \udc00ef")).toEqual(["ab@0-2", "cd@4-6", "ef@8-10"]);
  });
});
