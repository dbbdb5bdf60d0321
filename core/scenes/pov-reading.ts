/**
 * The POV-subject reading of a paragraph's narration: who is the subject of its sentences, who
 * thinks or feels, who speaks in a tag, whose name a "he" or "she" follows, weighted by the
 * sentence's place in the paragraph. Separate from the paragraph's other evidence (time, place,
 * letters), which share none of its patterns, so `paragraphFeatures` only assembles.
 */

import {
  INNER_VERB_BARE,
  INNER_VERB_FINITE,
  INNER_VERB_PARTICIPLES,
  INNER_VERBS,
  SPEECH_VERBS,
  TIME_JUMP_PHRASES,
} from "./cues";
import { FAMILY_NOUNS, PERSON_NOUNS } from "../cast/cues";
import { alternation, compiledOnce } from "./alternation";

const SEXED_PERSONS = [...PERSON_NOUNS].filter(([, sex]) => sex !== null);
/**
 * A person described, not named, opening a sentence as its subject: "His mother listened"; not
 * the object of a clause told of a pronoun ("The girl she had been was gone").
 */
const DESCRIBED_SUBJECT = new RegExp(
  compiledOnce(
    `^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)\\s+(?:[\\p{Ll}'’-]+\\s+)?` +
      `(${alternation(SEXED_PERSONS.map(([w]) => w))})\\s+(?!(?:he|she)\\b)\\p{Ll}`,
  ),
  "u",
);
const PERSON_SEX = new Map(SEXED_PERSONS);
/** A possessive of a person, not of a thing: "Ada's brother", "Tom's old friend". */
const POSSESSED_PERSON = new RegExp(
  compiledOnce(
    `^['’]s\\s+(?:[\\p{Ll}'’-]+\\s+)?(?:${alternation([...PERSON_NOUNS.keys(), ...FAMILY_NOUNS, "friend"])})\\b`,
  ),
  "u",
);

const WEIGHT = { inner: 2, subject: 1, speech: 0.6, possessive: 0.4, mention: 0.2 } as const;
/**
 * What a thought or a perception weighs for whose scene it is (`innerPronouns`, `innerNamed`):
 * more than for the POV-change cue (`WEIGHT.inner`), since it says whose head the sentence is
 * in, while the one named and acted on is named as often (pov-36 in docs/scenes.md).
 */
