/**
 * Turn-taking in the speaker walk: who the other one in an exchange is, who a line to "you two"
 * comes from, who answers in a first-person stretch, a pronoun tag that passes the turn, "he
 * went on", and `spoke`, which records a line's speaker. They read the walk's recent speakers,
 * salience and absences (walk-state.ts); only `spoke` and `switchTurn` write them.
 */

import { PRONOUN_GENDER } from "./cues";
import type { Gender } from "./genders";
import type { Tag } from "./tags";
import { SUBJECT_BONUS } from "./role-bonus";
import { GOES_ON } from "./speech-words";
import type { Walk } from "./walk-state";

/**
 * The other one in the exchange: of the recent speakers, the one most recently spoken of or
 * heard ("he saw her face" before a reply makes "her" the one who answers); with no other
 * speaker yet, the most salient other named person. A group ("cried the ladies") speaks in
 * chorus, not by turns: after it, a bare line is one person's.
 */
export function otherSpeaker(walk: Walk, than: string | null): string | null {
  let best: string | null = null;
  let bestPos = -Infinity;
  for (const key of walk.recent) {
    const pos = walk.salience.get(key)?.pos ?? -Infinity;
    if (
      key !== than &&
      pos >= bestPos &&
      walk.genders.get(key) !== "plural" &&
      !walk.away.includes(key)
    ) {
      best = key;
      bestPos = pos;
    }
  }
  if (best) return best;
  // Latest first (ties to the first in the table): the first named other is the latest.
  for (let n = walk.salience.bySeen.first(); n; n = n.next)
    if (n.key !== than && walk.named.has(n.key)) return n.key;
  return null;
}

/**
 * Who says a line to "you two": someone besides the last two speakers, the latest seen of the
 * recent speakers, else of the named people seen.
 */
export function thirdParty(walk: Walk): string | null {
  const pair = walk.recent.slice(-2);
  if (pair.length < 2) return null;
  let best: string | null = null;
  let bestPos = -Infinity;
  for (const key of walk.recent) {
    const pos = walk.salience.get(key)?.pos ?? -Infinity;
    if (!pair.includes(key) && pos >= bestPos && !walk.away.includes(key))
      [best, bestPos] = [key, pos];
  }
  if (best) return best;
  for (let n = walk.salience.bySeen.first(); n; n = n.next)
    if (!pair.includes(n.key) && walk.named.has(n.key)) return n.key;
  return null;
}

/**
 * Who answers the last speaker in a first-person stretch: the narrator, who is on every scene
 * they tell, when no one else has spoken yet or the narrator spoke the turn before (an
 * exchange of two); "I" is seen at every step of the narration, so the latest named person
 * seen would otherwise win over the one talking. The narrator is on stage even before the
 * narration has said "I" ("he never lets me drive"). Elsewhere, `other`.
 */
export function answerer(walk: Walk, than: string | null): string | null {
  if (walk.firstPerson && than !== walk.narrator) {
    const others = walk.recent.filter((k) => k !== than);
    if (others.length === 0 || others[others.length - 1] === walk.narrator) return walk.narrator;
    // Narration that showed no one but the last speaker (and "I") brought the two together.
    if (than !== null && than === walk.openedAlone) return walk.narrator;
  }
  return otherSpeaker(walk, than);
}

/**
 * A new paragraph usually means a new speaker: a pronoun tag opening a paragraph that resolved
 * to the last paragraph's speaker goes to the other person in the exchange when the pronoun
 * fits them too. "He" and "she" are never the one who says "I", nor one of the other sex: when
 * the other one `otherSpeaker` finds is either, the turn goes to the latest seen of the last
 * three speakers known to be of the pronoun's sex (two men talking, and a narrator who spoke
 * between: "he said" after one man's line is the other man's).
 */
export function switchTurn(walk: Walk, key: string, tag: Tag): string {
  if ("other" in tag.target || key !== walk.lastParagraphSpeaker) return key;
  const g = PRONOUN_GENDER.get(tag.target.ref.key)!;
  let other = otherSpeaker(walk, key);
  if (!other) return key;
  const otherGender = walk.salience.get(other)?.gender ?? walk.genders.get(other) ?? null;
  if (other === walk.narrator || (otherGender !== null && otherGender !== g))
    other = otherOfSex(walk, key, g);
  if (!other) return key;
  if (walk.lastGuessedGender === key) walk.salience.get(key)!.gender = null;
  const e = walk.salience.get(other);
  if (e) e.gender = g;
  return other;
}

/**
 * Of the last three speakers but `than`, the latest seen whose sex is known to be g: never the
 * narrator, nor one who is away. Three: the two talking and at most one voice between them;
 * one who spoke before that (a man of the scene before, when a woman and a man talk now) has
 * left the exchange.
 */
function otherOfSex(walk: Walk, than: string, g: Gender): string | null {
  let best: string | null = null;
  let bestPos = -Infinity;
  for (const key of walk.recent.slice(-3)) {
    const pos = walk.salience.get(key)?.pos ?? -Infinity;
    if (
      key !== than &&
      key !== walk.narrator &&
      walk.genderOf(key) === g &&
      pos >= bestPos &&
      !walk.away.includes(key)
    )
      [best, bestPos] = [key, pos];
  }
  return best;
}

/**
 * Records that key spoke a line at pos: the latest of the last four speakers, back if they were
 * away, and touched in the salience table as a subject.
 */
export function spoke(walk: Walk, key: string, pos: number): void {
  if (walk.away.includes(key)) walk.away = walk.away.filter((k) => k !== key);
  const i = walk.recent.lastIndexOf(key);
  if (i >= 0) walk.recent.splice(i, 1);
  walk.recent.push(key);
  if (walk.recent.length > 4) walk.recent.shift();
  // Only a recent speaker can be away: one who is no longer recent takes no turn anyway.
  if (walk.away.length > 0) walk.away = walk.away.filter((k) => walk.recent.includes(k));
  walk.salience.touch(key, walk.genders.get(key) ?? null, pos, SUBJECT_BONUS);
}

/**
 * "he continued", "she added": the one who spoke last goes on, when the pronoun fits them.
 * Null when the tag is no such tag.
 */
export function goingOn(walk: Walk, tag: Tag, last: string | null): string | null {
  if (!last || "other" in tag.target || tag.target.ref.kind !== "pronoun") return null;
  const ref = tag.target.ref;
  const w = tag.sentence.words;
  const verb = [w[ref.next], w[ref.word - 1]].find((v) => v && GOES_ON.has(v.lower));
  if (!verb) return null;
  const g = ref.key === "i" ? null : PRONOUN_GENDER.get(ref.key);
  if (ref.key === "i") return last === walk.narrator ? last : null;
  if (last === walk.narrator) return null;
  const known = walk.salience.get(last)?.gender ?? walk.genders.get(last) ?? null;
  return known === null || known === g ? last : null;
}
