/**
 * What one paragraph offers the narrator's inference (narrator-name.ts), a pure function of its
 * text and quotes so the analyzer can cache it per paragraph: whether the narrator speaks here
 * ("I said") or is spoken to ("he says to me"), the names the narrator gives themself, and, read
 * on first call, the names called in the quotes, written in the narration, tagging a quote or
 * acting. The story-wide weighing of these clues is narrator-name.ts's.
 */

import {
  ACTION_VERBS,
  NOT_NAMES,
  PRESENT_ACTION_VERBS,
  SPEECH_VERBS,
  TITLES,
  titleKey,
} from "./cues";
import { compiledOnce, WORD_END, WORD_START } from "../scenes/alternation";
import type { LocalQuote } from "./quotes";
import { isVocative } from "./vocatives";

export interface Vocative {
  readonly name: string;
  readonly initial: boolean;
  /**
   * The name closes its sentence after a comma ("Oh my God, Maddie.", "What does he say,
   * Van?"): a call, where a word standing alone ("Liar.") or opening a line ("Cross. She
   * wanted to come") is as often an answer.
   */
  readonly closes: boolean;
  /** The narration after its quote, in its paragraph, says "I" or "me" ("she told me"). */
  readonly meAfter: boolean;
}

/** What one paragraph offers, a pure function of its text and quotes (so it can be cached). */
export interface NarratorClues {
  /** Whether a quote here is tagged as the narrator's ("I said", "said I"). */
  readonly narratorSpeaks: boolean;
  /** Whether a quote here is tagged as said to the narrator ("he says to me", "she told me"). */
  readonly toNarrator: boolean;
  /**
   * Whether a quote here is tagged as said to someone else ("Dmitri asked the old man", "she
   * said to him", "he shouted at the room"): a name it calls is theirs, not the narrator's.
   */
  readonly toOther: boolean;
  /**
   * Names called in the quotes, each with whether it opens a sentence ("Watson, come"); read
   * on first call, as only the turns next to the narrator's are asked.
   */
  readonly vocatives: () => readonly Vocative[];
  /** Names the narrator gives themself here. */
  readonly selfNames: readonly string[];
  /** Those of them given in so many words ("my name is", "called myself"). */
  readonly namesSaid: readonly string[];
  /**
   * Names a speaker gives themself in a quote nothing tags, neither "I said" nor a tag to
   * someone else ("she said", "Dmitri said", "the woman said"): "I'm Cass.", "My name's Will";
   * read on first call, as only a story told as "I" with no name yet asks.
   */
  readonly introduced: () => readonly string[];
  /**
   * Names written in the narration, tags included, none in a self-naming; read on first call,
   * as only a story with a name called beside the narrator's turns asks.
   */
  readonly written: () => readonly string[];
  /** Whether the narration, outside the quotes, says "I" or "me" ("I told him."). */
  readonly saysMe: boolean;
  /** Whether the paragraph's text matches the pattern, kept by the pattern's source. */
  readonly holds: (pattern: RegExp) => boolean;
  /**
   * Names the narration writes as a speech tag's subject ("Mr. Ferraro said", "said Tom"):
   * someone the narration speaks of, so not "I". Read on first call, as only a story about to
   * name its narrator asks.
   */
  readonly tagging: () => readonly string[];
  /** Names the narration shows acting ("Mr. Hale started the engine"), read as `tagging`. */
  readonly acting: () => readonly string[];
  /**
   * What the narration outside the quotes is (`narrationOf`): kept here, as the narrator's
   * inference asks it of every paragraph on every pass.
   */
  readonly narration: Narration;
}

/**
 * A paragraph's narration as the narrator's inference weighs "I": none of its own (no word of
 * three letters outside the quotes, or only a short tag such as "she said"), narration that
 * says "I" ("my", "we"), or narration that does not.
 */
export type Narration = "none" | "first" | "other";