const SCENE_INNER = 3;
/** Multipliers for the first, second and later narrative sentences. */
const POSITION = [2, 1.5, 1] as const;
export const OPENING_SEGMENTS = 2;
const FIRST_WORD = /^[\s,;:—–-]*([\p{L}’']+)/u;
const INNER = new Set(INNER_VERBS);
export const FIRST_PERSON = /I(?<![\p{L}'’]I)(?=\s+\p{Ll})/gu;
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
export const TITLED_NAME = new RegExp(`^(${TITLES})\\.?\\s`, "iu");
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

/** Whether a cast name opens the segment ("The doctor", a cast member written as a description). */
function opensOnName(segment: string, mention: RegExp | null): boolean {
  if (!mention) return false;
  mention.lastIndex = 0;
  const opens = mention.exec(segment)?.index === 0;
  mention.lastIndex = 0;
  return opens;
}

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
/** A modal or "do" before a bare verb: "could see", "didn't know", "can't hear". */
const MODAL =
  "(?:could|would|can|will|might|must|shall|should|may|did|does|do)(?:n['’]t)?|can['’]t|won['’]t|cannot";
/** Up to two adverbs between an auxiliary and its verb: "had always", "could hardly", "not even". */
const ADVERBS =
  "(?:\\s+(?:not|never|only|just|already|always|ever|still|hardly|barely|scarcely|almost|half|even|long|also|now|once|suddenly)){0,2}";
const FINITE = alternation([...INNER_VERBS, ...INNER_VERB_FINITE]);
const PAST = alternation([...INNER_VERBS, ...INNER_VERB_FINITE, ...INNER_VERB_PARTICIPLES]);
/**
 * A verb of thought or perception right after a pronoun or a name, in any tense or behind an
 * auxiliary: "she knew", "he could see", "she would remember", "he didn't know", "had always
 * expected". A bare form only behind a modal or "do" ("let Ada know" is not Ada's thought; "had
 * sense enough" is a noun); not "could have known", a thought that was not had.
 */
const INNER_AFTER_PRONOUN = new RegExp(
  `^\\s+(?:(?:${MODAL})${ADVERBS}\\s+(?:${alternation(INNER_VERB_BARE)})` +
    `|(?:had|has)(?:n['’]t)?${ADVERBS}\\s+(?:${PAST})|(?:${FINITE}))\\b`,
  "iu",
);

/** The POV evidence of a paragraph's segments of narration, as `ParagraphFeatures` holds it. */
export interface PovReading {
  readonly pov: Record<string, number>;
  readonly gender: Record<string, number>;
  readonly possessiveGender: Record<string, number>;
  readonly pronouns: { he: number; she: number };
  readonly leadPronouns: { he: number; she: number };
  readonly innerPronouns: { he: number; she: number };
  readonly innerNamed: Record<string, number>;
  readonly describedPronouns: { he: number; she: number };
  readonly describedAfter: Record<string, { he: number; she: number }>;
  readonly tagWeight: Record<string, number>;
  readonly pronounsBeforeNames: readonly PronounBeforeNames[];
  readonly opener: string | null;
}

/**
 * A subject pronoun that opens a sentence or a clause ("He had told Kez ...", "..., and she
 * watched Ines go") with the names told after it in that sentence: none of them is the one it
 * stands for, as a pronoun is never coreferent with a name it governs.
 */
export interface PronounBeforeNames {
  readonly pronoun: "he" | "she";
  /** Its weight as `pronouns` counts it (a subject's or a thought's, by place). */
  readonly weight: number;
  /** Whether it is part of `leadPronouns` (told before anyone is named as a subject). */
  readonly lead: boolean;
  readonly names: readonly string[];
}

/**
 * Before a name that is the pronoun's predicate or its name, the same person: "He was Tom
 * Horgan", "She was a big Friesian called Dolly".
 */
const PREDICATE = /(?:^\s+(?:was|is|became|becomes)|\b(?:called|named))\s+$/iu;
/** Words that open a clause's own subject: "..., and the bags sat", "..., so it was". */
const SUBJECT_OPENERS =
  "the|a|an|his|her|its|their|my|our|your|this|that|these|those|there|it|he|she|they|we|you";
/**
 * Where a clause with its own subject begins ("..., and the bags sat round Joel", "; Kez ..."),
 * not a verb that shares the pronoun ("..., and went to shake Michael's hand"): a pronoun
 * before it does not govern the names after it.
 */
const CLAUSE_AFTER = new RegExp(
  `,\\s*(?:and|but|so|then|yet|or)\\s+(?=\\p{Lu}|(?:${SUBJECT_OPENERS})\\b)|[;:—–]`,
  "u",
);

/**
 * Reads the POV evidence of a paragraph's segments (sentences of narration, or the parts of one
 * between two quotes; `tag` when the sentence holds dialogue), with the cast's `mention` regex
 * and its map to canonical names (`compileCast`).
 */
export function readPov(
  segments: readonly { readonly text: string; readonly tag: boolean }[],
  mention: RegExp | null,
  canonical: ReadonlyMap<string, string>,
): PovReading {
  const pov: Record<string, number> = {};
  const gender: Record<string, number> = {};
  const possessiveGender: Record<string, number> = {};
  const pronouns = { he: 0, she: 0 };
  const leadPronouns = { he: 0, she: 0 };
  const innerPronouns = { he: 0, she: 0 };
  const tagWeight: Record<string, number> = {};
  const innerNamed: Record<string, number> = {};
  const describedPronouns = { he: 0, she: 0 };
  // The pronoun of a described person who opened a sentence as its subject, for the rest of
  // the paragraph: "His mother listened ... she was quiet" is not the heroine's "she".
  let described: "he" | "she" | null = null;
  // Per segment, where names stand as a subject, a thinker or a speaker, in order; and the last
  // such name since the description: a "she" after "Ada sat down" may be Ada's, which only the
  // story's pronoun for Ada can say ("Her mother slept. Ada sat down. She ...").
  const subjectsIn = segments.map((): [number, string][] => []);
  // Per segment, every name with where it ends, for the names told after a subject pronoun.
  const namesIn = segments.map((): [number, number, string][] => []);
  const pronounsBeforeNames: PronounBeforeNames[] = [];
  let since: string | null = null;
  const describedAfter: Record<string, { he: number; she: number }> = {};
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
        namesIn[index]!.push([m.index, m.index + m[0].length, name]);
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
        if (weight === WEIGHT.inner)
          innerNamed[name] = (innerNamed[name] ?? 0) + (SCENE_INNER - WEIGHT.inner) * position;
        // A thought behind an auxiliary: what it adds over the name's weight as a subject
        // ("Ada could see", as "She could see") or a mention ("than Ada had expected").
        if (
          (weight === WEIGHT.mention || weight === WEIGHT.subject) &&
          INNER_AFTER_PRONOUN.test(rest)
        )
          innerNamed[name] = (innerNamed[name] ?? 0) + (SCENE_INNER - weight) * position;
        if (weight === WEIGHT.speech)
          tagWeight[name] = (tagWeight[name] ?? 0) + (WEIGHT.speech - WEIGHT.mention) * position;
        if (weight >= WEIGHT.speech) {
          firstNamedSubject = Math.min(firstNamedSubject, index);
          subjectsIn[index]!.push([m.index, name]);
        }
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
        } else if (possessive && !POSSESSED_PERSON.test(rest)) {
          // "George's hair was short, and she ...": a weaker vote, kept apart from `gender`.
          const found = GENDERED_PRONOUN.exec(rest);
          const pronoun = found?.[1]?.toLowerCase();
          const vote = found && CLAUSE_BREAK.test(rest.slice(0, found.index)) ? 0.5 : 1;
          if (pronoun)
            possessiveGender[name] =
              (possessiveGender[name] ?? 0) + (MALE.has(pronoun) ? vote : -vote);
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
    const person = DESCRIBED_SUBJECT.exec(segment)?.[1];
    if (person && !opensOnName(segment, mention)) {
      described = PERSON_SEX.get(person) === "m" ? "he" : "she";
      since = null;
    }
    const named = subjectsIn[index]!;
    let k = 0;
    // exec, not matchAll, which copies the regex on every call.
    SUBJECT_PRONOUN.lastIndex = 0;
    for (let m = SUBJECT_PRONOUN.exec(segment); m; m = SUBJECT_PRONOUN.exec(segment)) {
      while (k < named.length && named[k]![0] < m.index) since = named[k++]![1];
      const after = segment.slice(m.index + m[0].length);
      const thinks = INNER_AFTER_PRONOUN.test(after);
      const p = m[1]!.toLowerCase() as "he" | "she";
      if (!isLeadIn(segment.slice(0, m.index))) {
        if (thinks) innerPronouns[p] += SCENE_INNER * position;
        continue;
      }
      const next = FIRST_WORD.exec(after)?.[1]?.toLowerCase() ?? "";
      if (thinks && !INNER.has(next)) innerPronouns[p] += (SCENE_INNER - WEIGHT.subject) * position;
      let weight: number = WEIGHT.subject;
      if (INNER.has(next)) {
        weight = WEIGHT.inner;
        // What the scene's POV adds to a thought told right after the pronoun ("She knew"):
        // none for a described person's ("His mother listened ... She knew"), no cast member's.
        if (p !== described) innerPronouns[p] += (SCENE_INNER - WEIGHT.inner) * position;
      } else if (tag && SPEECH.has(next)) weight = WEIGHT.speech;
      pronouns[p] += weight * position;
      if (p === described && since === null) describedPronouns[p] += weight * position;
      else if (p === described)
        (describedAfter[since!] ??= { he: 0, she: 0 })[p] += weight * position;
      if (index < firstNamedSubject) leadPronouns[p] += weight * position;
      if (p === described) continue;
      const end = m.index + m[0].length;
      const later = namesIn[index]!.filter(([at]) => at > end);
      if (later.length === 0) continue;
      const clause = CLAUSE_AFTER.exec(segment.slice(end));
      const stop = clause ? end + clause.index : segment.length;
      const names = later
        .filter(([at]) => at < stop && !PREDICATE.test(segment.slice(end, at)))
        .map(([, , name]) => name);
      if (names.length > 0)
        pronounsBeforeNames.push({
          pronoun: p,
          weight: weight * position,
          lead: index < firstNamedSubject,
          names,
        });
    }
    if (named.length > 0) since = named[named.length - 1]![1];
  });

  return {
    pov,
    gender,
    possessiveGender,
    pronouns,
    leadPronouns,
    innerPronouns,
    innerNamed,
    describedPronouns,
    describedAfter,
    tagWeight,
    pronounsBeforeNames,
    opener: opener ?? tagged,
  };
}
