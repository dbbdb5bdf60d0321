/**
 * Short generated scene titles, as a writer would label them: the point-of-view character and
 * where the scene happens ("Mara — the harbour office"), else when ("Tom — the next morning"),
 * else its opening action ("Tom — climbed the fence"); a first-person scene has no name in front
 * ("The harbour office"). No two scenes of a story share a title: a later scene in a place
 * already used takes its next candidate (another place, its time, its action) before a number.
 * The writer renames freely; these only need to tell scenes apart.
 */

import type { ParagraphFeatures } from "./features";

/** Titles never exceed this many characters. */
export const MAX_TITLE_LENGTH = 40;

const DASH = " — ";
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|my|our|your|that|this|those|these)\s+/iu;
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

/** "her first period class" and "that alley" read better as "the ..." out of context. */
function placeLabel(place: string): string {
  return place.replace(POSSESSIVE_PRONOUN, "the ").replace(/^The\s/u, "the ");
}

/** A dialogue tag makes a poor title ("yelled as he bolted out"): the action is what follows. */
const SPEECH_TAG =
  /^(?:said|says|asked|replied|yelled|shouted|whispered|muttered|called|cried|answered|snapped|laughed|sighed|added|began)\b\s*/iu;
const DANGLING = /^(?:of|the|a|an|to|in|at|on|with|and|or|but|for|from|by|his|her|their|my|its)$/iu;
const AS_PRONOUN = /^as\s+(?:he|she|they|i|we|you)\s+/iu;

const OPENING_CHARS = 600;
const PRONOUN_SUBJECT = /^(?:he|she|i|they|we)\s+(?=\p{Ll})/iu;

/**
 * The opening action of a paragraph, without its subject: "climbed over the fence". With
 * `ownOnly`, only a sentence whose subject is the POV character (by name or pronoun) counts.
 */
function firstAction(
  text: string,
  pov: string | null,
  ownOnly = false,
  keepI = false,
): string | null {
  // The opening is enough for a title; a long paragraph is not read to its end.
  const narration = text.slice(0, OPENING_CHARS).replace(QUOTES, " ").replace(/\s+/g, " ").trim();
  for (const match of narration.matchAll(/[^.!?…]+[.!?…]?/gu)) {
    let sentence = match[0].replace(/[.!?…]$/u, "").trim();
    // Drop the subject's name, full name included ("Edith Hale had run" -> "had run").
    const own = (pov && sentence.startsWith(pov + " ")) || PRONOUN_SUBJECT.test(sentence);
    if (ownOnly && !own) continue;
    if (pov && sentence.startsWith(pov + " "))
      sentence = sentence.slice(pov.length + 1).replace(LEADING_NAMES, "");
    // A first-person title keeps its "I" or "We" ("I woke at half three"); others drop it.
    if (!(keepI && /^(?:I|We)\s/u.test(sentence))) sentence = sentence.replace(PRONOUN_SUBJECT, "");
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
    if (words.length >= 3) return words.join(" ");
  }
  return null;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Names that keep their capital at the start of a time phrase ("Monday morning"). */
const CALENDAR_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b/u;

/**
 * A time phrase as a title's detail: "The next morning" -> "the next morning", "It was June"
 * -> "June". Only the sentence's own capital is lowered; a month or day keeps its capital.
 */
function timeLabel(phrase: string): string {
  const rest = phrase.replace(/^it (?:was|is) /iu, "");
  if (rest !== phrase || CALENDAR_NAME.test(rest)) return rest;
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/**
 * Titles for one scene, best first, from its paragraphs' features and texts (the scene's own
 * paragraphs, in order) and its POV character (`narrator` for a first-person scene: no name in
 * front). Each is at most MAX_TITLE_LENGTH characters and none is empty.
 */
export function titleCandidates(
  features: readonly ParagraphFeatures[],
  texts: readonly string[],
  pov: string | null,
  index: number,
  narrator = "narrator",
): readonly string[] {
  const opening = features.slice(0, 3);
  const details: string[] = [];
  const add = (detail: string | null | undefined): void => {
    if (detail && !details.includes(detail)) details.push(detail);
  };
  const placeOf = (f: ParagraphFeatures): string | null => (f.place ? placeLabel(f.place) : null);
  add(opening.filter((f) => f.placeCue > 0).map(placeOf)[0]);
  opening.forEach((f) => add(placeOf(f)));
  const time = features[0]?.timePhrase;
  add(time ? timeLabel(time) : null);
  const name = pov === narrator ? null : pov;
  const firstPerson = pov === narrator;
  // Actions cost a read of the text: only as many as it takes to have two to choose from.
  for (const text of texts.slice(0, 3))
    if (details.length < 2) add(firstAction(text, name, true, firstPerson));
  if (details.length < 2) features.slice(3).forEach((f) => add(placeOf(f)));
  if (details.length === 0) add(firstAction(texts[0] ?? "", name, false, firstPerson));

  const head = name ?? (pov === narrator ? null : `Scene ${index + 1}`);
  const titles: string[] = [];
  for (const detail of details) {
    let title: string;
    if (!head) title = clip(capitalise(detail), MAX_TITLE_LENGTH);
    else if (head.length + DASH.length >= MAX_TITLE_LENGTH - 4)
      title = clip(head, MAX_TITLE_LENGTH);
    else title = head + DASH + clip(detail, MAX_TITLE_LENGTH - head.length - DASH.length);
    if (!titles.includes(title)) titles.push(title);
  }
  if (titles.length === 0) titles.push(clip(head ?? `Scene ${index + 1}`, MAX_TITLE_LENGTH));
  return titles;
}

/** The best title for one scene (see `titleCandidates`). */
export function sceneTitle(
  features: readonly ParagraphFeatures[],
  texts: readonly string[],
  pov: string | null,
  index: number,
): string {
  return titleCandidates(features, texts, pov, index)[0]!;
}

/**
 * One title per scene, no two alike: each scene takes its first candidate no earlier scene has
 * taken, else its first candidate numbered ("Mara — the roof (2)"). Linear in the candidates.
 */
export function distinctTitles(candidates: readonly (readonly string[])[]): readonly string[] {
  const taken = new Set<string>();
  // The next number to try per first candidate, so a novel of repeats stays linear.
  const nextNumber = new Map<string, number>();
  return candidates.map((list) => {
    let title = list.find((t) => !taken.has(t));
    const base = list[0]!;
    for (let n = nextNumber.get(base) ?? 2; title === undefined; n++) {
      const suffix = ` (${n})`;
      const numbered = clip(base, MAX_TITLE_LENGTH - suffix.length) + suffix;
      if (!taken.has(numbered)) {
        title = numbered;
        nextNumber.set(base, n + 1);
      }
    }
    taken.add(title);
    return title;
  });
}