const SAYS_ITS_NAME = /name(?: is| was|['\u2019]s)|called myself/;

const title = [...TITLES].map((t) => t[0]!.toUpperCase() + t.slice(1)).join("|");
const WORD = String.raw`\p{Lu}[\p{Ll}'\u2019-]*\p{Ll}`;
/** A name as written: an optional title, then one to three capitalised words. */
const NAME = String.raw`(?:(?:${title})\.?\s+)?${WORD}(?:\s+${WORD}){0,2}`;
const NAME_RUN = new RegExp(`(?<![\\p{L}'\\u2019])${NAME}(?![\\p{L}])`, "gu");
// Every speech and action verb starts and ends with a letter: a `\b` beside them is WORD_START
// or WORD_END (alternation.ts), which compile once, not into every verb's code.
const verbs = [...SPEECH_VERBS].join("|");
const capitalised = [...SPEECH_VERBS].map((v) => v[0]!.toUpperCase() + v.slice(1)).join("|");
/** "I answered that it was May": reported speech, so the quote before it is another's. */
const REPORTED = String.raw`that\s+(?:it|he|she|I|we|they|there|the|his|her)\b`;
/**
 * "I said" / "said I" / "I asked him" at the start of the narration after a quote. Read here
 * from the words, not through tags.ts: the tag reader needs the paragraph's reading, which
 * needs the cast, and the narrator is part of the cast that reading is made with.
 */
const TAG_AFTER = new RegExp(
  String.raw`^[\s,.!?;:\u2014-]*(?:I\s+(?:\w+ly\s+)?(?:${verbs})(?!\w|\s+${REPORTED})|(?:${verbs})\s+I${WORD_END})`,
);
/** "I said, " or "Says I, " right before a quote. */
const TAG_BEFORE = new RegExp(
  String.raw`(?:${WORD_START}I\s+(?:\w+ly\s+)?(?:${verbs})(?:\s+\w+)?|${WORD_START}(?:${verbs}|${capitalised})\s+I)\s*[,:]?\s*$`,
);
/**
 * What every match of TAG_AFTER or TAG_BEFORE matches, with any word for the verb: tried first,
 * so that narration with no "I" there never runs, and so never compiles, the verb lists (some
 * 26,000 lines of regex bytecode, a tenth of what a cold analysis compiles).
 */
const MAY_TAG_AFTER = /^[\s,.!?;:\u2014-]*(?:I\s|\w+\s+I(?!\w))/;
const MAY_TAG_BEFORE = /(?:(?<!\w)I\s+\w+(?:\s+\w+){0,2}|\w+\s+I)\s*[,:]?\s*$/;

/**
 * Whether the narration `before` a quote ends, or the narration `after` it opens, on the
 * narrator's tag: "I said, ", "said I".
 */
export function tagsNarrator(before: string, after: string): boolean {
  return (
    (MAY_TAG_BEFORE.test(before) && TAG_BEFORE.test(before)) ||
    (MAY_TAG_AFTER.test(after) && TAG_AFTER.test(after))
  );
}
/**
 * "he says to me", "Mum tells me" after a quote: the line is said to the narrator, so a name
 * it calls is the narrator's ("He's alright, Ro," he says to me).
 */
const TO_ME_AFTER = new RegExp(
  compiledOnce(
    String.raw`^[\s,.!?;:\u2014-]*(?:he|she|they|${NAME})\s+(?:\w+ly\s+)?(?:${verbs})\s+(?:to\s+)?me\b`,
  ),
  "u",
);
/**
 * "Dmitri asked the old man", "she said to him", "he shouted at the room": a line said to
 * someone other than "me".
 */
const TO_OTHER_AFTER = new RegExp(
  compiledOnce(
    String.raw`^[\s,.!?;:\u2014-]*(?:he|she|they|${NAME})\s+(?:\w+ly\s+)?(?:asked|asks|told|tells|(?:said|says|called|shouted|whispered|yelled|murmured)\s+(?:to|at))\s+(?:him|her|them|(?:the|a|an|his|her|their)\s+\p{L}|${NAME})`,
  ),
  "u",
);
/** Someone other than "I" as a tag's subject: "she", "Dmitri", "the woman", "his mother". */
const OTHER = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|${NAME}|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)`;
/** '"I'm Dora," she said', '"I'm Dora," said the woman': a line tagged as someone else's. */
const OTHER_TAG_AFTER = new RegExp(
  String.raw`^[\s,.!?;:\u2014-]*(?:${OTHER}\s+(?:\w+ly\s+)?(?:${verbs})\b|(?:${verbs})\s+${OTHER})`,
  "u",
);
/** The same before the line: 'She said, "I'm Dora."'. */
const OTHER_TAG_BEFORE = new RegExp(
  String.raw`(?:${OTHER}\s+(?:\w+ly\s+)?(?:${verbs})|(?:${verbs}|${capitalised})\s+${OTHER})\s*[,:]?\s*$`,
  "u",
);
/** A quote inside a quote, in the other kind of marks (an apostrophe in a word closes none). */
const INNER_SINGLE = /(?<![\p{L}])['\u2018].*?['\u2019](?![\p{L}])/gu;
const INNER_DOUBLE = /["\u201c].*?["\u201d]/gu;
/** Self-naming; the name is checked apart (capitalised, no common word). */
const SELF_NAMING = new RegExp(
  String.raw`(?:\b[Mm]y name(?: is| was|['\u2019]s)|(?:^|[.!?]\s+)I(?: am|['\u2019]m)|\bcalled myself|\bcalled me|\b[Cc]all me|(?:^|[.!?]\s+)I,)\s+(${NAME})(?![\p{L}'\u2019])`,
  "gu",
);

/**
 * The narrator's own line that is only a name, perhaps after "yes" ("Yes," I said, "Jonathan
 * Harker."): the name given in answer, the narrator's own; a full name is said in so many
 * words. Not a name asked or cried ("Mr. Heath?", "Tom!"): that calls someone else.
 */
const ANSWERED_NAME = new RegExp(
  String.raw`^\s*(?:(?:[Yy]es|[Nn]o)[,.]?\s+)?(${NAME})\s*[.,]?\s*$`,
  "u",
);

/** The name with any leading common words dropped ("Yes Watson" is "Watson"), or null. */
function cleanName(raw: string): string | null {
  const words = raw.split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0]!.toLowerCase())) words.shift();
  if (words.length === 0) return null;
  const last = titleKey(words[words.length - 1]!);
  if (NOT_NAMES.has(last) || TITLES.has(last)) return null;
  return words.join(" ");
}

