/**
 * The place evidence of a paragraph: its place nouns and the regexes that find a move to a place
 * ("walked into the bar", "Back at the flat"), a place as the opening's subject ("The ward
 * smelled of oranges") or a place named by its name ("In Amarillo", "The Victoria was warm").
 * Separate from the time and POV readings, which share none of its patterns.
 */

import { MONTH_NAMES, NOT_NAMES, TITLES as PERSON_TITLES } from "../cast/cues";
import { ARRIVAL_VERBS, NOT_PLACE_SUBJECTS, PLACE_NOUNS } from "./cues";
import {
  alternation,
  compiledOnce,
  escape,
  groupedAlternation,
  WORD_END,
  WORD_START,
} from "./alternation";
import { placeNouns } from "./word-runs";

// Every place noun is lower case: their first letters are distinct under the i flag.
const PLACE_NOUN = groupedAlternation(PLACE_NOUNS);
const DETERMINER =
  "(?:the|his|her|their|its|my|our|your|this|that|a|an|[\\p{Lu}][\\p{L}]*(?:'s|’s))";
export const PLACE_PHRASE = new RegExp(
  compiledOnce(
    `\\b(?:in|at|into|to|inside|outside|from|onto|through|toward|towards|across|down|near|behind)\\s+` +
      `(${DETERMINER}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${PLACE_NOUN}))(?![\\p{L}])`,
  ),
  "iu",
);
// Every arrival starts and ends with a letter.
const ARRIVAL = new RegExp(`${WORD_START}(?:${alternation(ARRIVAL_VERBS)})${WORD_END}`, "iu");
const PLACE_OPENING = new RegExp(
  compiledOnce(
    `^[\\s,;:—–-]*(?:back\\s+)?(?:at|in|inside|outside|across)\\s+${DETERMINER}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PLACE_NOUN})\\b`,
  ),
  "iu",
);
/** A paragraph that opens in a named place: "In Amarillo the motel...", "At Dolly's, ...". */
const NAMED_PLACE_CUE = 0.7;
const NAMED_PLACE_OPENING =
  /^[\s,;:—–-]*(?:[Bb]ack\s+)?(?:[Ii]n|[Aa]t|[Oo]utside)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|first|last|least|all|times?)\b)\p{Lu}\p{Ll}+/u;
/**
 * A name after "in", "outside" or "near" inside the opening sentence ("The house in Bakersfield
 * was smaller than I remembered"). Not "at", which looks at people as often as at places, and
 * not a month, a day, a feast or a language ("in June", "in French").
 */
export const NAMED_PLACE_INSIDE =
  /\b(?:in|outside|near)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|English|French|Spanish|German|Italian|Latin|Welsh|Irish|Scots|Polish|Greek|Russian|Chinese|Arabic|God|Heaven|Hell)\b)(\p{Lu}\p{Ll}+)/u;
/**
 * "The Victoria was warm", "The Sandhills Grill sits where the highway crosses": a name after
 * "The" as the opening's subject names a place or a thing as "The ward smelled of oranges" names
 * a kind. Not a title ("The Judge was at a meeting"), a day or month, or a people ("The French
 * had landed"), which the guard below sends away.
 */
export const NAMED_SUBJECT =
  /^\s*The\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s+(?:was|is|had|has|stood|stands|sat|sits|lay|lies)(?![\p{L}])/u;
const NOT_PLACE_SUBJECT = new Set(NOT_PLACE_SUBJECTS);

/**
 * Whether a name after "The" names no place: someone in the cast, a title, a day, a month or a
 * people, also in the plural ("The Germans had landed", "The Owens had moved in").
 */
export function namesNoPlace(name: string, canonical: ReadonlyMap<string, string>): boolean {
  const forms = [name, name.replace(/s$/u, "")];
  return forms.some((w) => {
    const lower = w.toLowerCase();
    return (
      canonical.has(w) ||
      PERSON_TITLES.has(lower) ||
      NOT_NAMES.has(lower) ||
      MONTH_NAMES.has(lower) ||
      NOT_PLACE_SUBJECT.has(lower)
    );
  });
}

