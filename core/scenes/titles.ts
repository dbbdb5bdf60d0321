/**
 * Short generated scene titles, as a writer would label them: the point-of-view character and
 * where the scene happens ("Mara — the harbour office"), else when ("Tom — the next morning"),
 * else its opening action ("Tom — climbed the fence"); a first-person scene has no name in front
 * ("The harbour office"). No two scenes of a story share a title: a later scene in a place
 * already used takes its next candidate (another place, its time, its action) before a number.
 * The writer renames freely; these only need to tell scenes apart.
 */

import { isChapterHeading } from "../chapters";
import { inTitleCase } from "../title-case";
import type { ParagraphFeatures } from "./features";
import { withoutEmphasisMarks } from "../export/emphasis";

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
  // "her own room" keeps its owner: "the own room" is no phrase.
  if (/^\p{L}+\s+own\s/iu.test(place)) return place.charAt(0).toLowerCase() + place.slice(1);
  return place.replace(POSSESSIVE_PRONOUN, "the ").replace(/^The\s/u, "the ");
}

/** A dialogue tag makes a poor title ("yelled as he bolted out"): the action is what follows. */
const SPEECH_TAG =
  /^(?:said|says|asked|replied|yelled|shouted|whispered|muttered|called|cried|answered|snapped|laughed|sighed|added|began)\b\s*/iu;
const AS_PRONOUN = /^as\s+(?:he|she|they|i|we|you)\s+/iu;

/**
 * Words a label does not end on: articles and other determiners, subject pronouns,
 * prepositions, conjunctions, auxiliaries and degree words. "was older than she had",
 * "unwrapped it slowly while" and "inherited from his mother every" stop on one, and read as
 * cut off. An object pronoun may end one ("had never known it").
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those every each some any no all both either neither another such " +
    "his her their its my our your whose he she they we i you one how what why " +
    "of to in at on with for from by about into onto upon over under after before through " +
    "between among against without within toward towards across along around behind beyond " +
    "near like as than and but or nor yet so while when whenever because which who whom where " +
    "whereas if though although until till since unless whether " +
    "was were is are am be been being had has have having do does did would could should will " +
    "shall can may might must not never very too quite rather just still even only also almost"
  ).split(" "),
);
/**
 * Words a phrase ends before: prepositions, conjunctions, auxiliaries. Not an article, a
 * pronoun or "to" ("put | me ashore", "intended | to visit": they open the verb's own object),
 * nor a degree word ("get | very tired").
 */
const BOUNDARY_WORDS = new Set(
  (
    "of in at on with for from by about into onto upon over under after before through between " +
    "among against without within toward towards across along around behind beyond near like as " +
    "than and but or nor yet so while when whenever because which who whom where whereas if " +
    "though although until till since unless whether that " +
    "was were is are am be been being had has have do does did would could should will shall " +
    "can may might must how what why"
  ).split(" "),
);
/** A verb's object pronoun closes its phrase ("had never known it", "seldom heard him"). */
const OBJECT_PRONOUNS = new Set(["it", "him", "them", "me", "us"]);
/** "to" ends a phrase before a noun's article ("at half three | to a knock"), not a verb. */
const DETERMINERS = new Set(
  "a an the this that these those his her their its my our your every each some no".split(" "),
);
/** Words that open a new clause: a label stops before the first one when it has enough. */
const CLAUSE_OPENERS = new Set(
  "and but or nor yet so while when whenever because which who whom where whereas if though although until till since unless than as that".split(
    " ",
  ),
);
/** Punctuation that closes a phrase: a label never runs past it. */
const PHRASE_END = /[,;:)…]$/u;
/** A label's words at most: a few words tell scenes apart; more is a sentence. */
const LABEL_WORDS = 5;

