import { describe, expect, it } from "vitest";
import { parseStory } from "../../../core/story";
import { classicMacLineEnds, withLfLineEnds } from "../../../core/text/line-ends";

const MAC = "\uFEFFChapter One\r\r\u201cLate,\u201d she said.\r\r* * *\r\rThe next morning.\r";

describe("classicMacLineEnds", () => {
  it("counts the carriage returns of a file that ends its lines with nothing else", () => {
    expect(classicMacLineEnds(MAC)).toBe(7);
    // The contract reads no line end there, so the whole file is one paragraph.
    expect(parseStory(MAC).paragraphs).toHaveLength(1);
  });

  it("is 0 for LF and CRLF files, and for a stray CR in an LF file", () => {
    for (const text of [
      "One.\n\nTwo.\n",
      "One.\r\n\r\nTwo.\r\n",
      "One.\r Two.\n\nThree.\n",
      "",
      "One.",
    ])
      expect(classicMacLineEnds(text)).toBe(0);
  });
});

describe("a file that mixes carriage returns with LF or CRLF line ends", () => {
  // A classic Mac draft whose last lines were added on Windows, or a CRLF file with a stretch
  // pasted from one: its lines that end with a carriage return alone read as one paragraph.
  const MIXED = "One.\r\rTwo.\r\r* * *\r\rThree.\r\nFour.\r\n";

  it("counts the carriage returns that end lines alone, when they outnumber the LFs", () => {
    expect(classicMacLineEnds(MIXED)).toBe(6);
    expect(classicMacLineEnds("One.\rTwo.\n\nThree.\r\rFour.\r")).toBe(4);
  });

  it("makes those line ends LF, the LF and CRLF ones kept byte for byte", () => {
    const lf = withLfLineEnds(MIXED);
    expect(lf).toBe("One.\n\nTwo.\n\n* * *\n\nThree.\r\nFour.\r\n");
    expect(parseStory(lf).paragraphs.map((p) => p.text)).toEqual([
      "One.",
      "Two.",
      "* * *",
      "Three.\r\nFour.",
    ]);
  });
});

describe("withLfLineEnds", () => {
  it("makes each carriage return an LF, so the contract reads the paragraphs and the break", () => {
    const lf = withLfLineEnds(MAC);
    expect(lf).toBe(MAC.replaceAll("\r", "\n"));
    const story = parseStory(lf);
    expect(story.paragraphs.map((p) => p.text)).toEqual([
      "Chapter One",
      "\u201cLate,\u201d she said.",
      "* * *",
      "The next morning.",
    ]);
    expect(story.paragraphs[2]!.isBreak).toBe(true);
  });

  it("keeps every other character, and leaves a text with LF line ends as it is", () => {
    const text = "A\tb \u00e9\r\rc\u2014d\r";
    expect(withLfLineEnds(text).replaceAll("\n", "\r")).toBe(text);
    for (const same of ["One.\r\n\r\nTwo.\r\n", "One.\r Two.\n"])
      expect(withLfLineEnds(same)).toBe(same);
  });
});
