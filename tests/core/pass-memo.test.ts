import { describe, expect, it } from "vitest";
import { namesInParagraph } from "../../core/cast/paragraph-names";
import { BoundaryMemo, sameNames, TitleMemo } from "../../core/pass-memo";
import { paragraphFeatures } from "../../core/scenes";

const cast = [{ name: "Ann", aliases: [] }];
const features = (texts: readonly string[]) => texts.map((t) => paragraphFeatures(t, cast));

describe("the scene boundaries kept between passes", () => {
  // The same heading opens two sections: the analyzer's cache gives both the same features.
  const heading = paragraphFeatures("Chapter 1", cast);
  const one = [heading, ...features(["Ann walked in.", "Hours later, Ann slept."])];
  const two = [heading, ...features(["The rain fell.", "At the inn, Ann ate."])];
  const evidence = (f: readonly unknown[]) => f.map(() => ({}));

  it("keeps each section's boundaries when two sections open on the same heading", () => {
    const memo = new BoundaryMemo();
    memo.pass();
    const first = [memo.boundariesOf(one, evidence(one)), memo.boundariesOf(two, evidence(two))];
    memo.pass();
    expect(memo.boundariesOf(one, evidence(one))).toBe(first[0]);
    expect(memo.boundariesOf(two, evidence(two))).toBe(first[1]);
  });

  it("keeps a section's boundaries when an edit leaves a paragraph's features as they were", () => {
    const memo = new BoundaryMemo();
    memo.pass();
    const first = memo.boundariesOf(one, evidence(one));
    memo.pass();
    // Read again (a new object), as after a typo fixed in the paragraph: the same values.
    const again = one.with(2, paragraphFeatures("Hours later, Ann slept.", cast));
    expect(again[2]).not.toBe(one[2]);
    expect(memo.boundariesOf(again, evidence(again))).toBe(first);
    memo.pass();
    const other = one.with(2, paragraphFeatures("Ann slept and slept.", cast));
    expect(memo.boundariesOf(other, evidence(other))).not.toBe(first);
  });

  it("chooses again for a section whose evidence changed", () => {
    const memo = new BoundaryMemo();
    memo.pass();
    const first = memo.boundariesOf(one, evidence(one));
    memo.pass();
    const changed = one.map((_, i): Record<string, number> => (i === 2 ? { Ann: 2 } : {}));
    expect(memo.boundariesOf(one, changed)).not.toBe(first);
  });
});

describe("the scene titles kept between passes", () => {
  const texts = ["The rain fell on the inn.", "Nobody came."];
  const scene = features(texts);

  it("keeps a scene's titles when its paragraphs, POV and place are the same", () => {
    const memo = new TitleMemo();
    const first = memo.pass().titlesOf(scene, texts, null, 4);
    expect(first[0]).toMatch(/^Scene 5/u);
    expect(memo.pass().titlesOf(scene, texts, null, 4)).toBe(first);
  });

  it("reads them again for another POV or another place in the story", () => {
    const memo = new TitleMemo();
    memo.pass().titlesOf(scene, texts, null, 4);
    memo.pass();
    expect(memo.titlesOf(scene, texts, null, 5)[0]).toMatch(/^Scene 6/u);
    expect(memo.titlesOf(scene, texts, "Ann", 4)[0]).toMatch(/^Ann/u);
  });
});

describe("the names discovery reads, compared between passes", () => {
  const read = (texts: readonly string[]) => texts.map((t) => namesInParagraph(t, "double"));

  it("reads the story again when a described person starts acting", () => {
    // The same words in lowercase either way: only who acts differs.
    const story = (p: string) => read(['"Go," said Tom.', p, "It was the end."]);
    const before = story("A girl smiled at the girl and a boy.");
    expect(sameNames(before, story("A girl smiled at the girl and a boy."))).toBe(true);
    expect(sameNames(before, story("The girl smiled at a girl and the boy."))).toBe(false);
  });
});
