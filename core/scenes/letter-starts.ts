/**
 * Where letters and diary entries start in a run of paragraphs, and which paragraphs lie inside
 * a letter of a run told in letters: read from each paragraph's letter lines (letters.ts).
 * Separate from the other cues, which read no letter lines.
 */

import type { ParagraphFeatures } from "./features";

/** Heading lines (an address, a date) a letter may carry above its salutation. */
const LETTER_HEADING_LINES = 3;

/**
 * Which paragraphs start a new letter or diary entry, one pass: the first heading line above a
 * salutation or a date line (an address line ends with a comma, as "HOWARDS END,"; a date line
 * is a date; a signature under the letter before, "Helen", is neither),
 * and the paragraph after a sign-off and its signature, unless a postscript. An inline
 * salutation ("Dear Tom, I hope...") counts only under a heading line or a sign-off, since a
 * letter may address its reader again mid-way ("My dear Judy,--likewise...").
 */
export function letterStarts(features: readonly ParagraphFeatures[]): ReadonlySet<number> {
  const starts = new Set<number>();
  const at = (k: number) => features[k]?.letter;
  const signedOff = (k: number): boolean =>
    at(k - 1)?.signOff === true ||
    at(k - 1)?.closes === true ||
    (at(k - 1)?.headingLine === true && at(k - 2)?.signOff === true);
  features.forEach((f, i) => {
    const l = f.letter;
    const prev = at(i - 1);
    const opens =
      l.salutation === "line" ||
      (l.salutation === "inline" && (prev === undefined || prev.headingLine || prev.signOff)) ||
      (l.dateLine && !at(i + 1)?.dateLine);
    if (opens) {
      let k = i;
      while (
        i - (k - 1) <= LETTER_HEADING_LINES &&
        at(k - 1)?.headingLine &&
        (at(k - 1)!.dateLine || at(k - 1)!.addressLine) &&
        !at(k - 1)!.signOff &&
        !signedOff(k - 1)
      )
        k--;
      starts.add(k);
    }
    if (
      signedOff(i) &&
      !l.postscript &&
      !l.signOff &&
      !(l.headingLine && (at(i - 1)?.signOff || at(i - 1)?.closes))
    )
      starts.add(i);
  });
  return starts;
}

/**
 * What is left of every other cue in a run told in letters or entries: one that opens on a letter
 * and starts another. There a letter is the scene, and the writer's news inside it (a room, a
 * month, a walk up a hill) is told, not a scene of its own.
 */
export const INSIDE_LETTER = 0.5;

/**
 * Which paragraphs lie inside a letter of a run told in letters or entries (one that opens on a
 * letter and starts another): from a letter's start to its sign-off. The narration between a
 * letter that signs off and the next is a story's own, with its own scenes.
 */
export function insideLetters(
  features: readonly ParagraphFeatures[],
  letters: ReadonlySet<number>,
): readonly boolean[] {
  const opening = [...letters].some((k) => k <= LETTER_HEADING_LINES);
  if (!opening || letters.size < 2) return features.map(() => false);
  let open = false;
  return features.map((f, i) => {
    // A letter opens on its heading or salutation; what follows a signature may be narration.
    const l = f.letter;
    if (letters.has(i) && (l.headingLine || l.salutation !== null)) open = true;
    const inside = open;
    if (l.signOff || l.closes) open = false;
    return inside;
  });
}