/** How many patterns' answers a paragraph's clues keep: a pass asks a few names at most. */
const HELD_PATTERNS = 8;

/** The clues one paragraph holds. */
export function narratorClues(text: string, quotes: readonly LocalQuote[]): NarratorClues {
  let narratorSpeaks = false;
  let toNarrator = false;
  let toOther = false;
  const selfNames: string[] = [];
  const namesSaid: string[] = [];
  let prose = "";
  let at = 0;
  for (const q of quotes) {
    const before = text.slice(at, q.from - q.open.length);
    const after = text.slice(q.to + q.close.length);
    if (TO_ME_AFTER.test(after)) toNarrator = true;
    if (TO_OTHER_AFTER.test(after)) toOther = true;
    if (tagsNarrator(before, after)) {
      narratorSpeaks = true;
      const answer = ANSWERED_NAME.exec(text.slice(q.from, q.to));
      const name = answer && cleanName(answer[1]!);
      if (name) {
        selfNames.push(name);
        if (name.split(/\s+/).filter((w) => !isTitle(w)).length > 1) namesSaid.push(name);
      }
    }
    prose += before + "\n";
    at = q.to + q.close.length;
  }
  prose += text.slice(at);
  const narration = narrationOf(prose, quotes.length > 0);
  // The narrator's own tagged lines may name the narrator too ("My name is Ralph," I said).
  const own = narratorSpeaks ? quotes.map((q) => text.slice(q.from, q.to)).join("\n") : "";
  for (const source of [prose, own])
    for (const m of source.matchAll(SELF_NAMING)) {
      const name = cleanName(m[1]!);
      if (!name) continue;
      selfNames.push(name);
      if (SAYS_ITS_NAME.test(m[0])) namesSaid.push(name);
    }
  let vocatives: readonly Vocative[] | undefined;
  let introduced: readonly string[] | undefined;
  let written: readonly string[] | undefined;
  // By pattern: a first-person story asks each paragraph for several names in one pass (the
  // tagged name, the name called twice, the hidden name), and a clue outlives its pass.
  const held = new Map<string, boolean>();
  let tagging: readonly string[] | undefined;
  let acting: readonly string[] | undefined;
  return {
    narratorSpeaks,
    toNarrator,
    toOther,
    selfNames,
    namesSaid,
    saysMe: ME.test(prose),
    vocatives: () => (vocatives ??= quotes.flatMap((q) => vocativesIn(text, q, quotes))),
    introduced: () =>
      (introduced ??=
        narratorSpeaks || taggedOther(text, quotes)
          ? []
          : quotes.flatMap((q) =>
              [...text.slice(q.from, q.to).matchAll(SELF_NAMING)].flatMap((m) => {
                const name = cleanName(m[1]!);
                return name ? [name] : [];
              }),
            )),
    written: () => (written ??= namesWritten(text, quotes)),
    holds: (pattern) => {
      let hit = held.get(pattern.source);
      if (hit === undefined) {
        if (held.size >= HELD_PATTERNS) held.clear();
        held.set(pattern.source, (hit = pattern.test(text)));
      }
      return hit;
    },
    tagging: () => (tagging ??= namesTagging(text, quotes)),
    acting: () => (acting ??= namesActing(text, quotes)),
    narration,
  };
}

