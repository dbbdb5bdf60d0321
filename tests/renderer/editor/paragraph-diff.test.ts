import { describe, expect, it } from "vitest";
import { diffParagraphs, summarizeChanges } from "../../../renderer/editor/paragraph-diff";

const story = (...ps: string[]): string => ps.join("\n\n") + "\n";

describe("diffParagraphs", () => {
  it("finds nothing between equal texts, whatever their line endings", () => {
    expect(diffParagraphs(story("A.", "B."), story("A.", "B."))).toEqual([]);
    expect(diffParagraphs("A.\r\n\r\nB.\r\n", "A.\n\nB.\n")).toEqual([]);
  });

  it("names a changed, an added and a removed paragraph with their numbers", () => {
    const changes = diffParagraphs(
      story("A.", "B.", "C.", "D."),
      story("A.", "B, edited.", "C.", "New.", "D."),
    );
    expect(changes).toEqual([
      { kind: "changed", before: 1, after: 1, beforeText: "B.", afterText: "B, edited." },
      { kind: "added", before: -1, after: 3, beforeText: "", afterText: "New." },
    ]);
    expect(diffParagraphs(story("A.", "B.", "C."), story("A.", "C."))).toEqual([
      { kind: "removed", before: 1, after: -1, beforeText: "B.", afterText: "" },
    ]);
    expect(summarizeChanges(changes)).toBe("1 paragraph changed, 1 added");
    expect(summarizeChanges([])).toBe("no paragraph changed");
  });

  it("finds the one edit in a 20,000-paragraph story", () => {
    const paragraphs = Array.from(
      { length: 20_000 },
      (_, i) => `Paragraph ${i} of a very long draft.`,
    );
    const edited = [...paragraphs];
    edited[10_000] = "Rewritten.";
    // Its speed is npm run bench's (typing in a 300,000-word story); here, the one change found.
    expect(diffParagraphs(story(...paragraphs), story(...edited))).toHaveLength(1);
  });
});
