/**
 * Per-paragraph evidence for scene detection: a pure function of (paragraph text, cast), so a
 * caller can cache it by text and re-run only the paragraphs an edit touched.
 *
 * Point of view is read from the narration only (dialogue is cut out first): a character who
 * opens a sentence as its subject, or who "thought" or "felt" something, is whose head we are
 * in; a speech tag or a possessive counts less, a bare mention least. Sentences near the start
 * of a paragraph count more, because that is where a writer re-anchors the reader.
 */

import { TITLE_ABBREVIATION } from "../text/abbreviations";
import { countWords } from "../words";
import { clockMinutes, clockTimesIn } from "./clock";
import { compileCast, type SceneCharacter } from "./compiled-cast";
import { comersIn } from "./coming-in";
import { cutDialogue, QUOTE_MARK } from "./dialogue-cut";
import { opensOnFirstSight } from "./first-sight";
import { isSceneHeading, sectionNumber } from "./heading-lines";
import { letterLines, signOffLines, type LetterLines } from "./letters";
import { BRINGS_MESSAGE, messageSender } from "./messages";
import {
  CAPITALISED_WORD,
  NAMED_PLACE_INSIDE,
  NAMED_SUBJECT,
  namesNoPlace,
  PLACE_PHRASE,
  PLACE_SUBJECT,
  PLACE_WORD,
  PLACES,
  placeEvidence,
} from "./place-evidence";
import {
  FIRST_PERSON,
  OPENING_SEGMENTS,
  readPov,
  TITLED_NAME,
  type PronounBeforeNames,
} from "./pov-reading";
import { CLOCK_PREPOSITION, opensOnSomeone, timeEvidence } from "./time-evidence";
import { wordRuns } from "./word-runs";

