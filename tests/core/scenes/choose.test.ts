import { describe, expect, it } from "vitest";
import {
  BOUNDARY_WEIGHTS,
  chooseBoundaries,
  paragraphFeatures,
  type BoundaryCandidate,
} from "../../../core/scenes";

/** A run of plain paragraphs of about 60 words each, with one cue of `score` at `at`. */
function run(paragraphs: number, at: number, score: number) {
  const text = Array.from({ length: 12 }, () => "The rain kept on over the fields.").join(" ");
  const features = Array.from({ length: paragraphs }, () => paragraphFeatures(text, []));
  const candidates: BoundaryCandidate[] = features.map((_, i) => ({
    paragraph: i,
    score: i === at ? score : 0,
    reasons: [],
  }));
  return { features, candidates };
}

describe("chooseBoundaries: a long run is rarely one scene", () => {
  const near = BOUNDARY_WEIGHTS.price - BOUNDARY_WEIGHTS.longSectionBonus + 0.05;

  it("takes the best boundary of a long run when it comes near the price", () => {
    const { features, candidates } = run(24, 12, near);
    expect(features.reduce((n, f) => n + f.words, 0)).toBeGreaterThan(1000);
    expect(chooseBoundaries(features, candidates).map((c) => c.paragraph)).toEqual([12]);
  });

  it("leaves a short run whole, and a long one whose best cue is weak", () => {
    const short = run(8, 4, near);
    expect(chooseBoundaries(short.features, short.candidates)).toEqual([]);
    const weak = run(24, 12, BOUNDARY_WEIGHTS.price - BOUNDARY_WEIGHTS.longSectionBonus - 0.05);
    expect(chooseBoundaries(weak.features, weak.candidates)).toEqual([]);
  });

  it("adds nothing to a run that already has a boundary", () => {
    const { features, candidates } = run(24, 6, BOUNDARY_WEIGHTS.price + 0.1);
    candidates[18] = { paragraph: 18, score: near, reasons: [] };
    expect(chooseBoundaries(features, candidates).map((c) => c.paragraph)).toEqual([6]);
  });
});
