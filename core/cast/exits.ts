/**
 * Who the narration sends out of the scene: a person whose sentence says they left ("Priya had
 * gone inside", "Denise left them alone", "Tom went out", "she was gone"), ended a call ("he
 * rang off", "she hung up") or fell asleep ("was asleep", "dozed off"). Someone who has left
 * takes no more turns in the talk until a line of theirs is tagged or they are named speaking
 * again, so a bare line goes to those still there.
 */
import type { Ref, Sentence } from "./refs";

/** Words that may stand between the subject and the verb: "had", "then", "already". */
const BETWEEN = new Set([
  "had",
  "has",
  "have",
  "'d",
  "\u2019d",
  "then",
  "already",
  "just",
  "finally",
  "quietly",
  "soon",
  "now",
]);

/** Verbs of going: an exit only with a word that says away from here. */
const GOING = new Set([
  "went",
  "gone",
  "walked",
  "stormed",
  "slipped",
  "headed",
  "wandered",
  "drifted",
  "hurried",
  "stalked",
  "stomped",
]);

/** After a verb of going: where to, away from the scene ("out", "inside", "home"). */
const AWAY = new Set([
  "out",
  "inside",
  "indoors",
  "outside",
  "home",
  "upstairs",
  "downstairs",
  "off",
  "away",
]);

/** After "left": what says the person left the scene ("left the room", "left them alone"). */
const LEFT_WHAT = new Set(["them", "us", "the", "without", "again", "for"]);
const LEFT_PLACES = new Set(["room", "kitchen", "house", "table", "bar", "pub", "office", "shop"]);

/** Verbs that see someone out with a reflexive: "let herself out", "showed himself out". */
const SHOWED_OUT = new Set(["let", "lets", "showed", "shows", "saw", "sees"]);
const REFLEXIVES = new Set(["herself", "himself", "themselves", "themself", "myself"]);

/** After "hung up": what says a call ended, the sentence's end ("") or "hung up on her". */
const HUNG_UP_THEN = new Set(["", "on", "and", "without"]);

/** Whether the words from index i say the one before them left: "had gone inside", "left". */
function leavesAt(s: Sentence, i: number): boolean {
  const w = s.words;
  while (i < w.length && BETWEEN.has(w[i]!.lower)) i++;
  return leavesFrom(s, i);
}

/** Whether the words from index i, a verb, say that someone left. */
function leavesFrom(s: Sentence, i: number): boolean {
  const w = s.words;
  const verb = w[i]?.lower;
  if (verb === undefined) return false;
  const after = w[i + 1]?.lower;
  if (GOING.has(verb)) {
    // "Bess went.", "Miss Margaret went, with a look at Roper": "went" closing its clause has
    // gone from here ("went red", "went on" go nowhere, and run on with no mark).
    if (verb === "went" && closesClause(s, i)) return true;
    // "had gone back to his newspaper in the front room": "back" only after "had".
    if (after === "back") return verb === "gone" || AWAY.has(w[i + 2]?.lower ?? "");
    return after !== undefined && AWAY.has(after);
  }
  // "let herself out", "showed himself out", "saw themselves out".
  if (SHOWED_OUT.has(verb)) return REFLEXIVES.has(after ?? "") && w[i + 2]?.lower === "out";
  // A call ended is an exit from the talk: "rang off", "hung up" ("hung up on her"), but not
  // "hung up her coat".
  if (verb === "rang") return after === "off";
  if (verb === "hung") return after === "up" && HUNG_UP_THEN.has(w[i + 2]?.lower ?? "");
  // Asleep is out of the talk as surely as out of the room: "fell asleep", "had fallen asleep",
  // "was asleep", "dozed off"; and "she was gone" is gone.
  if (verb === "fell" || verb === "fallen") return after === "asleep";
  if (verb === "was" || verb === "were") return after === "asleep" || goneAt(s, i + 1);
  if (verb === "dozed" || verb === "nodded") return after === "off";
  if (verb !== "left") return false;
  // A sentence ending on "left" ("Then Tom left."): the words run to its end.
  if (after === undefined) return true;
  if (!LEFT_WHAT.has(after)) return false;
  return after !== "the" || LEFT_PLACES.has(w[i + 2]?.lower ?? "");
}

/**
 * The refs of a sentence whose subject leaves the scene in it, straight after the subject or in
 * a verb joined by "and" before anyone else is named as a subject ("Denise wrote it down and
 * left them", "said Ann, in a voice like a slammed door, and let herself out": a person named
 * on the way, not as a subject, does not end the subject's reach).
 */
export function exitsIn(s: Sentence): Ref[] {
  return s.refs.filter((ref, k) => {
    if (!ref.subject || ref.objectOfVerb) return false;
    const end = s.refs.find((r, j) => j > k && r.subject)?.word ?? s.words.length;
    // "Jem went, and came back with the coat": back in the same sentence, still in the talk.
    if (comesBack(s, ref.next, end)) return false;
    if (leavesAt(s, ref.next)) return true;
    for (let j = ref.next; j < end; j++)
      if (s.words[j]!.lower === "and" && leavesAt(s, j + 1)) return true;
    return false;
  });
}

/** A person's going, watched or heard: "listened to her go up", "watched him going". */
const ON_THE_WAY = new Set(["go", "goes", "going", "leave", "leaves", "leaving", "disappear"]);

/**
 * Whether a reference is to someone seen on their way out ("They listened to her go up the
 * stairs"): the one who left, named again, but not back.
 */
export function seenGoing(s: Sentence, ref: Ref): boolean {
  return !ref.subject && ON_THE_WAY.has(s.words[ref.next]?.lower ?? "");
}

/** "came back", "came in", "returned" among the words from `from` to `to`. */
function comesBack(s: Sentence, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = s.words[j]!.lower;
    if (w === "returned") return true;
    if ((w === "came" || w === "come") && BACK.has(s.words[j + 1]?.lower ?? "")) return true;
  }
  return false;
}

const BACK = new Set(["back", "in", "into"]);

/** Word i closes its clause: the sentence ends, or a mark stands before the next word. */
function closesClause(s: Sentence, i: number): boolean {
  const next = s.words[i + 1];
  return next === undefined || next.from - s.words[i]!.to >= 2;
}

/**
 * The refs of a sentence whose subject had already left ("when Frank had gone back to his
 * newspaper in the front room"): gone before what the paragraph tells, so a "he" later in it
 * is someone still there.
 */
export function goneIn(s: Sentence): Ref[] {
  return s.refs.filter((ref) => {
    if (!ref.subject || ref.objectOfVerb) return false;
    const w = s.words;
    let i = ref.next;
    let had = false;
    for (; i < w.length && BETWEEN.has(w[i]!.lower); i++) if (HAD.has(w[i]!.lower)) had = true;
    return had && (leavesFrom(s, i) || goneClosing(s, i));
  });
}

/** "When she had gone, Nora turned": "gone" closing its clause (the sentence's end or a mark). */
function goneClosing(s: Sentence, i: number): boolean {
  const w = s.words;
  return w[i]?.lower === "gone" && closesClause(s, i);
}

const HAD = new Set(["had", "'d", "\u2019d"]);

/** "she was gone": "gone" closing its clause, or before "for" or "again" ("gone for good"). */
function goneAt(s: Sentence, i: number): boolean {
  if (s.words[i]?.lower !== "gone") return false;
  const after = s.words[i + 1]?.lower;
  return after === undefined || after === "and" || after === "for" || after === "again";
}
