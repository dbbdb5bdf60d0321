import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { StoryAnalyzer } from "../../core/analyzer";

const seed = readFileSync(new URL("../../documents/story.txt", import.meta.url), "utf8");

/** The analysis of `text` by an analyzer that has read `before` first, and by a fresh one. */
function againAndFresh(before: string, text: string) {
  const warm = new StoryAnalyzer();
  warm.analyze(before);
  return { again: warm.analyze(text), fresh: new StoryAnalyzer().analyze(text) };
}

const names = (a: { characters: readonly { name: string }[] }) => a.characters.map((c) => c.name);

describe("StoryAnalyzer after an edit", () => {
  // A capitalised word the story also writes in lowercase is a common word unless it speaks.
  const ginger = (cat: string) =>
    [
      "Ginger ran to the door and opened it.",
      "Outside, Ginger smiled at the rain.",
      `Tom fed the ${cat} cat before he left.`,
      "Later Ginger walked home with Tom.",
    ].join("\n\n");

  it("finds the cast a fresh analysis finds when a lowercase word leaves the story", () => {
    const { again, fresh } = againAndFresh(ginger("ginger"), ginger("grey"));
    expect(names(fresh)).not.toEqual(names(new StoryAnalyzer().analyze(ginger("ginger"))));
    expect(names(again)).toEqual(names(fresh));
  });

  it("finds the cast a fresh analysis finds when a lowercase word comes into the story", () => {
    const { again, fresh } = againAndFresh(ginger("grey"), ginger("ginger"));
    expect(names(fresh)).not.toEqual(names(new StoryAnalyzer().analyze(ginger("grey"))));
    expect(names(again)).toEqual(names(fresh));
  });

  it("gives what a fresh analysis gives after edits that keep and change the cast", () => {
    const paragraphs = seed.split(/\n\s*\n/u);
    const middle = Math.floor(paragraphs.length / 2);
    const edits = [
      (p: string[]) => p.with(middle, p[middle]!.replace(" the ", " the old ")),
      (p: string[]) => p.with(middle, p[middle] + " Marguerite Quill waved."),
      (p: string[]) => p.with(3, p[3]!.replace(/\w+/u, "Then")),
      (p: string[]) => p.toSpliced(middle, 1),
    ];
    for (const edit of edits) {
      const text = edit(paragraphs).join("\n\n");
      const { again, fresh } = againAndFresh(seed, text);
      expect(again).toEqual(fresh);
    }
  });
});
