/**
 * Whom a stretch of paragraphs follows, as the scene-cue counts read it (place-signs.ts,
 * cue-agreement.ts): the character the resolved POV evidence over it favours most, summed as the
 * detector sums a stretch (`sumEvidence`).
 */
import type { Evidence } from "../core/scenes/pov-evidence";
import { sumEvidence } from "../core/scenes/stretch";

/** The one the evidence over paragraphs `ks` favours most, or null when no one scores. */
export function leadOver(
  evidence: readonly Readonly<Evidence>[],
  ks: readonly number[],
): string | null {
  const best = Object.entries(sumEvidence(evidence, ks)).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : null;
}