// The capital is read before the look behind it (the same test: no letter before the capital),
// so the costly look-behind runs only at capitals, not at every character.
export const CAPITALISED_WORD = /\p{Lu}(?<![\p{L}]\p{Lu})\p{Ll}+/gu;
/** A place named for its owner: "Willie's bar", "Dolly's Diner". */
const OWNED_PLACE = /^\p{Lu}\p{L}*['’]s(?=\s)/u;
/**
 * A verb right after the word that follows a place noun says the noun only named a kind of
 * thing ("The yard lights were on", "The kitchen door came open"): the subject is not the place.
 */
const COMPOUND_VERB =
  "(?:was|were|is|are|had|has|came|went|stood|hung|lay|sat|swung|shone|\\p{Ll}+ed)\\b";
/**
 * A paragraph that opens on a place as its subject: "The ward smelled of oranges", and so a
 * place someone owns, "Maureen's kitchen was cold", "Her flat smelled of paint".
 */
export const PLACE_SUBJECT = new RegExp(
  compiledOnce(
    `^\\s*((?:the|his|her|their|my|our|your|\\p{Lu}\\p{L}*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PLACE_NOUN}))\\s+(?!\\p{Ll}+\\s+${COMPOUND_VERB})\\p{Ll}`,
  ),
  "iu",
);
// The look-ahead for a letter a place noun can start with changes no match; it spares the
// look-behind at every space and stop.
const PLACE_INITIALS = [...new Set(PLACE_NOUNS.map((n) => escape(n[0]!.toLowerCase())))].join("");
export const PLACE_WORD = new RegExp(
  `(?=[${PLACE_INITIALS}])(?<![\\p{L}])(?:${PLACE_NOUN})(?![\\p{L}])`,
  "giu",
);
// The letter is read before the look behind it (the same test), as in CAPITALISED_WORD.
/** The place nouns for the one-pass reading of a paragraph's words (word-runs.ts). */
export const PLACES = placeNouns(PLACE_NOUNS, PLACE_NOUN);

/**
 * The end of a text before an arrival that makes it a relative clause's ("everyone who came
 * into his bedroom", "a plowboy who sometimes came into our field"): it tells about the one
 * the clause describes, and the story goes nowhere.
 */
const IN_RELATIVE_CLAUSE = /(?<![\p{L}])(?:who|which|that)\s+(?:\p{Ll}+\s+)?$/iu;
/**
 * A relative clause set off after the name the text opens on ("Nell, who had walked into the
 * chapel, sat down at the back"): the clause tells the subject's own arrival, and the story
 * goes there with them.
 */
const SUBJECT_CLAUSE = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s+who\s+(?:\p{Ll}+\s+)?$/u;

/** Someone placed somewhere as the paragraph opens: "Okafor sat in her car in the car park". */
const PLACED =
  /^[^.!?]{0,40}?\b(?:sat|stood|lay|waited|knelt|crouched|paced|sits|stands|waits|was sitting|was standing|was waiting)\s+(?:alone\s+|outside\s+|inside\s+)?(?=(?:in|at|on|by|outside|inside)\s)/iu;
/**
 * Placed alone it is less than an arrival; at a place the page before never named (the new
 * place cue) it makes a boundary: all four such openings in the dev and held-out stories
 * opened a scene, and the 100 LitBank excerpts gain none.
 */
const PLACED_CUE = 0.75;

/**
 * The opening sentence's subject, then "was in", "is at", "was held in": what happens and
 * where ("The Christmas party was in the back room of the Fleece", "Round three was in a
 * chemistry classroom"). The place phrase after it is read with PLACE_PHRASE.
 */
const LOCATED =
  /^\s*([^.!?,;:"“”]{1,60}?)\s+(?:was|were|is|are)\s+(?:(?:being\s+)?held\s+|still\s+)?(?=(?:in|at)\s)/u;
/** A subject that is someone, or a cleft's or an existential's empty one ("It was in ..."). */
const PERSONAL_SUBJECT = /^(?:i|he|she|we|they|you|it|there|this|that|everyone|everybody)$/iu;

/**
 * Whether the opening sentence sets a thing that happens at a place by a copula ("The auction
 * was in the back room of the Feathers", "The meeting was held in the village hall"): a scene
 * laid down by its event and its setting, as "Okafor sat in her car" lays one down by its
 * person. Not someone where they are ("Joel was in the front room", `someone`), which may be
 * where the scene already is, nor "It was in this room that", a cleft.
 */
export function locatesAnEvent(opening: string, someone: (subject: string) => boolean): boolean {
  const m = LOCATED.exec(opening);
  if (!m || PERSONAL_SUBJECT.test(m[1]!) || someone(m[1]!)) return false;
  return PLACE_PHRASE.exec(opening.slice(m[0].length))?.index === 0;
}

/**
 * How strongly the opening moves to a place, and the owner's name when an arrival leads to a
 * named place ("they walked into Willie's bar": "Willie's"). `someone` says whether a subject
 * names a person (see `locatesAnEvent`).
 */
export function placeEvidence(
  segments: readonly string[],
  placeWords: boolean,
  someone: (subject: string) => boolean = () => false,
): { cue: number; arrivedAt: string | null } {
  let cue = 0;
  let arrivedAt: string | null = null;
  for (const [k, segment] of segments.entries()) {
    if (PLACE_OPENING.test(segment) || (placeWords && PLACE_SUBJECT.test(segment)))
      return { cue: 1, arrivedAt };
    if (k === 0 && placeWords && locatesAnEvent(segment, someone)) return { cue: 1, arrivedAt };
    const placed = k === 0 ? PLACED.exec(segment) : null;
    if (placed && placeWords && PLACE_PHRASE.test(segment.slice(placed[0].length)))
      cue = Math.max(cue, PLACED_CUE);
    if (NAMED_PLACE_OPENING.test(segment)) cue = Math.max(cue, NAMED_PLACE_CUE);
    const arrival = ARRIVAL.exec(segment);
    const before = arrival ? segment.slice(0, arrival.index) : "";
    if (arrival && (!IN_RELATIVE_CLAUSE.test(before) || SUBJECT_CLAUSE.test(before))) {
      const phrase = placeWords ? PLACE_PHRASE.exec(segment.slice(arrival.index))?.[1] : undefined;
      arrivedAt ??= phrase?.match(OWNED_PLACE)?.[0] ?? null;
      cue = Math.max(cue, phrase || /\bentered\b/i.test(arrival[0]) ? 1 : 0.4);
    }
  }
  return { cue, arrivedAt };
}