/** What one paragraph says about scene structure. Plain data; safe to cache by text. */
export interface ParagraphFeatures {
  readonly words: number;
  /** Sentences of narration and dialogue, at least 1 for a non-empty paragraph. */
  readonly sentences: number;
  /** Point-of-view evidence per canonical name; larger means the narration follows them. */
  readonly pov: Readonly<Record<string, number>>;
  /**
   * POV evidence carried by "he" and "she" as sentence subjects, weighted like names. The
   * segmentation pass resolves them to characters once it knows who is who.
   */
  readonly pronouns: { readonly he: number; readonly she: number };
  /**
   * The part of `pronouns` that comes before any character is named as a subject or speaker in
   * the paragraph ("He was under it when he heard Dev's car"): with no one named yet, it goes on
   * with whoever the narration followed before, not with someone named later or in passing.
   */
  readonly leadPronouns: { readonly he: number; readonly she: number };
  /**
   * Thought and perception told of "he" or "she" that `pronouns` leaves out or counts as a plain
   * subject: mid-sentence ("a sound that she would remember", ", she knew,") or behind a modal
   * ("She could smell the smoke"). What it adds to `pronouns` were they read as thoughts, a
   * thought weighing more for the scene's POV than `pronouns` counts it ("She knew" adds too).
   * Only a scene's POV reads it: whose head we are in, not who acts.
   */
  readonly innerPronouns: { readonly he: number; readonly she: number };
  /**
   * Per name, thought and perception behind an auxiliary or a modal ("Isla had expected", "Tom
   * could see") that `pov` counts as a mention or a subject, or as a thought ("Tom saw"): what
   * it adds were it read as a scene's POV weighs a thought. Only a scene's POV reads it, as
   * `innerPronouns`.
   */
  readonly innerNamed: Record<string, number>;
  /**
   * The part of `pronouns` told after a described person of that pronoun opened a sentence as
   * its subject ("His mother listened ... She said nothing"): hers, not a cast member's. Only a
   * scene's POV reads it, and takes it off.
   */
  readonly describedPronouns: { readonly he: number; readonly she: number };
  /**
   * Per name, the part of `pronouns` of a described person's pronoun told after that name stood
   * as a subject since the description ("Her mother slept. Ada sat down. She ..."): the
   * described person's only where the story's pronoun for the name is the other one.
   */
  readonly describedAfter: Record<string, { readonly he: number; readonly she: number }>;
  /**
   * Per name, what its speech tags ('said Len') add to `pov` over a mention. Only a scene's POV
   * reads it, to weigh a tag as a mention: a tag says who speaks, not whose head we are in.
   */
  readonly tagWeight: Readonly<Record<string, number>>;
  /**
   * Subject pronouns told before names in their own sentence ("He had told Kez"), which are
   * none of those names: only a scene's POV reads them, where two of one pronoun are in view.
   */
  readonly pronounsBeforeNames: readonly PronounBeforeNames[];
  /**
   * Per name: +1 for each "he/his" and -1 for each "she/her" right after it as subject (half
   * that past a comma, where the pronoun may open someone else's clause; 2 for a title).
   */
  readonly gender: Readonly<Record<string, number>>;
  /**
   * Per name, the same vote from its possessives ("George's hair was short, and she"), weaker
   * (a possessive's pronoun may be someone else's): only the scene POV reads it, where `gender`
   * says nothing, before the given name.
   */
  readonly possessiveGender: Readonly<Record<string, number>>;
  /** The character who is the subject of the paragraph's first narrative sentences. */
  readonly opener: string | null;
  /** 0..1: the opening jumps in time ("Hours later", "the sun came up", "woke"). */
  readonly timeCue: number;
  /** The time sign names a day or a month ("came up on the Thursday", "in March"). */
  readonly timeDated: boolean;
  /**
   * 0..1: the opening sets a clock time or a part of the day ("At ten past one", "In the
   * morning"): weaker than a jump, since a scene's own hours pass too.
   */
  readonly clockCue: number;
  /** The opening clock time as minutes on a twelve-hour dial ("At five to eleven": 655). */
  readonly openingClock: number | null;
  /**
   * The opening clock time is followed by someone doing something ("At six Aske came up with
   * more tea", "At nine she unlocks the door"): a name of the cast or a subject pronoun; or
   * by the weather ("At eleven the snow starts"); or it is "It was (gone) HOUR when" something
   * happens ("It was gone eleven when the guard came up").
   */
  readonly clockOnSomeone: boolean;
  /**
   * The sender when the paragraph is one text message's line ("Dad" for "Dad: Home. Traffic
   * was bad."; messages.ts), else null.
   */
  readonly messageSender: string | null;
  /** The paragraph names a phone, a text, a message, a buzz (messages.ts, BRINGS_MESSAGE). */
  readonly bringsMessage: boolean;
  /** Clock times the narration tells ("at ten to eleven"), as minutes on the dial, in order. */
  readonly clockTimes: readonly number[];
  /** The time phrase that opened the paragraph, for titles ("Hours later"). */
  readonly timePhrase: string | null;
  /** 0..1: the opening moves to a place ("walked into the bar", "Back at the flat"). */
  readonly placeCue: number;
  /** A place named in the narration ("the dorm room", "Willie's bar"), for titles. */
  readonly place: string | null;
  /**
   * When the opening arrives at a place named for its owner ("walked into Willie's bar"), the
   * owner as written ("Willie's"): a new establishment when the page before never named it.
   */
  readonly arrivedAt: string | null;
  /** Capitalised words anywhere in the paragraph, each once: names of people and places. */
  readonly capitalised: readonly string[];
  /** Place nouns ("kitchen", "ward") named in the paragraph, dialogue included, lower case, each once. */
  readonly places: readonly string[];
  /**
   * The opening sentence points back at what came before with "this", "these" or "those"
   * ("Noticing these things", "In the middle of this plain"), not at a time ("this morning"),
   * or sets its place by the people in view ("The house behind them was dark").
   */
  readonly pointsBack: boolean;
  /**
   * The opening sentence meets its person by pronoun first ("Her knee is bad this morning",
   * "Around him the talk went on"): someone the page before already has in view.
   */
  readonly opensOnPronoun: boolean;
  /** The place noun of the opening sentence, when it names one: where the paragraph is. */
  readonly openingPlace: string | null;
  /**
   * The name the paragraph opens on as its subject after "The" ("The Victoria was warm", "The
   * Bell stands at the top of the street"): a named place or thing, a pub, a ward, a ship.
   */
  readonly openingNamedSubject: string | null;
  /**
   * A place the opening sentence names by its name ("The house in Bakersfield was smaller"):
   * the name as written, when it is no one in the cast.
   */
  readonly openingPlaceName: string | null;
  /** "I" as the subject of a narrative sentence (outside quotes): first-person narration. */
  readonly firstPerson: number;
  /** Share of the paragraph's characters that sit inside quotation marks. */
  readonly dialogue: number;
  /**
   * The opening sentence of narration measures what is seen against what was expected or
   * remembered ("The river is wider than she expected"): someone has just arrived and looks.
   */
  readonly firstSight: boolean;
  /** True when the paragraph opens with a line of dialogue. */
  readonly startsWithQuote: boolean;
  /** True when it is dialogue and its tags only ('"You go," Agnes said.'): no sentence of narration. */
  readonly spokenOnly: boolean;
  /** Canonical names mentioned anywhere, dialogue included, in order of first mention. */
  readonly mentioned: readonly string[];
  /**
   * Canonical names the narration has come in ("Irene came in with the clipboard"): seen
   * arriving from a head already there (coming-in.ts).
   */
  readonly comesIn: readonly string[];
  /** The lines that frame a letter or a diary entry, when the paragraph is one. */
  readonly letter: LetterLines;
  /**
   * Canonical names its sign-off and signature lines mention (`signOffLines`), where `letter`
   * reads one; else none: whom a letter is from (pov-letters.ts), not whom its text names.
   */
  readonly signers: readonly string[];
  /**
   * The narration opens on a word set in capitals before lower-case text, a word it also writes
   * small ("WE went tiptoeing ... we could see"): how books set a chapter's first word, kept
   * when a book becomes plain text.
   */
  readonly capitalOpening: boolean;
  /**
   * The paragraph is a scene heading: one short line naming the scene's time, place or
   * viewpoint ("Sunnydale, 1997", "Buffy's POV", "~Later~"; heading-lines.ts), or a section's
   * number (`sectionNumber`).
   */
  readonly sceneHeading: boolean;
  /**
   * The number when the paragraph is only a section's number ("II" is 2, "12." is 12), else
   * null: a heading only where the numbers around it count sections (`countedSections`).
   */
  readonly sectionNumber: number | null;
  /**
   * The paragraph ends on a colon ("to the following effect:--"): it announces what follows, a
   * letter or a notice quoted into the scene, whose heading lines are not the scene's.
   */
  readonly announces: boolean;
}