const bare = (word: string): string =>
  word
    .replace(/^[("'“‘]+|[.,;:!?)…"'”’]+$/gu, "")
    .toLowerCase()
    .replace(/’/gu, "'");

/**
 * The opening of a clause as a label a writer would accept: at most LABEL_WORDS words and
 * `room` characters, never past a comma, semicolon or dash, and cut where a phrase ends, so it
 * ends on a word that carries meaning ("unwrapped it slowly while Finch watched" -> "unwrapped
 * it slowly", "inherited from his mother every trait" -> "inherited from his mother"). It
 * stops at the first clause's end when that holds three words; else takes the longest such
 * cut. A phrase ends before a preposition, a conjunction, an auxiliary, an adverb in -ly or
 * punctuation, or at the end;
 * before any other word the last word may be inside a phrase ("sitting on an overturned"
 * before "barrel"); an object pronoun ends one too ("The supply boat put me" before "ashore").
 * Null when no cut of three words or more qualifies: the next sentence is read instead.
 */
function phraseLabel(clause: string, room: number): string | null {
  const words = clause
    .replace(/\s*(?:--|—|–)\s*/gu, ", ")
    .split(" ")
    .filter(Boolean);
  const ends = (k: number): boolean =>
    k === words.length ||
    PHRASE_END.test(words[k - 1]!) ||
    words[k]!.startsWith("(") ||
    BOUNDARY_WORDS.has(bare(words[k]!)) ||
    (bare(words[k]!) === "to" && DETERMINERS.has(bare(words[k + 1] ?? ""))) ||
    /\p{L}ly$/u.test(words[k]!);
  let best: string | null = null;
  for (let k = 1; k <= Math.min(words.length, LABEL_WORDS); k++) {
    const label = words
      .slice(0, k)
      .join(" ")
      .replace(/[,;:)…]+$/u, "");
    if (label.length > room) break;
    const clauseEnds =
      PHRASE_END.test(words[k - 1]!) || (k < words.length && CLAUSE_OPENERS.has(bare(words[k]!)));
    const last = bare(words[k - 1]!);
    if (k >= 3 && !FUNCTION_WORDS.has(last) && (ends(k) || OBJECT_PRONOUNS.has(last))) {
      best = label;
      if (clauseEnds) return best;
    }
    if (PHRASE_END.test(words[k - 1]!)) break;
  }
  return best;
}

/**
 * A heading above the prose ("Chapter 1", "VOLUME I", a draft's own title line, a letter's
 * "STONE GATE, WORCESTER,"): up to three short lines, each a chapter heading, in capitals, or
 * ending no sentence with every word capitalised but small ones. It names the chapter or the
 * work, not what happens in the scene.
 */
function isHeadingLine(text: string): boolean {
  const lines = text.trim().split(/\r\n|\r|\n/u);
  // A heading set in capitals may run over two lines ("CONTAINING AS MUCH OF THE BIRTH…").
  if (!/\p{Ll}/u.test(text) && /\p{Lu}\p{Lu}/u.test(text)) return text.length <= 300;
  return lines.length <= 3 && lines.every((line) => headingLike(line.trim()));
}

function headingLike(line: string): boolean {
  if (line === "" || isChapterHeading(line)) return true;
  const words = line.split(/\s+/u);
  if (/[.!?…"”’]$/u.test(line)) return false;
  return words.length <= 10 && inTitleCase(words);
}

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
  room = MAX_TITLE_LENGTH,
): string | null {
  if (isHeadingLine(text)) return null;
  // The opening is enough for a title; a long paragraph is not read to its end.
  // Without emphasis marks: they are not words, and their characters would cost the room a
  // label has ("had *never* trusted" read longer than it shows).
  const narration = withoutEmphasisMarks(text.slice(0, OPENING_CHARS))
    .replace(QUOTES, " ")
    .replace(/\s+/g, " ")
    .trim();
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
    const label = phraseLabel(sentence, room);
    if (label) return label;
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
  const head = name ?? (pov === narrator ? null : `Scene ${index + 1}`);
  // An action is cut to the room beside the name, at a phrase's end, not clipped mid-phrase.
  const room = head ? MAX_TITLE_LENGTH - head.length - DASH.length : MAX_TITLE_LENGTH;
  // Actions cost a read of the text: only as many as it takes to have two to choose from.
  for (const text of texts.slice(0, 3))
    if (details.length < 2) add(firstAction(text, name, true, firstPerson, room));
  if (details.length < 2) features.slice(3).forEach((f) => add(placeOf(f)));
  // Else the opening's first sentence that gives a label, past any heading above it.
  const prose = texts.slice(0, 3).find((text) => !isHeadingLine(text));
  if (details.length === 0) add(firstAction(prose ?? "", name, false, firstPerson, room));

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
