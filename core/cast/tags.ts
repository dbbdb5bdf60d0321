/**
 * Dialogue tags: the words next to a quote that say who speaks it.
 *
 * After a quote: "X said", "he asked softly", "said X", "came the reply", "was his reply".
 * Before a quote: "X said, ", "X looked up and said, ", "he replied, ". The patterns look only
 * at the words touching the quote, so a sentence further away is a beat, not a tag.
 */

import { REPLY_NOUNS, SPEECH_VERBS, THOUGHT_VERBS } from "./cues";
import type { Ref, Segment, Sentence, Word } from "./refs";
import { beforeParticiple, describedAfter, someoneAt } from "./tag-subjects";

/** Who a tag points at. `other` means "the other one in the exchange" ("came the reply"). */
export type TagTarget = { readonly ref: Ref } | { readonly other: true };

export interface Tag {
  readonly target: TagTarget;
  /** The sentence the tag sits in, so it is not also read as a beat. */
  readonly sentence: Sentence;
}

const INTERRUPTS = new Set(["interrupted", "interrupts", "cut"]);
/** Words that open a subordinate clause: "when he spoke", "as she turned", "till he came". */
const SUBORDINATORS = new Set(
  "when whenever while as after before since until till because though although if unless".split(
    " ",
  ),
);
/** Words after a speech verb before the quote: "said at once--", "spoke up: ". */
const TRAILING = new Set(["at", "once", "aloud", "up"]);
const HELPERS = new Set(["had", "then", "just", "finally", "quickly", "again", "also", "only"]);
const isAdverb = (w: Word | undefined): boolean =>
  w !== undefined && (w.lower.endsWith("ly") || HELPERS.has(w.lower));
const isSpeech = (w: Word | undefined): boolean =>
  w !== undefined && (SPEECH_VERBS.has(w.lower) || THOUGHT_VERBS.has(w.lower));

/** Speech verbs of two words, a verb and its particle: "he went on", "put in Griffin". */
const PHRASAL = new Map([
  ["went", "on"],
  ["goes", "on"],
  ["put", "in"],
  ["puts", "in"],
  ["broke", "in"],
  ["breaks", "in"],
  ["cut", "in"],
  ["struck", "in"],
  ["chimed", "in"],
]);
/** How many words the speech verb at k takes: 1, 2 for a verb and its particle, 0 for none. */
function speechAt(w: readonly Word[], k: number): number {
  if (isSpeech(w[k])) return 1;
  const particle = PHRASAL.get(w[k]?.lower ?? "");
  return particle !== undefined && w[k + 1]?.lower === particle ? 2 : 0;
}

const isSubjectPronoun = (r: Ref): boolean => r.key === "he" || r.key === "she" || r.key === "i";

function refAt(sentence: Sentence, word: number): Ref | undefined {
  return sentence.refs.find((r) => r.word === word);
}

/** A tag at the start of the narration that follows a quote. */
export function tagAfter(segment: Segment): Tag | null {
  const sentence = segment.sentences[0];
  if (!sentence || sentence.words.length === 0) return null;
  // Only narration that touches the quote: no other sentence in between.
  if (/[\p{L}\p{N}]/u.test(segment.text.slice(0, sentence.words[0]!.from - segment.from)))
    return null;
  const w = sentence.words;
  const first = refAt(sentence, 0) ?? someoneAt(sentence, 0);
  if (first && (first.kind !== "pronoun" || isSubjectPronoun(first))) {
    let k = first.next;
    while (k < first.next + 2 && isAdverb(w[k]) && !isSpeech(w[k])) k++;
    if (speechAt(w, k) > 0) {
      // "Tom interrupted her": the one cut off was speaking.
      const object = INTERRUPTS.has(w[k]!.lower) ? refAt(sentence, k + 1) : undefined;
      return { target: { ref: voiceOwner(sentence, object ?? first) }, sentence };
    }
  }
  const described = describedSpeaker(sentence, 0);
  if (described) return { target: { ref: described }, sentence };
  const verb = speechAt(w, 0);
  if (verb > 0) {
    const at = verb === 2 || w[1]?.lower === "up" ? 2 : 1;
    const after =
      refAt(sentence, at) ??
      (verb === 1 ? describedName(sentence) : undefined) ??
      describedAfter(segment, sentence, at);
    // "said Tom", "said I", and the older "said he", "returned she".
    if (after && (after.kind !== "pronoun" || isSubjectPronoun(after)))
      return { target: { ref: voiceOwner(sentence, after) }, sentence };
  }
  if (w[0]!.lower === "came" || w[0]!.lower === "was" || w[0]!.lower === "is") {
    for (let k = 1; k < Math.min(w.length, 8); k++) {
      if (!REPLY_NOUNS.has(w[k]!.lower)) continue;
      const owner = sentence.refs.find((r) => r.word === 1 && r.kind === "pronoun");
      if (owner) return { target: { ref: owner }, sentence };
      if (w[1]!.lower === "the" || w[1]!.lower === "a")
        return { target: { other: true }, sentence };
      const named = refAt(sentence, 1);
      if (named) return { target: { ref: named }, sentence };
    }
  }
  return null;
}

/**
 * "said the burly Moze", "cried the little Alice": a name after "the" and a word or two that
 * describe it, straight after the speech verb.
 */
