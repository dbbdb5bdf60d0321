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
import { quotesInParagraph } from "../cast/quotes";
import { MONTH_NAMES, NOT_NAMES, TITLES as PERSON_TITLES } from "../cast/cues";
import { countWords } from "../words";
import {
  ARRIVAL_VERBS,
  CLOCK_OPENING,
  DATE_PATTERNS,
  INNER_VERB_FORMS,
  INNER_VERBS,
  LAPSE_ANYWHERE_PATTERNS,
  MEAL_OPENING,
  NATURE_CLOCK_OPENING,
  NOT_PLACE_SUBJECTS,
  PLACE_NOUNS,
  SPEECH_VERBS,
  TIME_JUMP_PHRASES,
  TIME_LAPSE_PATTERNS,
  TIME_PASSAGE_PATTERNS,
  WAKING_FORMS,
} from "./cues";
import { clockMinutes, clockTimesIn } from "./clock";
import { letterLines, type LetterLines } from "./letters";
import { placeNouns, wordRuns } from "./word-runs";

/** A character as scene detection needs it: a canonical name and other names for them. */
export interface SceneCharacter {
  readonly name: string;
  readonly aliases: readonly string[];
}

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
   * ("She could smell the smoke"). What it adds to `pronouns` were they read as thoughts. Only a
   * scene's POV reads it: whose head we are in, not who acts.
   */
  readonly innerPronouns: { readonly he: number; readonly she: number };
  /**
   * Per name, what its speech tags ('said Len') add to `pov` over a mention. Only a scene's POV
   * reads it, to weigh a tag as a mention: a tag says who speaks, not whose head we are in.
   */
  readonly tagWeight: Readonly<Record<string, number>>;
  /**
   * Per name: +1 for each "he/his" and -1 for each "she/her" right after it as subject (half
   * that past a comma, where the pronoun may open someone else's clause; 2 for a title).
   */
  readonly gender: Readonly<Record<string, number>>;
  /** The character who is the subject of the paragraph's first narrative sentences. */
  readonly opener: string | null;
  /** 0..1: the opening jumps in time ("Hours later", "the sun came up", "woke"). */
  readonly timeCue: number;
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
   * by the weather ("At eleven the snow starts").
   */
  readonly clockOnSomeone: boolean;
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
  /** True when the paragraph opens with a line of dialogue. */
  readonly startsWithQuote: boolean;
  /** True when it is dialogue and its tags only ('"You go," Agnes said.'): no sentence of narration. */
  readonly spokenOnly: boolean;
  /** Canonical names mentioned anywhere, dialogue included, in order of first mention. */
  readonly mentioned: readonly string[];
  /** The lines that frame a letter or a diary entry, when the paragraph is one. */
  readonly letter: LetterLines;
  /**
   * The narration opens on a word set in capitals before lower-case text, a word it also writes
   * small ("WE went tiptoeing ... we could see"): how books set a chapter's first word, kept
   * when a book becomes plain text.
   */
  readonly capitalOpening: boolean;
}

const WEIGHT = { inner: 2, subject: 1, speech: 0.6, possessive: 0.4, mention: 0.2 } as const;
/** Multipliers for the first, second and later narrative sentences. */
const POSITION = [2, 1.5, 1] as const;
const OPENING_SEGMENTS = 2;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (items: readonly string[]): string =>
  [...items]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

/**
 * The same pattern as `alternation`, with the items grouped by their first character
 * ("J(?:ohn Reed|ohn)|C(?:layton)"): the regex then tries one group's items at a position, not
 * every item. Each group keeps its items' order, and no two groups can match at one position
 * when no two first characters are equal under the regex's flags (distinct characters without
 * the i flag; distinct lower-case letters with it), so the matches are the same.
 */
