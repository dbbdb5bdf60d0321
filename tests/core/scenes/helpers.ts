import type { DetectedScene } from "../../../core/scenes";

/** Scene starts after the first: the boundaries a reader would mark. */
export function boundariesOf(scenes: readonly { firstParagraph: number }[]): number[] {
  return scenes.slice(1).map((s) => s.firstParagraph);
}

/**
 * Boundary F1 with a tolerance: a predicted boundary matches an unmatched gold boundary at
 * most `tolerance` paragraphs away (greedy, nearest first), each used once.
 */
export function boundaryF1(
  predicted: readonly number[],
  gold: readonly number[],
  tolerance = 1,
): number {
  const used = new Set<number>();
  let hits = 0;
  for (const p of predicted) {
    let best: number | null = null;
    for (const g of gold) {
      if (used.has(g) || Math.abs(g - p) > tolerance) continue;
      if (best === null || Math.abs(g - p) < Math.abs(best - p)) best = g;
    }
    if (best !== null) {
      used.add(best);
      hits++;
    }
  }
  if (predicted.length === 0 || gold.length === 0) return predicted.length === gold.length ? 1 : 0;
  const precision = hits / predicted.length;
  const recall = hits / gold.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Every non-break paragraph in exactly one scene, scenes in order, no break inside one. */
export function expectCoverage(
  scenes: readonly DetectedScene[],
  isBreak: readonly boolean[],
): string | null {
  const owner = new Array<number>(isBreak.length).fill(-1);
  let last = -1;
  for (const [k, s] of scenes.entries()) {
    if (s.firstParagraph <= last) return `scene ${k} starts at ${s.firstParagraph}, before ${last}`;
    if (s.lastParagraph < s.firstParagraph) return `scene ${k} is empty`;
    for (let i = s.firstParagraph; i <= s.lastParagraph; i++) {
      if (isBreak[i]) return `scene ${k} holds break line ${i}`;
      owner[i] = k;
    }
    last = s.lastParagraph;
  }
  const missing = owner.findIndex((o, i) => o < 0 && !isBreak[i]);
  return missing >= 0 ? `paragraph ${missing} is in no scene` : null;
}
