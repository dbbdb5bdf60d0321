/** What the Earlier Versions dialog says of a version: when, words against now, what differs. */
import { describe, expect, it } from "vitest";
import {
  firstDifference,
  openingOf,
  preview,
  whenKept,
  wordsAgainst,
} from "../../../renderer/versions/version-summary";

const local = (y: number, mo: number, d: number, h: number, mi: number): string =>
  new Date(y, mo - 1, d, h, mi).toISOString();

describe("when a version was kept", () => {
  const now = new Date(2026, 11, 7, 9, 30);
  it("says today and yesterday by the calendar, not by 24 hours", () => {
    expect(whenKept(local(2026, 12, 7, 0, 5), now)).toBe("today 00:05");
    expect(whenKept(local(2026, 12, 6, 18, 2), now)).toBe("yesterday 18:02");
    expect(whenKept(local(2026, 12, 6, 9, 45), now)).toBe("yesterday 09:45");
  });
  it("gives the date further back, and the year when it is not this one", () => {
    expect(whenKept(local(2026, 12, 3, 9, 15), now)).toBe("3 Dec 09:15");
    expect(whenKept(local(2025, 12, 28, 23, 59), now)).toBe("28 Dec 2025 23:59");
  });
  it("gives the second when asked (two versions kept in one minute)", () => {
    const at = new Date(2026, 11, 7, 9, 5, 7).toISOString();
    expect(whenKept(at, now, true)).toBe("today 09:05:07");
  });
});

describe("words against the text now", () => {
  it("says how many more or fewer", () => {
    expect(wordsAgainst(1204, 1240)).toBe("1,204 words (−36 against now)");
    expect(wordsAgainst(12, 9)).toBe("12 words (+3 against now)");
    expect(wordsAgainst(1, 1)).toBe("1 word (as many as now)");
  });
});

describe("previews", () => {
  it("opens with the first paragraph, byte-order mark and blank lines skipped", () => {
    expect(openingOf("\uFEFF\n\nIt was late.\nThe rain came.\n\nNext.")).toBe(
      "It was late. The rain came.",
    );
    expect(openingOf("")).toBe("");
  });
  it("cuts a long paragraph at a word", () => {
    const cut = preview("word ".repeat(60), 40);
    expect(cut.endsWith("word…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
  });
  it("finds the first paragraph that differs, whatever the line endings", () => {
    const now = "One.\n\nTwo, now.\n\nThree.\n";
    expect(firstDifference("One.\r\n\r\nTwo, then.\r\n\r\nThree.\r\n", now)).toEqual({
      paragraph: "Two, then.",
      number: 2,
      removed: false,
    });
  });
  it("shows a long paragraph from a little before where it parts from the text now", () => {
    const start = "The keeper climbed the hundred and twelve steps before dawn, ".repeat(4);
    const found = firstDifference(`${start}counting them.`, `${start}singing.`)!;
    expect(found.paragraph.startsWith("…")).toBe(true);
    expect(found.paragraph.endsWith("counting them.")).toBe(true);
  });
  it("names the first paragraph added since a version that was cut short", () => {
    expect(firstDifference("One.\n\nTwo.\n", "One.\n\nTwo.\n\nThree.\n")).toEqual({
      paragraph: "Three.",
      number: 3,
      removed: true,
    });
  });
  it("finds none when the paragraphs read the same", () => {
    expect(firstDifference("One.\n\nTwo.\n", "One.\n\n\nTwo.")).toBeNull();
  });
  it("names the line that differs in a draft laid out one paragraph per line, as the editor reads it", () => {
    // The editor reads such a file as one paragraph of lines until they are separated.
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the draft.`);
    const changed = lines.map((line, i) => (i === 21 ? "Line 22, rewritten." : line));
    expect(firstDifference(lines.join("\n"), changed.join("\n"))).toEqual({
      paragraph: "Line 22 of the draft.",
      number: 1,
      line: 22,
      removed: false,
    });
  });
  it("names the line the writer typed on or cut, not the last line both have", () => {
    // crev-34: a line added at the end (or one cut) was named as the line before it, which
    // reads the same in both: "Paragraph 1, line 2 differs: Two."
    expect(firstDifference("One.\nTwo.\n", "One.\nTwo.\nThree.\n")).toEqual({
      paragraph: "Three.",
      number: 1,
      line: 3,
      endsBeforeLine: true,
      removed: false,
    });
    expect(firstDifference("One.\nTwo.\nThree.\n", "One.\nTwo.\n")).toEqual({
      paragraph: "Three.",
      number: 1,
      line: 3,
      removed: false,
    });
    // Words added at the end of a line: that line, not the next.
    expect(firstDifference("One.\nTwo.\nThree.\n", "One.\nTwo. More.\nThree.\n")).toEqual({
      paragraph: "Two.",
      number: 1,
      line: 2,
      removed: false,
    });
  });
  it("gives no line for a paragraph of one line, nor for one only wrapped differently", () => {
    expect(firstDifference("One.\n\nTwo, then.\n", "One.\n\nTwo, now.\n")).not.toHaveProperty(
      "line",
    );
    expect(
      firstDifference("One.\n\nTwo words\nwrapped.\n", "One.\n\nTwo\nwords wrapped."),
    ).toBeNull();
  });
});
