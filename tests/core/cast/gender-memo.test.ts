/**
 * inferGenders keeps each paragraph's votes with its segments: a paragraph an analyzer hands
 * back unchanged (the same segments) must still vote as a fresh reading would when what comes
 * before it changed.
 */
import { describe, expect, it } from "vitest";
import { inferGenders } from "../../../core/cast/genders";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";
import { readParagraph, readSegments } from "../../../core/cast/refs";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";

const cast: Character[] = ["Tom", "Mary"].map((name) => ({ name, aliases: [], voice: "unknown" }));
const matcher = compileCastMatcher(cast);

/** Readings of `paragraphs`, their segments from `kept` (by text) as an analyzer's cache gives. */
function readings(paragraphs: string[], kept: Map<string, ReturnType<typeof readSegments>>) {
  const story = storyFromParagraphs(paragraphs);
  return story.paragraphs.map((p) =>
    readParagraph(p.text, p.offset, [], mentionsInParagraph(p.text, matcher), (text, q, m) => {
      const found = kept.get(text) ?? readSegments(text, q, m);
      kept.set(text, found);
      return found;
    }),
  );
}

describe("inferGenders across passes", () => {
  it("reads a kept paragraph again when the paragraph before it changed", () => {
    const kept = new Map<string, ReturnType<typeof readSegments>>();
    const first = ["Tom came in from the yard.", "He sat down by the fire."];
    expect(Object.fromEntries(inferGenders(readings(first, kept), cast))).toEqual({ Tom: "m" });
    const edited = ["Mary came in from the yard.", "He sat down by the fire."];
    const again = inferGenders(readings(edited, kept), cast);
    const fresh = inferGenders(readings(edited, new Map()), cast);
    expect(Object.fromEntries(again)).toEqual(Object.fromEntries(fresh));
    expect(again.has("Tom")).toBe(false);
  });

  it("gives a fresh reading's answers, in its order, when the first paragraph changes", () => {
    const kept = new Map<string, ReturnType<typeof readSegments>>();
    const story = [
      "Tom walked to the gate. He waited there for Mary.",
      "She came at last. She was late, and he said so.",
      "Mary laughed at him.",
    ];
    inferGenders(readings(story, kept), cast);
    const edited = story.with(0, "Mary walked to the gate. She waited there for Tom.");
    const again = inferGenders(readings(edited, kept), cast);
    expect([...again]).toEqual([...inferGenders(readings(edited, new Map()), cast)]);
  });
});
