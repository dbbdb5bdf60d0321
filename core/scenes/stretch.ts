/**
 * The stretches a candidate boundary is read over (about a page of paragraphs on each side),
 * the evidence summed over one, and the strength of a lexical cohesion dip: how the cues read
 * the text around a gap rather than one paragraph. Separate because both the scoring and the
 * viewpoint cues (pov-shift.ts) read it.
 */

import type { BoundaryWeights } from "./boundary-weights";
import type { ParagraphFeatures } from "./features";
import { addInto, type Evidence } from "./pov-evidence";

/**
 * The paragraphs on one side of a candidate (its own and the following ones, or the ones before
 * it) that together hold about `stretchWords` words: at least one, never more than that unless
 * one paragraph alone is longer, so a stretch rarely runs on into the next scene.
 */
export function stretch(
  features: readonly ParagraphFeatures[],
  at: number,
  direction: 1 | -1,
  w: BoundaryWeights,
): readonly number[] {
  const out: number[] = [];
  let words = 0;
  for (let i = direction === 1 ? at : at - 1; i >= 0 && i < features.length; i += direction) {
    const next = features[i]!.words;
    if (out.length > 0 && (words + next > w.stretchWords || out.length >= w.stretchParagraphs))
      break;
    out.push(i);
    words += next;
  }
  return out;
}

export function sumEvidence(
  evidence: readonly Readonly<Evidence>[],
  indexes: readonly number[],
): Evidence {
  const total: Evidence = {};
  for (const i of indexes) addInto(total, evidence[i]!, 1);
  return total;
}

/** A cohesion dip's strength, 0..1: nothing below one standard deviation, full at three. */
export function cohesionCue(z: number): number {
  return Math.max(0, Math.min(1, (z - 1) / 2));
}
