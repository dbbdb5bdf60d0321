import { describe, expect, it } from "vitest";
import { unwrapLines, wrapBreaksIn, wrapColumn } from "../../../core/text/hard-wrap";

const WIDTH = 70;
/** Lines as a wrap at 70 leaves them: each would have taken the next line's first word past it. */
const prose = [
  "The tide came in over the flats for the third time that week, and the",
  "gulls rose from the mud in a body and came down again further along the",
  "shore, where the boats lay tilted on their keels.",
];

describe("the wrap breaks in a paragraph's text", () => {
  it("marks each break a wrap made, in any line ending, as unwrapLines joins them", () => {
    expect(wrapBreaksIn(prose.join("\n"), WIDTH)).toEqual([true, true]);
    expect(wrapBreaksIn(prose.join("\r\n"), WIDTH)).toEqual([true, true]);
    expect(wrapBreaksIn(prose.join("\r"), WIDTH)).toEqual([true, true]);
    expect(unwrapLines(prose, WIDTH)).toHaveLength(1);
  });

  it("leaves the writer's breaks: a short line, a list item, a sign-off", () => {
    const text = [
      "Dear Nadia, the keeper says the lamp will want oil by Thursday, so",
      "bring two cans.",
      "- wicks, a dozen, from the chandler on the quay by the harbour office",
      "- a tin of tea",
      "With all my love and the gulls' regards to your mother and the rest,",
      "Maren",
    ].join("\n");
    expect(wrapBreaksIn(text, WIDTH)).toEqual([true, false, false, false, false]);
  });

  it("keeps a Markdown hard break in a Markdown draft only", () => {
    const text = [`${prose[0]}  `, prose[1], prose[2]].join("\n");
    expect(wrapBreaksIn(text, WIDTH, true)).toEqual([false, true]);
    expect(wrapBreaksIn(text, WIDTH, false)).toEqual([true, true]);
  });

  it("reads indented lines by their words, and has one entry per break", () => {
    const text = ["    " + prose[0], prose[1], prose[2]].join("\n");
    expect(wrapBreaksIn(text, WIDTH)).toEqual([true, true]);
    expect(wrapBreaksIn("one line", WIDTH)).toEqual([]);
  });
});

describe("a line the wrap could not have made (wrev-26)", () => {
  it("leaves the break after a line far longer than the column: the writer typed it and broke it", () => {
    const long =
      "She had written the whole of it on one line, the way the laptop let her, without a break until the sentence ran out and then some more.";
    const text = [long, "Then she pressed the key."].join("\n");
    expect(wrapBreaksIn(text, WIDTH)).toEqual([false]);
    expect(wrapBreaksIn([...prose, long, "Then more."].join("\n"), WIDTH)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("still joins a wrapped line the writer has written more into, and one a long word overran", () => {
    const grown = `${prose[0]} and the boats, and the nets hung out to dry on the quay, and the`;
    expect(wrapBreaksIn([grown, prose[1], prose[2]].join("\n"), WIDTH)).toEqual([true, true]);
    const url = "https://example.com/a/very/long/address/that/runs/past/the/column/of/seventy";
    expect(wrapBreaksIn([prose[0], url, "and the rest."].join("\n"), WIDTH)).toEqual([true, true]);
  });
});

describe("verse of long lines (wrev-26)", () => {
  it("reads no wrap column where the lines open with capitals, as verse's do", () => {
    const verse = Array.from({ length: 6 }, () => [
      "I celebrate the tide and the keeper who climbs the stair every night",
      "And the sea that comes in over the flats and the gulls rising up, and",
    ]).flat();
    expect(wrapColumn([verse])).toBeNull();
    const lower = verse.map((line, i) => (i % 2 ? `and ${line.slice(4)}` : line.toLowerCase()));
    expect(wrapColumn([lower])).not.toBeNull();
  });
});
