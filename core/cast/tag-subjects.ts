/**
 * Tag subjects the reading of references does not know: the phrase after a speech verb when it
 * is a description of someone no person-noun list covers ("said a hard-featured dame of
 * fifty", "cried another female", "said another", "answered the artist"), an indefinite
 * pronoun ("somebody exclaimed"), and a participial clause between a subject and its verb ("Tom,
 * turning to the door, said"). Only recognises the phrase; which cast member it means is
 * resolved elsewhere, as for any description.
 */

import { PRONOUN_GENDER } from "./cues";
import type { Ref, Segment, Sentence } from "./refs";

/** Words that end a description's head: what follows is a post-modifier ("of fifty"). */
const AFTER_HEAD = new Set(
  "of in at from with who whom whose that which as on by to and but or near beside behind".split(
    " ",
  ),
);

/**
 * Determiners a described speaker starts with ("said my sister-in-law", "cried another female",
 * "answered the artist"). "his" and "her" are read as pronouns before this is asked; reading
 * past them ("rejoined his young interlocutor") went wrong more often than right (with the cast
 * 76.0 -> 75.2). "the" + a noun no list knows is a tag only where the cast or the story's links
 * say whom it means (speakers.ts tagSpeaker); elsewhere the untagged reading decides.
 */
const OPENERS = new Set(["a", "an", "the", "his", "her", "my", "our", "their", "another"]);

/** Openers that say whose the one described is ("said my sister-in-law"). */
const POSSESSIVE_OPENERS = new Set(["his", "her", "my", "our", "their"]);

/** Heads that are no one: "asked the way", "said the same", "answered the question". */
const NOT_PEOPLE = new Set(
  "same way word words question questions thing things rest truth name time other others".split(
    " ",
  ),
);

/** Heads that read as plural: "ladies", "servants", "men", "children", "people". */
const PLURAL = /(?:[^su]s|men|children|people|folk)$/;

/** "somebody exclaimed", "someone else asked": a speaker the narration does not name. */
const SOMEONE = new Set(["somebody", "someone", "anybody", "anyone", "everybody", "everyone"]);

/**
 * The description that starts at word `at` of the sentence, after a speech verb: a determiner,
 * up to three lowercase words, the last of them its head (before a comma, the sentence's end or
 * a post-modifier). Null when the phrase reads as no person, or as a group ("the ladies").
 */
export function describedAfter(segment: Segment, sentence: Sentence, at: number): Ref | undefined {
  const w = sentence.words;
  const first = w[at];
  if (!first) return undefined;
  // Not "one of the women": read as the group, one of a group took the pronouns of the lines
  // after it (LitBank), so it is left to the conversation.
  const det = first;
  if (!OPENERS.has(det.lower)) return undefined;
  const start = at;
  const gap = (k: number): string =>
    segment.text.slice(w[k]!.to - segment.from, (w[k + 1]?.from ?? w[k]!.to) - segment.from);
  let head = -1;
  for (let k = start + 1; k <= start + 3 && k < w.length; k++) {
    const word = w[k]!;
    if (word.text !== word.lower || AFTER_HEAD.has(word.lower)) break;
    if (sentence.refs.some((r) => r.word === k)) return undefined;
    head = k;
    if (k + 1 >= w.length || /[^\s]/.test(gap(k)) || AFTER_HEAD.has(w[k + 1]!.lower)) break;
    // A capitalised word or a fourth word: not a plain description.
    if (k === start + 3) return undefined;
  }
  // "said another": someone new, named by the word alone.
  if (head < 0 && det.lower === "another" && (start + 1 >= w.length || /[^\s]/.test(gap(start))))
    return {
      kind: "description",
      key: "another",
      indefinite: true,
      from: det.from,
      to: det.to,
      word: at,
      next: at + 1,
      subject: true,
      weight: 1,
      clause: 1,
    };
  if (head < 0 || NOT_PEOPLE.has(w[head]!.lower)) return undefined;
  // "cried the ladies whose ...": a group, not one speaker (as "one of the women" is left alone).
  if (PLURAL.test(w[head]!.lower)) return undefined;
  // The head must end the phrase: a comma, the end, or a post-modifier after it.
  const next = w[head + 1];
  if (next && !/[^\s]/.test(gap(head)) && !AFTER_HEAD.has(next.lower)) return undefined;
  const indefinite = ["a", "an", "another"].includes(det.lower);
  const owner = PRONOUN_GENDER.get(det.lower);
  return {
    kind: "description",
    key: "the " + w[head]!.lower,
    ...(indefinite && !owner ? { indefinite: true } : {}),
    ...(owner === "m" || owner === "f" ? { owner } : {}),
    ...(POSSESSIVE_OPENERS.has(det.lower) ||
    w.slice(start + 1, head).some((x) => /['\u2019]s$/.test(x.lower))
      ? { possessed: true }
      : {}),
    from: first.from,
    to: w[head]!.to,
    word: at,
    next: head + 1,
    subject: true,
    weight: 1,
    clause: 1,
  };
}

/** Whether a description key is one `someoneAt` makes ("somebody", "someone else"). */
export const isSomeoneKey = (key: string): boolean => SOMEONE.has(key.replace(/ else$/, ""));

/**
 * "somebody exclaimed", "someone else asked": the unnamed one, a new voice. "somebody else" is
 * its own description: not the "somebody" who spoke before it.
 */
export function someoneAt(sentence: Sentence, at: number): Ref | undefined {
  const w = sentence.words;
  const word = w[at];
  if (!word || !SOMEONE.has(word.lower)) return undefined;
  const next = w[at + 1]?.lower === "else" ? at + 2 : at + 1;
  return {
    kind: "description",
    key: next === at + 2 ? `${word.lower} else` : word.lower,
    indefinite: true,
    from: word.from,
    to: w[next - 1]!.to,
    word: at,
    next,
    subject: true,
    weight: 1,
    clause: 1,
  };
}

/**
 * "Tom, turning to the door, said": the index of the last word before a participial clause set
 * off by commas just before word `verb`, or -1. The clause opens on a word in -ing.
 */
export function beforeParticiple(segment: Segment, sentence: Sentence, verb: number): number {
  const w = sentence.words;
  const gapBefore = (k: number): string =>
    k > 0 ? segment.text.slice(w[k - 1]!.to - segment.from, w[k]!.from - segment.from) : "";
  if (verb < 3 || !gapBefore(verb).includes(",")) return -1;
  for (let k = verb - 1; k > 0 && k >= verb - 12; k--) {
    if (!gapBefore(k).includes(",")) continue;
    return /ing$/.test(w[k]!.lower) ? k - 1 : -1;
  }
  return -1;
}