/** "I", "my", "we": the narration's own words for the one who tells the story. */
const FIRST_PERSON = /(?<![\p{L}'\u2019])(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)(?![\p{L}'\u2019])/u;

/** Words outside a paragraph's quotes below which, with a speech verb, they may be a tag. */
const TAG_WORDS = 5;
const LETTERS = /\p{L}+/gu;

/** The narration (`Narration`) of a paragraph whose words outside its quotes are `prose`. */
function narrationOf(prose: string, quoted: boolean): Narration {
  if (!/\p{L}{3}/u.test(prose) || (quoted && tagOnly(prose))) return "none";
  return FIRST_PERSON.test(prose) ? "first" : "other";
}

/**
 * Whether a quoted paragraph's only words outside its quotes are a short tag ('"Go," she
 * said.'): not a line of narration of its own ("I froze."), a beat ('I nodded. "Fine."') or a
 * sentence after the tag ('"Run," he said. I ran.'), which tell who narrates as any narration
 * does.
 */
function tagOnly(prose: string): boolean {
  // Read up to TAG_WORDS words, not all of them.
  const words: string[] = [];
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(prose); m; m = LETTERS.exec(prose))
    if (words.push(m[0]) >= TAG_WORDS) return false;
  return words.some((w) => SPEECH_VERBS.has(w.toLowerCase())) && !/[.!?]\s+\p{L}/u.test(prose);
}

/** Whether a quote here is tagged as someone else's: "she said", "Dora said", "said the woman". */
function taggedOther(text: string, quotes: readonly LocalQuote[]): boolean {
  let at = 0;
  return quotes.some((q) => {
    const before = text.slice(Math.max(at, q.from - q.open.length - 60), q.from - q.open.length);
    at = q.to + q.close.length;
    return OTHER_TAG_AFTER.test(text.slice(at, at + 60)) || OTHER_TAG_BEFORE.test(before);
  });
}