/** Sentence ends, but not the full stop of a title ("Mr. Bennet"). */
const SENTENCE_SPLIT = new RegExp(
  `(?<=[.!?…]["”’']?)(?<!(?<![\\p{L}])(?:${TITLE_ABBREVIATION})\\.)\\s+`,
  "u",
);
const SENTENCE_END = /[.!?…]+["”’']?(?=\s|$)/gu;
/**
 * "this", "these" or "those" pointing back at what the text told, not a time the word sets
 * ("this morning", "that Sunday" is no match either: "that" is as often a conjunction).
 */
// The look-ahead for a "t" changes no match; it spares the look-behind at every other letter.
const POINTS_BACK =
  /(?=[tT])(?<![\p{L}'’])(?:this|these|those)(?![\p{L}'’])(?!\s+(?:morning|afternoon|evening|night|time|times|year|week|month|summer|winter|spring|autumn|fall|day|days|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter)(?![\p{L}]))/iu;
/**
 * "He", "she", "his" or "her" as the opening's first word ("he" and "she" contracted too: "She'd
 * been up since five"), or after a preposition of place ("Around her", "Behind him"): the
 * person is taken from the page before, not introduced.
 */
const PRONOUN_OPENING =
  /^(?:(?:around|behind|beside|before|above|below|beneath|under|over|past|near)\s+(?:him|her)|(?:he|she)(?:['’](?:d|s|ll))?|his|her)(?![\p{L}'’])/iu;
/**
 * A place set by where the people in view are, in the opening's first words ("The house behind
 * them was dark", "Behind her the office chair creaked"): the setting is the one they stand in.
 * The words before it are a thing named with its determiner, not someone doing something ("Nell
 * locked up behind him and walked into the chapel" still moves).
 */
const PLACED_BY_PEOPLE =
  /^(?:(?:the|a|an|his|her|their|my|our|its)\s+(?:[\p{L}'’-]+\s+){0,2}?)?(?:behind|around|beside|above|below|beneath|ahead of|in front of)\s+(?:him|her|them|us|me)(?![\p{L}])/iu;
/** A first word in capitals (after a lone capital, "A FACE"), then lower case; not dialogue. */
const CAPITAL_OPENING = /^\s*(?:\p{Lu}\s)?(\p{Lu}{2,})[\s,]+\p{Ll}/u;

/**
 * Whether the paragraph opens on a word set in capitals that it also uses in lower case ("WE
 * went ... we could see"): a chapter's first word, not an acronym ("NASA engineers") nor a
 * shout, which the paragraph never writes small.
 */
function opensInCapitals(text: string): boolean {
  const m = CAPITAL_OPENING.exec(text);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  const rest = text.slice(m[0].length - 1).toLowerCase();
  for (let at = rest.indexOf(word); at >= 0; at = rest.indexOf(word, at + 1)) {
    const before = rest[at - 1] ?? " ";
    const after = rest[at + word.length] ?? " ";
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/**
 * Reads one paragraph. Pure: the same text and cast always give the same result, so callers
 * may cache by `text` (per cast). The cast's regex is compiled once per cast array. `words` is
 * `countWords(text)`, for a caller that has counted it already (the analyzer counts every
 * paragraph for its totals).
 */
export function paragraphFeatures(
  text: string,
  cast: readonly SceneCharacter[],
  words = countWords(text),
): ParagraphFeatures {
  const { mention, canonical } = compileCast(cast);
  const { narration, quoted, startsWithQuote } = cutDialogue(text);
  // A segment is a sentence of narration, or the part of one between two quotes. Whether
  // its sentence holds dialogue tells a speech tag ("she said") from an action ("she yelled").
  const segments: { readonly text: string; readonly tag: boolean }[] = [];
  for (const sentence of narration.split(SENTENCE_SPLIT)) {
    const tag = sentence.includes(QUOTE_MARK);
    for (const part of sentence.split(QUOTE_MARK)) {
      const trimmed = part.trim();
      if (/\p{L}/u.test(trimmed)) segments.push({ text: trimmed, tag });
    }
  }
  const openingTexts = segments.slice(0, OPENING_SEGMENTS).map((s) => s.text);

  // Whose paragraph it is, returned as read (every field of the reading is a feature).
  const povReading = readPov(segments, mention, canonical);

  const namesIn = (part: string): string[] => {
    const names: string[] = [];
    if (!mention) return names;
    // exec, not matchAll, which copies the regex (the whole cast's names) on every call.
    mention.lastIndex = 0;
    for (let m = mention.exec(part); m; m = mention.exec(part)) {
      const name = canonical.get(m[0])!;
      if (!names.includes(name)) names.push(name);
    }
    return names;
  };
  const mentioned = namesIn(text);
  const letter = letterLines(text);

  // "I" before a lower-case word is a subject ("I kicked it", "then I saw") outside quotes.
  const firstPerson = (narration.match(FIRST_PERSON) ?? []).length;
  const time = timeEvidence(openingTexts, firstPerson > 0);
  // Spoken places count: a place the characters have just talked of is not new to the reader.
  const runs = PLACES
    ? wordRuns(text, PLACES)
    : {
        places: [...new Set((text.match(PLACE_WORD) ?? []).map((m) => m.toLowerCase()))],
        capitalised: [...new Set(text.match(CAPITALISED_WORD) ?? [])],
      };
  const places = runs.places;
  const opening = segments[0]?.text ?? "";
  const openingPlace =
    (PLACES
      ? wordRuns(opening, PLACES, false).places[0]
      : opening.match(PLACE_WORD)?.[0]?.toLowerCase()) ?? null;
  const placeName = NAMED_PLACE_INSIDE.exec(segments[0]?.text ?? "")?.[1] ?? null;
  // "near Mrs Pike" is someone, wherever she stands.
  const someone = placeName && (canonical.has(placeName) || TITLED_NAME.test(`${placeName} `));
  const openingPlaceName = placeName && !someone ? placeName : null;
  const subjectName = NAMED_SUBJECT.exec(opening)?.[1] ?? null;
  const openingNamedSubject =
    subjectName && !namesNoPlace(subjectName, canonical) ? subjectName : null;
  // PLACE_PHRASE and PLACE_SUBJECT end on a place noun with a space or a non-letter either
  // side, which PLACE_WORD finds in the text too (narration and segments are cut from it, a
  // quote's span ends on its mark): without one they cannot match. PLACE_OPENING's \b can.
  const placeWords = places.length > 0;
  // Someone as a subject: a name of the cast or a title ("Mrs Pike was in the shop").
  const isSomeone = (subject: string): boolean => {
    if (TITLED_NAME.test(`${subject} `)) return true;
    if (!mention) return false;
    mention.lastIndex = 0;
    return mention.test(subject);
  };
  const placeCue = placeEvidence(openingTexts, placeWords, isSomeone);
  const place = !placeWords
    ? null
    : (PLACE_PHRASE.exec(narration)?.[1] ??
      PLACE_SUBJECT.exec(segments[0]?.text ?? "")?.[1] ??
      null);
  const sentenceCount = (text.match(SENTENCE_END) ?? []).length;
  return {
    words,
    sentences: Math.max(1, sentenceCount),
    ...povReading,
    timeCue: time.clock ? 0 : time.cue,
    timeDated: time.dated === true,
    clockCue: time.clock ? time.cue : 0,
    timePhrase: time.phrase,
    openingClock:
      time.clock && time.phrase ? clockMinutes(time.phrase.replace(CLOCK_PREPOSITION, "")) : null,
    clockTimes: clockTimesIn(narration),
    clockOnSomeone: time.clock === true && opensOnSomeone(openingTexts[0], time.phrase, canonical),
    messageSender: messageSender(text, words),
    bringsMessage: BRINGS_MESSAGE.test(text),
    placeCue: placeCue.cue,
    arrivedAt: placeCue.arrivedAt,
    capitalised: runs.capitalised,
    place: place ? place.replace(/\s+/g, " ") : null,
    places,
    pointsBack: POINTS_BACK.test(opening) || PLACED_BY_PEOPLE.test(opening),
    opensOnPronoun: !startsWithQuote && PRONOUN_OPENING.test(opening),
    openingPlace,
    openingPlaceName,
    openingNamedSubject,
    firstPerson,
    dialogue: text.length === 0 ? 0 : quoted / text.length,
    firstSight: !startsWithQuote && opensOnFirstSight(opening),
    startsWithQuote,
    spokenOnly: quoted > 0 && segments.every((s) => s.tag),
    mentioned,
    comesIn: comersIn(narration, mention, canonical),
    letter,
    signers:
      letter.signOff || letter.closes || letter.headingLine ? namesIn(signOffLines(text)) : [],
    capitalOpening: opensInCapitals(text),
    sceneHeading: isSceneHeading(text),
    sectionNumber: sectionNumber(text),
    announces: /:[-—–]*["”’]?\s*$/u.test(text),
  };
}
