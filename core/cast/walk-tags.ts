/**
 * Tags and addressees in the speaker walk: the speaker a tag names ("he said", "said the man"),
 * the kind of tag for the ranker, a narration paragraph ending in a colon that introduces the
 * next line, and whom a line is said to (a name called, "said he to Temple", "he told her", "she
 * turned to Tom"). They read the walk's resolved references and cast (walk-state.ts) and write
 * nothing.
 */

import { PERSON_NOUNS } from "./cues";
import type { ParagraphReading, Segment, Sentence } from "./refs";
import { tagBefore, type Tag } from "./tags";
import { calledBy } from "./line-calls";
import type { TagKind } from "./ranker";
import { titledCalls, titlesCalled } from "./titles-called";
import { actsIn, hearer } from "./role-bonus";
import { ADDRESS_WORDS, TELLING, turnsToMe } from "./speech-words";
import { DESCRIPTION_REACH, describedAs } from "./walk-descriptions";
import { otherSpeaker } from "./walk-turns";
import type { Walk, AttributorState } from "./walk-state";

/**
 * How sure a line is that a paragraph of narration ending in a colon brings in without a speech
 * verb: the actor's, read as a beat is (the first stage's beats reach at most 0.8).
 */
const INTRODUCED_BY_ACTOR = 0.7;

/**
 * The one a tag names: its reference as resolved (a description as describedAs reads it), the
 * other one in the exchange for "came the reply"; null for a description that says nothing sure.
 */
export function tagSpeaker(walk: Walk, tag: Tag, previous: string | null): string | null {
  if ("other" in tag.target)
    return otherSpeaker(walk, previous ?? walk.recent[walk.recent.length - 1] ?? null);
  const ref = tag.target.ref;
  // "I said" is the narrator's line even where the narration around it is not first person.
  if (ref.kind === "pronoun" && ref.key === "i") return walk.narrator;
  const key =
    walk.resolved.get(ref) ??
    (ref.kind === "description"
      ? (describedAs(walk, ref, walk.paragraphOffset + ref.from) ?? ref.key)
      : null);
  // "said the painter" of a named man: a definite description after the verb whose noun no list
  // knows, and that no cast member or link explains, is most often someone on stage the
  // reading cannot name; it says nothing sure, and the untagged reading decides.
  const unknownAfterVerb =
    ref.kind === "description" &&
    !ref.indefinite &&
    !ref.owner &&
    ref.word > 0 &&
    !tag.sentence.refs.includes(ref) &&
    !PERSON_NOUNS.has(ref.key.replace(/^the /, ""));
  return unknownAfterVerb && key === ref.key && !walk.named.has(key) ? null : key;
}

/** What a tag's reference is, for the ranker: a name, a description, a pronoun, "I" or none. */
export function kindOfTag(walk: Walk, tag: Tag): TagKind {
  if ("other" in tag.target) return "other";
  const ref = tag.target.ref;
  if (ref.kind === "pronoun") return ref.key === "i" ? "i" : "pronoun";
  return ref.kind === "name" && !walk.unnamed.has(ref.key) ? "name" : "description";
}

/** The speaker a narration paragraph's closing tag ("Then she said dreamily:") names. */
export function introduce(walk: Walk, segment: Segment): AttributorState["introduced"] {
  const tag = tagBefore(segment);
  if (!tag) return introducedBy(walk, segment.sentences[segment.sentences.length - 1]);
  if ("other" in tag.target) return null;
  const key = tagSpeaker(walk, tag, walk.lastParagraphSpeaker);
  if (!key) return null;
  const ref = tag.target.ref;
  const sure = ref.kind === "name" && !walk.unnamed.has(ref.key);
  return { key, confidence: sure ? 0.95 : 0.85, byTag: true };
}

/**
 * With no speech verb before the colon ('He held the bowl aloft and intoned:', 'the Old Man
 * introduced him with a quirk of the lips:'), the one who acts last in that sentence, the
 * clause nearest the colon, brings in the line; one who only hears does not.
 */
function introducedBy(walk: Walk, s: Sentence | undefined): AttributorState["introduced"] {
  for (const ref of [...(s?.refs ?? [])].reverse()) {
    if (!actsIn(ref) || hearer(s!, ref) === "hears") continue;
    const key = walk.resolved.get(ref);
    if (key) return { key, confidence: INTRODUCED_BY_ACTOR, byTag: false };
  }
  return null;
}

/** The cast member a tag's sentence names as spoken to ("said he to Temple"), if any. */
export function namedAddressee(walk: Walk, s: Sentence): string | null {
  for (const ref of s.refs)
    if (
      ref.kind === "name" &&
      !walk.unnamed.has(ref.key) &&
      ADDRESS_WORDS.has(s.words[ref.word - 1]?.lower ?? "")
    )
      return ref.key;
  return null;
}

/**
 * The one a tag says the line was told to: the object of "told", "asked", "reminded" ('"You
 * needn't," he told her.'); never the speaker.
 */
export function toldIn(walk: Walk, s: Sentence, speaker: string | null): string | null {
  for (const ref of s.refs) {
    if (ref.subject || !TELLING.has(s.words[ref.word - 1]?.lower ?? "")) continue;
    const key = walk.resolved.get(ref);
    if (key && key !== speaker) return key;
  }
  return null;
}

/** The person a sentence turns to: a name or pronoun right after "to", "at" or "towards". */
export function addressedIn(walk: Walk, s: Sentence): string | null {
  for (const ref of s.refs) {
    if (ref.kind === "pronoun" && (ref.key === "his" || ref.key === "her")) continue;
    if (ADDRESS_WORDS.has(s.words[ref.word - 1]?.lower ?? ""))
      return walk.resolved.get(ref) ?? null;
  }
  // "He nodded at me": in a first-person stretch, a turn to the narrator.
  if (walk.firstPerson && turnsToMe(s)) return walk.narrator;
  return null;
}

/**
 * The cast's family-word titles ("Father" for Father Byrne, titledCalls) whose holder the walk
 * has seen within DESCRIPTION_REACH of pos, as "the parson" must be. A daughter's "Father," to
 * her father while the cast's priest is chapters away, or not yet come, is the family word.
 */
function titledInReach(walk: Walk, pos: number): ReadonlyMap<string, string> {
  const titled = titledCalls(walk.cast);
  if (titled.size === 0) return titled;
  const reach = pos - DESCRIPTION_REACH;
  const near = (key: string): boolean => (walk.salience.get(key)?.pos ?? -Infinity) > reach;
  return new Map([...titled].filter(([, key]) => near(key)));
}

/** Who quote k is said to: a name called in it, else the person its beat turns to. */
export function addresseeOf(
  walk: Walk,
  r: ParagraphReading,
  k: number,
  speaker: string | null,
  beat: Sentence | undefined,
): string | null {
  // "Ann, find a vase.": a name the line calls, before a title or the beat.
  const called = calledBy(walk.scare, r, k, speaker);
  if (called) return called;
  const quote = r.quotes[k]!;
  if (!walk.scare.has(quote)) {
    const called = titlesCalled(
      quote,
      (d) => walk.descriptions.describedInCast(d),
      titledInReach(walk, quote.from),
    );
    const key = called.find((c) => c !== speaker);
    if (key) return key;
  }
  const addressed = beat ? addressedIn(walk, beat) : k === 0 ? walk.entranceAddressee : null;
  return addressed !== speaker ? addressed : null;
}
