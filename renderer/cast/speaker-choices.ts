/**
 * The speakers a line's card offers. In a first-person story whose narrator the cast does not
 * name, the analysis gives the narrator's lines to "narrator", who has no card: without this
 * the writer could not give a line back to the narrator ("I passed." read as Mom's), only to
 * "Nobody in the cast".
 */

import { NARRATOR } from "../../core/scenes/detect";

/** What the choice reads of an analysis: who speaks each line and whose each scene is. */
export interface SpeakerReading {
  readonly quotes: readonly { readonly speaker: string | null }[];
  readonly scenes: readonly { readonly pov: string | null }[];
}

/** The cast's names, then the unnamed narrator when the story has one and the names lack it. */
export function speakerChoices(
  names: readonly string[],
  analysis: SpeakerReading | null,
): string[] {
  const told =
    analysis !== null &&
    (analysis.quotes.some((q) => q.speaker === NARRATOR) ||
      analysis.scenes.some((s) => s.pov === NARRATOR));
  return told && !names.includes(NARRATOR) ? [...names, NARRATOR] : [...names];
}