/** A name and its verb opening the narration after a quote: ', Mr. Ferraro said', ', said Tom'. */
const TAGGED_AFTER = new RegExp(
  String.raw`^[\s,.!?;:\u2014-]*(?:(${NAME})\s+(?:\w+ly\s+)?(?:${verbs})${WORD_END}|(?:${verbs})\s+(${NAME}))`,
  "u",
);
/** The same closing the narration before a quote: 'Tom said, ', 'Said Tom: '. */
const TAGGED_BEFORE = new RegExp(
  String.raw`(?:(${NAME})\s+(?:\w+ly\s+)?(?:${verbs})|(?:${verbs}|${capitalised})\s+(${NAME}))\s*[,:]?\s*$`,
  "u",
);

const acts = [...ACTION_VERBS, ...PRESENT_ACTION_VERBS].join("|");
/** A name acting in the narration, a third person: "Mr. Hale started the engine". */
const ACTING = new RegExp(
  `(?<![\\p{L}'\\u2019])(${NAME})\\s+(?:\\w+ly\\s+)?(?:${acts})${WORD_END}`,
  "gu",
);

/** The names the narration here shows acting, outside the quotes. */
function namesActing(text: string, quotes: readonly LocalQuote[]): string[] {
  const out: string[] = [];
  for (const m of proseOf(text, quotes).matchAll(ACTING)) {
    const name = cleanName(m[1]!);
    if (name) out.push(name);
  }
  return out;
}

/** The names that tag a quote here as the subject of its speech verb ("Mr. Ferraro said"). */
function namesTagging(text: string, quotes: readonly LocalQuote[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const q of quotes) {
    const before = TAGGED_BEFORE.exec(
      text.slice(Math.max(at, q.from - q.open.length - 60), q.from - q.open.length),
    );
    const after = TAGGED_AFTER.exec(text.slice(q.to + q.close.length, q.to + q.close.length + 60));
    for (const m of [before, after]) {
      const name = m && cleanName(m[1] ?? m[2]!);
      if (name) out.push(name);
    }
    at = q.to + q.close.length;
  }
  return out;
}

/** The paragraph's text outside its quotes, a line break for each quote. */
function proseOf(text: string, quotes: readonly LocalQuote[], from = 0): string {
  let prose = "";
  let at = from;
  for (const q of quotes) {
    prose += text.slice(at, q.from - q.open.length) + "\n";
    at = q.to + q.close.length;
  }
  return prose + text.slice(at);
}

/** The names the narration writes, outside the quotes and any self-naming. */
function namesWritten(text: string, quotes: readonly LocalQuote[]): string[] {
  const out: string[] = [];
  for (const m of proseOf(text, quotes).replace(SELF_NAMING, " ").matchAll(NAME_RUN)) {
    const name = cleanName(m[0]);
    if (name) out.push(name);
  }
  return out;
}

/** "I" or "me" as a word: the narrator in the narration. */
const ME = /\b(?:I|me)\b/;

/** The names one quote calls, none inside a quote within it. */
function vocativesIn(text: string, q: LocalQuote, quotes: readonly LocalQuote[]): Vocative[] {
  const out: Vocative[] = [];
  const meAfter = ME.test(
    proseOf(
      text,
      quotes.filter((o) => o.from > q.to),
      q.to + q.close.length,
    ),
  );
  const said = text.slice(q.from, q.to);
  const inner = [...said.matchAll(/["\u201c\u201d]/.test(q.open) ? INNER_SINGLE : INNER_DOUBLE)];
  for (const m of said.matchAll(NAME_RUN)) {
    const name = cleanName(m[0]);
    if (!name) continue;
    const from = m.index + m[0].length - name.length;
    // "Say, 'Yes, Master Reed'": words put in someone's mouth call no one.
    if (inner.some((n) => n.index < from && from < n.index + n[0].length)) continue;
    if (!isVocative(said, from, from + name.length)) continue;
    const before = said.slice(0, from).trimEnd();
    out.push({
      name,
      initial: /(?:^|[.!?])$/.test(before),
      closes: before.endsWith(",") && /^\s*(?:[.!?;]|$)/.test(said.slice(from + name.length)),
      meAfter,
    });
  }
  return out;
}

export const isTitle = (word: string): boolean => TITLES.has(titleKey(word));
