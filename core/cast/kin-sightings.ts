/**
 * When a word that is no name by itself names someone: a family word ("said Dad", "Mum puts the
 * kettle on", "Mom, are we there yet?"), never someone's ("her Dad"), and a common word
 * capitalised where it tags a quote ("'No,' Irish said"). Such a word is a sighting only in these
 * shapes, so its reading is its own module apart from the reading of ordinary names.
 */
import {
  DETERMINERS,
  NOT_PARTICIPLES,
  PRESENT_ACTION_VERBS,
  PRONOUN_GENDER,
  SPEECH_VERBS,
} from "./cues";
import { sightingOf, taggedSighting, type NameSighting } from "./name-sighting";
import { actsAfter, taggedAround, wordAfter, type Tok } from "./sighting-cues";

/** "her Dad", "the Mom": a family word after a determiner or a pronoun is someone's, not a name. */
function owned(text: string, toks: readonly Tok[], word: Tok, at: number): boolean {
  const prev = toks[at - 1];
  const lead = text.slice(prev ? prev.to : 0, word.from);
  return (
    !!prev && /^\s+$/.test(lead) && (DETERMINERS.has(prev.lower) || PRONOUN_GENDER.has(prev.lower))
  );
}

/** A family word ("Dad") as a name: only where it is a speech tag's speaker, never "her Dad". */
export function kinSpeaker(
  text: string,
  toks: readonly Tok[],
  word: Tok,
  at: number,
  key: string,
): NameSighting | null {
  if (owned(text, toks, word, at)) return null;
  if (taggedAround(toks, at, at + 1, (a, b) => (a && b ? text.slice(a.to, b.from) : ""), text))
    return taggedSighting(key);
  // "Grandma looked at the clock", "Mum puts the kettle on": the family word as the
  // narration's subject names her too, in a story told in the past or in the present.
  if (actsAfter(toks, at, text) || actsNowAfter(toks, at, text)) {
    const verb = toks[at + 1]!;
    return sightingOf(key, {
      acts: true,
      actVerb: verb.lower,
      ...(recalls(verb, toks[at + 2]) ? { recalled: true } : {}),
    });
  }
  return null;
}

/**
 * "had painted", "used to": an act told as the remembered past, before the story's now, which
 * says someone was, not that they are in the scene. Read by the participle's ending, so the
 * short irregular ones ("had been", "had gone", "had said") pass as acts in the now.
 */
function recalls(verb: Tok, after: Tok | undefined): boolean {
  if (verb.lower === "used") return after?.lower === "to";
  return (
    verb.lower === "had" &&
    !!after &&
    /^[a-z]{3,}(?:ed|en|wn|ne|ht)$/.test(after.lower) &&
    !NOT_PARTICIPLES.has(after.lower)
  );
}

/** "Mum puts", "Grandpa shakes": a present-tense verb of acting straight after the word. */
function actsNowAfter(toks: readonly Tok[], at: number, text: string): boolean {
  const next = wordAfter(toks, at, text);
  return !!next && PRESENT_ACTION_VERBS.has(next.lower);
}

/** "Mom, are we there yet?": a family word in dialogue with no determiner calls a person. */
export function kinAddressed(
  text: string,
  toks: readonly Tok[],
  word: Tok,
  at: number,
  key: string,
): NameSighting | null {
  if (owned(text, toks, word, at)) return null;
  return sightingOf(key, { inQuote: true });
}

/** A common word as a name: only where it tags the quote just before it ("'No,' Irish said"). */
export function nicknameSpeaker(
  text: string,
  toks: readonly Tok[],
  word: Tok,
  at: number,
  key: string,
): NameSighting | null {
  const prev = toks[at - 1];
  const next = toks[at + 1];
  if (!prev) return null;
  const lead = text.slice(prev.to, word.from);
  // '"No," said Irish': straight after a quote's speech verb.
  const saidBefore =
    SPEECH_VERBS.has(prev.lower) &&
    /^\s+$/.test(lead) &&
    /[,!?]\s*["'\u201d\u2019]\s*$/.test(text.slice(Math.max(0, prev.from - 4), prev.from));
  // '"No," Irish said': capitalised straight after a quote's comma, before a speech verb.
  const verb = next && next.lower.endsWith("ly") ? toks[at + 2] : next;
  const saysAfter =
    !!next &&
    /^,\s*["'\u201d\u2019]\s+$/.test(lead) &&
    /^\s+$/.test(text.slice(word.to, next.from)) &&
    !!verb &&
    SPEECH_VERBS.has(verb.lower);
  if (!saidBefore && !saysAfter) return null;
  return taggedSighting(key);
}