function describedName(sentence: Sentence): Ref | undefined {
  const w = sentence.words;
  if (w[1]?.lower !== "the") return undefined;
  for (let k = 2; k <= 3 && k < w.length; k++) {
    const ref = refAt(sentence, k);
    if (ref) return ref.kind === "name" ? ref : undefined;
    if (w[k]!.text !== w[k]!.lower || SPEECH_VERBS.has(w[k]!.lower)) return undefined;
  }
  return undefined;
}

/**
 * "cried the voice of Tom", "called a girl's voice": a voice speaks for its owner, named after
 * "of" or by a possessive inside the description. Any other reference is returned as it is.
 */
function voiceOwner(sentence: Sentence, ref: Ref): Ref {
  if (ref.kind !== "description" || ref.key !== "the voice") return ref;
  const w = sentence.words;
  if (w[ref.next]?.lower === "of") return refAt(sentence, ref.next + 1) ?? ref;
  // "replied another voice, which Margaret knew to be that of Mrs. Gibson".
  for (let k = ref.next; k + 2 < w.length && k < ref.next + 12; k++) {
    if (w[k]!.lower !== "that" || w[k + 1]!.lower !== "of") continue;
    const owner = refAt(sentence, k + 2);
    if (owner?.kind === "name") return owner;
  }
  for (let k = ref.word + 1; k < ref.next; k++) {
    const m = /^(\p{Ll}+)['\u2019]s$/u.exec(w[k]!.text);
    if (!m) continue;
    return {
      ...ref,
      key: "the " + m[1]!,
      from: w[ref.word]!.from,
      to: w[k]!.to,
      next: k + 1,
    };
  }
  return ref;
}

/**
 * "the deckhand asked", "an old woman said": a description the person-noun list does not know,
 * recognised by its place in a tag. Builds the reference the reading could not.
 */
function describedSpeaker(sentence: Sentence, at: number): Ref | undefined {
  const w = sentence.words;
  if (w[at]?.lower !== "the" && w[at]?.lower !== "a" && w[at]?.lower !== "an") return undefined;
  for (let k = at + 1; k <= at + 3 && k + 1 < w.length; k++) {
    if (w[k]!.text !== w[k]!.lower || SPEECH_VERBS.has(w[k]!.lower)) return undefined;
    if (!isSpeech(w[k + 1])) continue;
    const last = w[k]!;
    return {
      kind: "description",
      key: "the " + last.lower,
      ...(w[at]!.lower === "the" ? {} : { indefinite: true }),
      from: w[at]!.from,
      to: last.to,
      word: at,
      next: k + 1,
      subject: true,
      weight: 1,
      clause: 1,
    };
  }
  return undefined;
}

/** A tag at the end of the narration that leads into a quote ("Ann said, "). */
export function tagBefore(segment: Segment): Tag | null {
  const sentence = segment.sentences[segment.sentences.length - 1];
  if (!sentence || sentence.words.length === 0) return null;
  const tail = segment.text.slice(sentence.words[sentence.words.length - 1]!.to - segment.from);
  // "Then Ann answered. " leads into a quote as "Ann answered, " does; "?" or "!" does not.
  if (/[!?]/.test(tail) || (/\./.test(tail) && !/^[.\s]*$/.test(tail))) return null;
  const w = sentence.words;
  let v = w.length - 1;
  // "said to him, " / "told her softly, " / "said Ann, "
  const last = sentence.refs.find((r) => r.next === w.length);
  if (last && last.kind !== "pronoun" && isSpeech(w[last.word - 1]))
    return { target: { ref: voiceOwner(sentence, last) }, sentence };
  while (
    v > 0 &&
    v >= w.length - 3 &&
    !isSpeech(w[v]) &&
    (isAdverb(w[v]) ||
      w[v]!.lower === "him" ||
      w[v]!.lower === "her" ||
      w[v]!.lower === "to" ||
      w[v]!.lower === "them" ||
      TRAILING.has(w[v]!.lower))
  )
    v--;
  if (!isSpeech(w[v])) return null;
  let k = v - 1;
  while (k >= 0 && isAdverb(w[k])) k--;
  // "Tom, turning to the door, said": the subject stands before the participle's clause.
  const participle = beforeParticiple(segment, sentence, k + 1);
  if (participle >= 0) k = participle;
  const subject =
    sentence.refs.find((r) => r.next === k + 1 && r.kind !== "pronoun") ??
    sentence.refs.find((r) => r.next === k + 1 && r.kind === "pronoun" && isSubjectPronoun(r)) ??
    someoneAt(sentence, w[k]?.lower === "else" ? k - 1 : k);
  if (subject) return { target: { ref: voiceOwner(sentence, subject) }, sentence };
  if (k >= 0 && (w[k]!.lower === "and" || w[k]!.lower === "but")) {
    // "The old lady felt Tom's shirt, and said": a possessive is no subject.
    const possessive = (r: Ref): boolean =>
      /['\u2019]s$/.test(segment.text.slice(r.from - segment.from, r.to - segment.from));
    // "Ann did not look up when he spoke to her, and then said": the subject of a clause a
    // "when" or "as" brings in is not the one who goes on to speak.
    const subordinate = (r: Ref): boolean => SUBORDINATORS.has(w[r.word - 1]?.lower ?? "");
    const main = sentence.refs.findLast(
      (r) => r.subject && r.word < k && !possessive(r) && !subordinate(r),
    );
    if (main) return { target: { ref: main }, sentence };
  }
  return null;
}