function groupedAlternation(items: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const item of [...items].sort((a, b) => b.length - a.length)) {
    const first = String.fromCodePoint(item.codePointAt(0)!);
    const rests = groups.get(first) ?? [];
    rests.push(escape(item.slice(first.length)));
    groups.set(first, rests);
  }
  return [...groups].map(([first, rests]) => `${escape(first)}(?:${rests.join("|")})`).join("|");
}

const QUOTE_SPANS =
  /"[^"]*"?|“[^”]*”?|‘(?:[^’]|’(?=\p{L}))*’(?!\p{L})|(?<=^|[\s(—–-])'(?:[^']|'(?=\p{L}))*'(?!\p{L})/gu;
const QUOTE_MARK = "\u2063";
/** Sentence ends, but not the full stop of a title ("Mr. Bennet"). */
const SENTENCE_SPLIT = new RegExp(
  `(?<=[.!?…]["”’']?)(?<!(?<![\\p{L}])(?:${TITLE_ABBREVIATION})\\.)\\s+`,
  "u",
);
const SENTENCE_END = /[.!?…]+["”’']?(?=\s|$)/gu;
const FIRST_WORD = /^[\s,;:—–-]*([\p{L}’']+)/u;
const TIME_JUMP = new RegExp(`^[\\s,;:—–-]*(?:${alternation(TIME_JUMP_PHRASES)})\\b`, "iu");
const TIME_PASSAGE = new RegExp(`\\b(?:${TIME_PASSAGE_PATTERNS.join("|")})\\b`, "iu");
const TIME_LAPSE = new RegExp(`^[\\s,;:—–-]*(?:${TIME_LAPSE_PATTERNS.join("|")})\\b`, "iu");
const MEAL = new RegExp(`^[\\s,;:—–-]*(?:${MEAL_OPENING})\\b`, "iu");
const NATURE_CLOCK = new RegExp(`^[\\s,;:—–-]*(?:${NATURE_CLOCK_OPENING})\\b`, "iu");
const LAPSE_ANYWHERE = new RegExp(`\\b(?:${LAPSE_ANYWHERE_PATTERNS.join("|")})\\b`, "iu");
const CLOCK_TIME = new RegExp(`^[\\s,;:—–-]*${CLOCK_OPENING}`, "u");
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
const CLOCK_PREPOSITION =
  /^(?:at|by|around|about|until|till|after|before|just (?:after|before)|shortly (?:after|before)|nearly|almost|close to|some ?time (?:after|before|around)|it was(?: nearly| almost| just after| after| past| gone| close to)?)\s+/iu;
const DATE = new RegExp(`\\b(?:${DATE_PATTERNS.join("|")})\\b`, "iu");
// Every place noun is lower case: their first letters are distinct under the i flag.
const PLACE_NOUN = groupedAlternation(PLACE_NOUNS);
const DETERMINER =
  "(?:the|his|her|their|its|my|our|your|this|that|a|an|[\\p{Lu}][\\p{L}]*(?:'s|’s))";
const PLACE_PHRASE = new RegExp(
  `\\b(?:in|at|into|to|inside|outside|from|onto|through|toward|towards|across|down|near|behind)\\s+` +
    `(${DETERMINER}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${PLACE_NOUN}))(?![\\p{L}])`,
  "iu",
);
const ARRIVAL = new RegExp(`\\b(?:${alternation(ARRIVAL_VERBS)})\\b`, "iu");
const PLACE_OPENING = new RegExp(
  `^[\\s,;:—–-]*(?:back\\s+)?(?:at|in|inside|outside|across)\\s+${DETERMINER}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PLACE_NOUN})\\b`,
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
const NAMED_PLACE_INSIDE =
  /\b(?:in|outside|near)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|English|French|Spanish|German|Italian|Latin|Welsh|Irish|Scots|Polish|Greek|Russian|Chinese|Arabic|God|Heaven|Hell)\b)(\p{Lu}\p{Ll}+)/u;
/**
 * "The Victoria was warm", "The Sandhills Grill sits where the highway crosses": a name after
 * "The" as the opening's subject names a place or a thing as "The ward smelled of oranges" names
 * a kind. Not a title ("The Judge was at a meeting"), a day or month, or a people ("The French
 * had landed"), which the guard below sends away.
 */
const NAMED_SUBJECT =
  /^\s*The\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s+(?:was|is|had|has|stood|stands|sat|sits|lay|lies)(?![\p{L}])/u;
const NOT_PLACE_SUBJECT = new Set(NOT_PLACE_SUBJECTS);

/**
 * Whether a name after "The" names no place: someone in the cast, a title, a day, a month or a
 * people, also in the plural ("The Germans had landed", "The Owens had moved in").
 */
function namesNoPlace(name: string, canonical: ReadonlyMap<string, string>): boolean {
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
const CAPITALISED_WORD = /\p{Lu}(?<![\p{L}]\p{Lu})\p{Ll}+/gu;
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
const PLACE_SUBJECT = new RegExp(
  `^\\s*((?:the|his|her|their|my|our|your|\\p{Lu}\\p{L}*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PLACE_NOUN}))\\s+(?!\\p{Ll}+\\s+${COMPOUND_VERB})\\p{Ll}`,
  "iu",
);
const INNER = new Set(INNER_VERBS);
// The look-ahead for a letter a place noun can start with changes no match; it spares the
// look-behind at every space and stop.
const PLACE_INITIALS = [...new Set(PLACE_NOUNS.map((n) => escape(n[0]!.toLowerCase())))].join("");
const PLACE_WORD = new RegExp(
  `(?=[${PLACE_INITIALS}])(?<![\\p{L}])(?:${PLACE_NOUN})(?![\\p{L}])`,
  "giu",
);
// The letter is read before the look behind it (the same test), as in CAPITALISED_WORD.
/** The place nouns for the one-pass reading of a paragraph's words (word-runs.ts). */
const PLACES = placeNouns(PLACE_NOUNS, PLACE_NOUN);
const FIRST_PERSON = /I(?<![\p{L}'’]I)(?=\s+\p{Ll})/gu;
const TIME_LEAD_IN = new RegExp(`^[\\s,;:—–-]*(?:${alternation(TIME_JUMP_PHRASES)})[\\s,]*$`, "iu");
/** The subject of a second clause: "..., and Tom ran", "...; Tom ran". */
const CLAUSE_LEAD_IN = /(?:[,;]\s+(?:and|but|so|then)|;)\s+$/u;
const COMMA_LEAD_IN = /^(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+,\s*$/u;
// The look-ahead for "h" or "s" (same flags, same folding) changes no match; it spares the
// look-behind at every other character.
const SUBJECT_PRONOUN = /(?=[hs])(?<![\p{L}'’])(he|she)(?=\s+\p{Ll})/giu;
const MALE = new Set(["he", "his", "him", "himself"]);
/** A title right before a name says its pronoun: "Mrs Lin", "Mr. Bennet". */
const TITLES =
  "mrs|miss|ms|lady|madam|madame|aunt|auntie|mother|sister|queen|princess|grandma|grandmother|" +
  "mr|sir|lord|master|uncle|father|brother|king|prince|grandpa|grandfather";
const HONORIFIC = new RegExp(`(?<![\\p{L}])(${TITLES})\\.?\\s+$`, "iu");
const TITLED_NAME = new RegExp(`^(${TITLES})\\.?\\s`, "iu");
const MALE_TITLES = new Set(
  "mr sir lord master uncle father brother king prince grandpa grandfather".split(" "),
);
/** A comma, semicolon or dash between a name and a pronoun: a clause boundary may lie between. */
const CLAUSE_BREAK = /[,;:—–]/u;
/** What a pronoun past such a break votes for the name's pronoun (one inside its clause: 1). */
const ACROSS_CLAUSE_VOTE = 0.5;

/**
 * "him" is left out and "her" counts only as a possessive ("her tripod"): as objects they are
 * often someone else ("watching her").
 */
const GENDERED_PRONOUN =
  /(?<![\p{L}'’])(he|his|himself|she|hers|herself|her(?=\s+(?!(?:the|a|an|to|in|at|on|with|and|that|as|for|from|up|down|out|back|away|over|into|off|again|too|so|but|or|if|when)\b)\p{Ll}))(?![\p{L}'’])/iu;

/** A short phrase of place before the subject, no comma: "In the office Dev shut the door". */
const PLACE_LEAD_IN =
  /^(?:back\s+)?(?:in|at|inside|outside|across|behind|on|by|under)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){1,2}$/iu;

/** Whether the words before a name leave it as the sentence's subject ("Later, Tom ran"). */
function isLeadIn(prefix: string): boolean {
  return (
    prefix.trim() === "" ||
    COMMA_LEAD_IN.test(prefix) ||
    PLACE_LEAD_IN.test(prefix) ||
    TIME_LEAD_IN.test(prefix) ||
    CLAUSE_LEAD_IN.test(prefix)
  );
}
const SPEECH = new Set(SPEECH_VERBS);
/**
 * A verb of thought or perception right after a pronoun, in any tense or behind a modal: "she
 * knew", "he could see", "she would remember", "he didn't know".
 */
const INNER_AFTER_PRONOUN = new RegExp(
  `^\\s+(?:(?:could|would|can|will|might|must|had|has|did|does|do)(?:n['’]t|\\s+not|\\s+never|\\s+only|\\s+just|\\s+already)?\\s+)?` +
    `(?:${alternation([...INNER_VERBS, ...INNER_VERB_FORMS])})\\b`,
  "iu",
);

interface CompiledCast {
  readonly mention: RegExp | null;
  /** Surface form (as written) to canonical name. */
  readonly canonical: ReadonlyMap<string, string>;
}

const compiledCasts = new WeakMap<readonly SceneCharacter[], CompiledCast>();

/** Compiles the cast into one regex, once per cast array (callers reuse the same array). */
function compileCast(cast: readonly SceneCharacter[]): CompiledCast {
  const cached = compiledCasts.get(cast);
  if (cached) return cached;
  const canonical = new Map<string, string>();
  for (const c of cast) {
    for (const form of [c.name, ...c.aliases]) {
      const trimmed = form.trim();
      if (!trimmed) continue;
      // "the Slayer" also opens sentences as "The Slayer".
      const forms = [trimmed, trimmed[0]!.toUpperCase() + trimmed.slice(1)];
      for (const f of forms) if (!canonical.has(f)) canonical.set(f, c.name);
    }
  }
  // The look-ahead for a name's first character changes no match; it spares the look-behind
  // at every other character of the text.
  const initials = [...new Set([...canonical.keys()].map((k) => [...k][0]!))]
    .map((c) => c.replace(/[\]\\^-]/gu, "\\$&"))
    .join("");
  const mention =
    canonical.size === 0
      ? null
      : new RegExp(
          `(?=[${initials}])(?<![\\p{L}\\p{N}])(?:${groupedAlternation([...canonical.keys()])})(?![\\p{L}\\p{N}])`,
          "gu",
        );
  const compiled = { mention, canonical };
  compiledCasts.set(cast, compiled);
  return compiled;
}

/** A paragraph that opens with a dash, the way speech is set with no quote marks. */
const DASH_START = /^\s*(?:\u2014|--)/u;

/**
 * Speech opened by a dash ("— Are you coming? she said.") has no closing mark; the quote
 * reader finds where it pauses for its tag, so its "I" and "you" are not read as narration.
 */
function cutDashSpeech(text: string): ReturnType<typeof cutDialogue> | null {
  const spoken = quotesInParagraph(text, "double+dash");
  if (!spoken[0]?.dash) return null;
  let narration = "";
  let quoted = 0;
  let at = 0;
  for (const q of spoken) {
    narration += text.slice(at, q.from) + QUOTE_MARK;
    quoted += q.to - q.from;
    at = q.to;
  }
  return { narration: narration + text.slice(at), quoted, startsWithQuote: true };
}

function cutDialogue(text: string): {
  narration: string;
  quoted: number;
  startsWithQuote: boolean;
} {
  if (DASH_START.test(text)) {
    const dashed = cutDashSpeech(text);
    if (dashed) return dashed;
  }
  let quoted = 0;
  let first = -1;
  const narration = text.replace(QUOTE_SPANS, (span: string, offset: number) => {
    if (first < 0) first = offset;
    quoted += span.length;
    return QUOTE_MARK;
  });
  const startsWithQuote = first >= 0 && text.slice(0, first).trim() === "";
  return { narration, quoted, startsWithQuote };
}

/** What a time jump opening the paragraph's second sentence is worth, of one opening its first. */
const LATER_JUMP_CUE = 0.5;

/**
 * "By four the kitchen was done": a clock time after "by" tells how far the scene's business
 * has got, not a new moment set down ("At ten past one the phone lights up"); half a clock
 * cue, so it opens a scene only with another cue. Of the dev stories' "By" clock openings one
 * of seven was at a scene's start, and that one also opens on a new place.
 */
const PROGRESS = /^by\b/iu;
const PROGRESS_CLOCK_CUE = 0.5;

/**
 * The past perfect: "had bought", "'d never been", "had already planted", "had sold". Read by
 * the participle's ending (regular -ed, and the -d, -n, -t, -ne, -de, -me, -ng, -nk, -ew of the
 * irregular ones); a "had" of possession ("had bread") may pass too, which only drops a date.
 */
const LOOKS_BACK =
  /\b(?:had|['’]d)\s+(?:(?:not|never|already|just|once|\p{Ll}+ly)\s+)?\p{Ll}+(?:d|n|t|ne|de|me|ng|nk|ew)\b/u;

/**
 * A subject pronoun or the weather ("At eleven the snow starts"), or a capitalised word (a name,
 * to look up in the cast) and the word after it.
 */
const SUBJECT_AFTER_CLOCK =
  /^[\s,]*(?:(I|he|she|we|they|the (?:snow|rain|wind|fog|mist|sleet|hail|storm|drizzle|thunder|frost)(?![\p{L}]))\b|(\p{Lu}[\p{L}'’-]*)(?:\s+(\p{Lu}[\p{L}'’-]*))?)/u;

/**
 * Whether the clock phrase opening `opening` is followed by a person or the weather as the
 * subject: a subject pronoun, a name (one or two words) of the cast, or the snow, the rain, the
 * wind. The weather going on where the scene already is tells its hours passing; a new scene
 * sets down its place or its hour. On dev and LitBank the three clock openings on the weather
 * (night_diner's "At eleven the snow starts", lighthouse's "By nine that night the wind",
 * tombola's "In the afternoon the wind dropped") are none at a gold boundary.
 */
function opensOnSomeone(
  opening: string | undefined,
  phrase: string | null,
  canonical: ReadonlyMap<string, string>,
): boolean {
  if (!opening || !phrase) return false;
  const at = opening.indexOf(phrase);
  if (at < 0) return false;
  const m = SUBJECT_AFTER_CLOCK.exec(opening.slice(at + phrase.length));
  if (!m) return false;
  if (m[1]) return true;
  return canonical.has(m[2]!) || (m[3] !== undefined && canonical.has(`${m[2]} ${m[3]}`));
}

/**
 * A sentence whose subject remembers or thinks back ("I think about the way he looked, in the
 * blue light before the sun came up", "She remembered waking in the cold"): a sunrise or a
 * waking told inside it is a memory, not the story's own time moving on.
 */
const REMEMBERING =
  /^(?:[\p{L}'’]+\s+){1,3}?(?:remember|remembers|remembered|recall|recalls|recalled|(?:think|thinks|thought) (?:about|of|back)|(?:dream|dreams|dreamed|dreamt) (?:about|of))(?![\p{L}])/iu;

const WAKING_VERB = new RegExp(`(?:${WAKING_FORMS})(?![\\p{L}])`, "iu");
/** Someone named or described, or "he", "she", "they", as the subject right before a verb. */
const OTHER_SUBJECT =
  /(?:(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey)|(?<![\p{L}])(?:[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Aa]n?)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+|(?<![\p{L}])\p{Lu}\p{Ll}+)\s+(?:(?:had|has|was|is|then|finally|just|suddenly|already|slowly)\s+)*$/u;
/** The one woken is the narrator: "Aske woke me". */
const WOKE_NARRATOR = /^\s+(?:me|us)(?![\p{L}])/iu;

/**
 * Whether a waking (`passage`, a TIME_PASSAGE match) is someone else's while the narrator looks
 * on: in a paragraph told by "I", "The girl wakes up all at once" or "The old man by the door had
 * woken up" tells that the narrator was awake all along, so the story's time has not jumped.
 */
function someoneElseWakes(segment: string, passage: RegExpExecArray): boolean {
  const verb = WAKING_VERB.exec(passage[0]);
  if (!verb) return false;
  const at = passage.index + verb.index;
  if (WOKE_NARRATOR.test(segment.slice(at + verb[0].length))) return false;
  return OTHER_SUBJECT.test(segment.slice(0, at));
}

function timeEvidence(
  segments: readonly string[],
  toldByI: boolean,
): {
  cue: number;
  phrase: string | null;
  clock?: boolean;
} {
  for (const [k, segment] of segments.entries()) {
    const jump = TIME_JUMP.exec(segment) ?? TIME_LAPSE.exec(segment);
    // In a later sentence a jump is most often the scene's own time passing ("He took the
    // jars. At noon they ate standing up"): half a cue, which needs another to make a boundary.
    if (jump)
      return { cue: k === 0 ? 1 : LATER_JUMP_CUE, phrase: jump[0].replace(/^[\s,;:—–-]+/u, "") };
    // A clock time sets a scene only as the paragraph opens; later on, the scene's hours pass.
    const clock = k === 0 ? CLOCK_TIME.exec(segment) : null;
    if (clock) {
      const phrase = clock[0].replace(/^[\s,;:—–-]+/u, "");
      return { cue: PROGRESS.test(phrase) ? PROGRESS_CLOCK_CUE : 1, phrase, clock: true };
    }
    const passage = TIME_PASSAGE.exec(segment);
    if (passage && !REMEMBERING.test(segment) && !(toldByI && someoneElseWakes(segment, passage)))
      return { cue: 0.8, phrase: null };
  }
  if (segments[0] && NATURE_CLOCK.test(segments[0])) return { cue: 0.8, phrase: null };
  if (segments[0] && MEAL.test(segments[0])) return { cue: 0.8, phrase: null };
  // A lapse or a date inside the opening sentence ("came in on a Tuesday in November").
  const lapse = segments[0] ? LAPSE_ANYWHERE.exec(segments[0]) : null;
  if (lapse) return { cue: 0.8, phrase: lapse[0] };
  // A date told in the past perfect looks back ("She had bought the house in November"): the
  // scene does not move to it.
  if (segments[0] && DATE.test(segments[0]) && !LOOKS_BACK.test(segments[0]))
    return { cue: 0.8, phrase: null };
  return { cue: 0, phrase: null };
}

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
 * How strongly the opening moves to a place, and the owner's name when an arrival leads to a
 * named place ("they walked into Willie's bar": "Willie's").
 */
function placeEvidence(
  segments: readonly string[],
  placeWords: boolean,
): { cue: number; arrivedAt: string | null } {
  let cue = 0;
  let arrivedAt: string | null = null;
  for (const [k, segment] of segments.entries()) {
    if (PLACE_OPENING.test(segment) || (placeWords && PLACE_SUBJECT.test(segment)))
      return { cue: 1, arrivedAt };
    const placed = k === 0 ? PLACED.exec(segment) : null;
    if (placed && placeWords && PLACE_PHRASE.test(segment.slice(placed[0].length)))
      cue = Math.max(cue, PLACED_CUE);
    if (NAMED_PLACE_OPENING.test(segment)) cue = Math.max(cue, NAMED_PLACE_CUE);
    const arrival = ARRIVAL.exec(segment);
    if (arrival) {
      const phrase = placeWords ? PLACE_PHRASE.exec(segment.slice(arrival.index))?.[1] : undefined;
      arrivedAt ??= phrase?.match(OWNED_PLACE)?.[0] ?? null;
      cue = Math.max(cue, phrase || /\bentered\b/i.test(arrival[0]) ? 1 : 0.4);
    }
  }
  return { cue, arrivedAt };
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

  const pov: Record<string, number> = {};
  const gender: Record<string, number> = {};
  const pronouns = { he: 0, she: 0 };
  const leadPronouns = { he: 0, she: 0 };
  const innerPronouns = { he: 0, she: 0 };
  const tagWeight: Record<string, number> = {};
  // The first segment in which a name is a subject, a thinker or a speaker.
  let firstNamedSubject = segments.length;
  let opener: string | null = null;
  let tagged: string | null = null;
  const add = (name: string, w: number): void => {
    pov[name] = (pov[name] ?? 0) + w;
  };

  if (mention) {
    segments.forEach(({ text: segment, tag }, index) => {
      const position = POSITION[Math.min(index, POSITION.length - 1)]!;
      mention.lastIndex = 0;
      for (let m = mention.exec(segment); m; m = mention.exec(segment)) {
        const name = canonical.get(m[0])!;
        const rest = segment.slice(m.index + m[0].length);
        const possessive = /^['’]s\b/u.test(rest);
        const next = FIRST_WORD.exec(rest)?.[1]?.toLowerCase() ?? "";
        const atStart = isLeadIn(segment.slice(0, m.index));
        let weight: number = WEIGHT.mention;
        if (possessive) weight = WEIGHT.possessive;
        else if (INNER.has(next)) weight = WEIGHT.inner;
        else if (tag && SPEECH.has(next)) weight = WEIGHT.speech;
        else if (atStart && /^\s+\p{Ll}/u.test(rest)) weight = WEIGHT.subject;
        add(name, weight * position);
        if (weight === WEIGHT.speech)
          tagWeight[name] = (tagWeight[name] ?? 0) + (WEIGHT.speech - WEIGHT.mention) * position;
        if (weight >= WEIGHT.speech) firstNamedSubject = Math.min(firstNamedSubject, index);
        const title = (HONORIFIC.exec(segment.slice(0, m.index)) ??
          TITLED_NAME.exec(m[0]))?.[1]?.toLowerCase();
        if (title) gender[name] = (gender[name] ?? 0) + (MALE_TITLES.has(title) ? 2 : -2);
        if (weight >= WEIGHT.speech) {
          // Only a tag's next segment is likely the same person ("Ann said. She..."); after a
          // narrative sentence the next one may be anyone's ("Grace had gone. He knew...").
          const nextText = weight === WEIGHT.speech ? (segments[index + 1]?.text ?? "") : "";
          const found = GENDERED_PRONOUN.exec(rest + " " + nextText);
          const pronoun = found?.[1]?.toLowerCase();
          // Past a comma or a semicolon the pronoun may open someone else's clause ('"Here,"
          // Ann said, and moved the cups, and he set the tray down'): half a vote, so one in the
          // name's own clause ("Ann looked up with a towel over her shoulder") outweighs it.
          const across = found && CLAUSE_BREAK.test(rest.slice(0, found.index));
          const vote = across ? ACROSS_CLAUSE_VOTE : 1;
          if (pronoun) gender[name] = (gender[name] ?? 0) + (MALE.has(pronoun) ? vote : -vote);
        }
        if (index < OPENING_SEGMENTS) {
          if (opener === null && (weight === WEIGHT.subject || weight === WEIGHT.inner))
            opener = name;
          // A speaker tagged before any subject is the best opener a dialogue paragraph has.
          if (tagged === null && weight === WEIGHT.speech) tagged = name;
        }
      }
    });
  }

  segments.forEach(({ text: segment, tag }, index) => {
    const position = POSITION[Math.min(index, POSITION.length - 1)]!;
    // exec, not matchAll, which copies the regex on every call.
    SUBJECT_PRONOUN.lastIndex = 0;
    for (let m = SUBJECT_PRONOUN.exec(segment); m; m = SUBJECT_PRONOUN.exec(segment)) {
      const after = segment.slice(m.index + m[0].length);
      const thinks = INNER_AFTER_PRONOUN.test(after);
      const p = m[1]!.toLowerCase() as "he" | "she";
      if (!isLeadIn(segment.slice(0, m.index))) {
        if (thinks) innerPronouns[p] += WEIGHT.inner * position;
        continue;
      }
      const next = FIRST_WORD.exec(after)?.[1]?.toLowerCase() ?? "";
      if (thinks && !INNER.has(next))
        innerPronouns[p] += (WEIGHT.inner - WEIGHT.subject) * position;
      let weight: number = WEIGHT.subject;
      if (INNER.has(next)) weight = WEIGHT.inner;
      else if (tag && SPEECH.has(next)) weight = WEIGHT.speech;
      pronouns[p] += weight * position;
      if (index < firstNamedSubject) leadPronouns[p] += weight * position;
    }
  });

  const mentioned: string[] = [];
  if (mention) {
    // exec, not matchAll, which copies the regex (the whole cast's names) on every call.
    mention.lastIndex = 0;
    for (let m = mention.exec(text); m; m = mention.exec(text)) {
      const name = canonical.get(m[0])!;
      if (!mentioned.includes(name)) mentioned.push(name);
    }
  }

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
  const placeCue = placeEvidence(openingTexts, placeWords);
  const place = !placeWords
    ? null
    : (PLACE_PHRASE.exec(narration)?.[1] ??
      PLACE_SUBJECT.exec(segments[0]?.text ?? "")?.[1] ??
      null);
  const sentenceCount = (text.match(SENTENCE_END) ?? []).length;
  return {
    words,
    sentences: Math.max(1, sentenceCount),
    pov,
    pronouns,
    leadPronouns,
    innerPronouns,
    tagWeight,
    gender,
    opener: opener ?? tagged,
    timeCue: time.clock ? 0 : time.cue,
    clockCue: time.clock ? time.cue : 0,
    timePhrase: time.phrase,
    openingClock:
      time.clock && time.phrase ? clockMinutes(time.phrase.replace(CLOCK_PREPOSITION, "")) : null,
    clockTimes: clockTimesIn(narration),
    clockOnSomeone: time.clock === true && opensOnSomeone(openingTexts[0], time.phrase, canonical),
    placeCue: placeCue.cue,
    arrivedAt: placeCue.arrivedAt,
    capitalised: runs.capitalised,
    place: place ? place.replace(/\s+/g, " ") : null,
    places,
    openingPlace,
    openingPlaceName,
    openingNamedSubject,
    firstPerson,
    dialogue: text.length === 0 ? 0 : quoted / text.length,
    startsWithQuote,
    spokenOnly: quoted > 0 && segments.every((s) => s.tag),
    mentioned,
    letter: letterLines(text),
    capitalOpening: opensInCapitals(text),
  };
}
