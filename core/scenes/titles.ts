/**
 * Short generated scene titles: the point-of-view character and where the scene happens
 * ("Mara — the harbour office"), else when ("Tom — the next morning"), else its first action
 * ("Tom — climbs the fence"). The writer renames freely; these only need to tell scenes apart.
 */

import type { ParagraphFeatures } from "./features";

/** Titles never exceed this many characters. */
export const MAX_TITLE_LENGTH = 40;

const DASH = " — ";
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|my|our|your)\s+/iu;
const QUOTES = /"[^"]*"?|“[^”]*”?|‘(?:[^’]|’(?=\p{L}))*’(?!\p{L})/gu;
const LEADING_NAMES = /^(?:\p{Lu}[\p{L}'’-]*\s+)+/u;
/** Words that make a poor title start when the name is cut away. */
const WEAK_START = /^(?:and|but|then|so|as)\b\s*/iu;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/u, "") + "…";
}

/** "her first period class" reads better as "the first period class" out of context. */
function placeLabel(place: string): string {
  return place.replace(POSSESSIVE_PRONOUN, "the ");
}

/** A dialogue tag makes a poor title ("yelled as he bolted out"): the action is what follows. */
const SPEECH_TAG =
  /^(?:said|says|asked|replied|yelled|shouted|whispered|muttered|called|cried|answered|snapped|laughed|sighed|added|began)\b\s*/iu;
const DANGLING = /^(?:of|the|a|an|to|in|at|on|with|and|or|but|for|from|by|his|her|their|my|its)$/iu;
const AS_PRONOUN = /^as\s+(?:he|she|they|i|we|you)\s+/iu;

/** The opening action of a paragraph, without its subject: "climbs over the fence". */
function firstAction(text: string, pov: string | null): string | null {
  const narration = text.replace(QUOTES, " ").replace(/\s+/g, " ").trim();
  for (const match of narration.matchAll(/[^.!?…]+[.!?…]?/gu)) {
    let sentence = match[0].replace(/[.!?…]$/u, "").trim();
    // Drop the subject's name, full name included ("Edith Hale had run" -> "had run").
    if (pov && sentence.startsWith(pov + " "))
      sentence = sentence.slice(pov.length + 1).replace(LEADING_NAMES, "");
    sentence = sentence.replace(/^[,;:—–\s-]+/u, "").replace(WEAK_START, "");
    if (SPEECH_TAG.test(sentence)) {
      // "yelled as he bolted out the door" -> "bolted out the door"; a bare tag says nothing.
      const rest = sentence.replace(SPEECH_TAG, "").replace(/^[^,]*?\b(?=as\s)/iu, "");
      if (!AS_PRONOUN.test(rest)) continue;
      sentence = rest.replace(AS_PRONOUN, "");
    }
    const words = sentence.split(" ").filter(Boolean).slice(0, 5);
    // "bolted out the exit of" -> "bolted out the exit": a title does not end mid-phrase.
    while (words.length > 2 && DANGLING.test(words[words.length - 1]!)) words.pop();
    if (words.length >= 2) return words.join(" ");
  }
  return null;
}

/**
 * A title for a scene from its paragraphs' features and texts (the scene's own paragraphs, in
 * order) and its POV character. Never longer than MAX_TITLE_LENGTH, never empty.
 */
export function sceneTitle(
  features: readonly ParagraphFeatures[],
  texts: readonly string[],
  pov: string | null,
  index: number,
): string {
  const opening = features.slice(0, 3);
  const place =
    opening.find((f) => f.placeCue > 0 && f.place)?.place ?? opening.find((f) => f.place)?.place;
  const time = features[0]?.timePhrase;
  let detail: string | null = null;
  if (place) detail = placeLabel(place);
  else if (time) detail = time.toLowerCase();
  else {
    detail = firstAction(texts[0] ?? "", pov);
  }
  const head = pov ?? `Scene ${index + 1}`;
  if (!detail) return clip(head, MAX_TITLE_LENGTH);
  if (head.length + DASH.length >= MAX_TITLE_LENGTH - 4) return clip(head, MAX_TITLE_LENGTH);
  return head + DASH + clip(detail, MAX_TITLE_LENGTH - head.length - DASH.length);
}
