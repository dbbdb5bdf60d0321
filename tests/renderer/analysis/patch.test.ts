import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnalysisEngine } from "../../../renderer/analysis/engine";
import { applyPatch } from "../../../renderer/analysis/patch";
import type { DocAnalysis, ParagraphSplice } from "../../../renderer/analysis/protocol";

const seed = readFileSync(new URL("../../../documents/story.txt", import.meta.url), "utf8");
const paragraphs = seed.split(/\n\s*\n/u);

/**
 * An engine on the bundled story. With a speaker correction that matches no line, the fast
 * path localizes its whole answer, as it did before patches: the reference.
 */
function engine(whole: boolean): AnalysisEngine {
  const e = new AnalysisEngine();
  e.configure({
    cast: [],
    storyWords: [],
    corrections: whole ? [{ paragraph: "none", quote: "no such line", speaker: null }] : [],
  });
  e.apply({ start: 0, deleteCount: 0, insert: paragraphs });
  e.analyze();
  return e;
}

const withoutTime = ({ ms: _ms, ...rest }: DocAnalysis) => rest;

const middle = Math.floor(paragraphs.length / 2);
const edits: readonly [string, ParagraphSplice][] = [
  ["a word typed", { start: middle, deleteCount: 1, insert: [paragraphs[middle] + " Willow"] }],
  [
    "a paragraph split in two",
    { start: 3, deleteCount: 1, insert: [paragraphs[3]!, '"Hello," said Willow.'] },
  ],
  ["a paragraph deleted", { start: middle, deleteCount: 2, insert: [paragraphs[middle]!] }],
];

describe("the fast path's patch", () => {
  it.each(edits)("after %s, gives the answer a whole localize gives", (_name, splice) => {
    const patched = engine(false);
    const whole = engine(true);
    patched.apply(splice);
    whole.apply(splice);
    const answer = patched.quickPatch()!;
    expect(answer.patch).not.toBeNull();
    expect(withoutTime(answer.analysis)).toEqual(withoutTime(whole.quick()!));
  });

  it.each(edits)(
    "after %s, applied to the last answer on the other side, gives the same",
    (_n, splice) => {
      const e = engine(false);
      const before = structuredClone(e.analyze());
      e.apply(splice);
      const answer = e.quickPatch()!;
      const received = applyPatch(before, structuredClone(answer.patch!));
      expect(received).toEqual(answer.analysis);
      // Only the edited paragraphs' items cross: a keystroke sends a few, not the story's.
      expect(answer.patch!.quotes.length + answer.patch!.mentions.length).toBeLessThan(
        (answer.analysis.quotes.length + answer.analysis.mentions.ranges.length / 4) / 4,
      );
    },
  );
});

describe("the fast path", () => {
  const settings = { cast: [], storyWords: [] };
  const opened = (insert: string[]): ParagraphSplice => ({
    start: 0,
    deleteCount: Number.MAX_SAFE_INTEGER,
    insert,
  });

  /** An engine as the worker leaves it with a short story open and analysed. */
  function shortStoryOpen(): AnalysisEngine {
    const e = new AnalysisEngine();
    e.configure(settings);
    e.apply(opened(['"Tide one," said Anna.']));
    e.analyze();
    return e;
  }

  it("is not taken for a story opened in place of another, however short both are", () => {
    const e = shortStoryOpen();
    // As the worker sees an open: the new story's settings (answered for the old text), then
    // its text replacing every paragraph.
    e.configure(settings);
    e.analyze();
    e.apply(opened(["The lamp was lit.", '"Bell," said Tobiah.', "Fog."]));
    expect(e.quickPatch()).toBeNull();
    expect(e.analyze().characters.map((c) => c.name)).toContain("Tobiah");
  });

  it("is still taken for a keystroke in a one-paragraph story", () => {
    const e = shortStoryOpen();
    e.apply({ start: 0, deleteCount: 1, insert: ['"Tide one, two," said Anna.'] });
    expect(e.quickPatch()).not.toBeNull();
  });
});
