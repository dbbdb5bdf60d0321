/**
 * Whose scene a letter is. A story told in the third person may set a letter in the first
 * between its scenes ("Dear Gran, ... Love, / Noah"): the "I" there is the one who signs it, not
 * a narrator the story does not have. A story told all in letters by one writer is that
 * writer's, the narrator's, as before: only letters inside third-person narration are given to
 * their signer.
 */
import type { ParagraphFeatures } from "./features";

/**
 * Which paragraphs lie inside a letter: from a salutation to the sign-off that closes it (with
 * a signature on the line after a sign-off, "Lots of love," then "Kirsty x").
 */
function inLetters(features: readonly ParagraphFeatures[]): boolean[] {
  let open = false;
  return features.map((f, i) => {
    const l = f.letter;
    if (l.salutation !== null) open = true;
    const inside = open;
    const signature = l.signOff && !l.closes && features[i + 1]?.letter.headingLine === true;
    if ((l.signOff || l.closes) && !signature) open = false;
    if (l.salutation === null && !l.signOff && features[i - 1]?.letter.signOff && l.headingLine)
      open = false;
    return inside;
  });
}

/**
 * Whether the story's narration outside its letters is told in the third person
 * (`firstPerson` reads a run of paragraphs as the detection's story-wide reading does), so its
 * letters are their signers' scenes.
 */
export function lettersInThirdPerson(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Record<string, number>>[],
  firstPerson: (
    features: readonly ParagraphFeatures[],
    evidence: readonly Readonly<Record<string, number>>[],
  ) => boolean,
): boolean {
  const inside = inLetters(features);
  if (!inside.some(Boolean)) return false;
  const outside = (_: unknown, i: number): boolean => !inside[i];
  const outsideEvidence = evidence.filter(outside);
  if (!outsideEvidence.some((e) => Object.keys(e).length > 0)) return false;
  return !firstPerson(features.filter(outside), outsideEvidence);
}

/**
 * The one who signs a letter in the scene: the single cast name its sign-off and signature lines
 * mention ("Love,\nTom"; `signers`, not the letter's last sentence, "Give Ruth my love"); null
 * when none names one person.
 */
export function letterSigner(features: readonly ParagraphFeatures[]): string | null {
  for (let i = features.length - 1; i >= 0; i--) {
    const l = features[i]!.letter;
    const signature = !l.signOff && features[i - 1]?.letter.signOff === true && l.headingLine;
    if (!(l.signOff || l.closes || signature)) continue;
    const names = features[i]!.signers;
    if (names.length === 1) return names[0]!;
  }
  return null;
}
