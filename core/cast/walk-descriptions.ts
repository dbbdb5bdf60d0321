/**
 * Whom a description means in the speaker walk ("the boy", "his host", "said the gentleman"):
 * the cast and the story's links first, then the named person of that sex seen latest in reach,
 * a visitor greeted by name, and descriptions that answer a line or take a turn. They read the
 * walk's salience, recent speakers and addressee (walk-state.ts) and write nothing.
 */

import { PERSON_NOUNS } from "./cues";
import type { Ref } from "./refs";
import { KIN, PARENT_TITLES } from "./described-links";
import { ARRIVALS } from "./speech-words";
import { otherSpeaker } from "./walk-turns";
import type { Walk } from "./walk-state";

/** Descriptions of a child or a youth: "the girl", "the boy". */
const CHILD_NOUNS = new Set(["girl", "boy", "lad", "lass", "kid", "child"]);

/** Nouns for a husband or wife: "his wife" is the Mrs. of his Mr. */
const SPOUSES = new Set(["wife", "husband", "lady"]);

/** How far back (in characters) a named person is still the one "the man" means. */
export const DESCRIPTION_REACH = 1500;

/** "her mother", "his wife": family are named less often, so they are looked for further back. */
export const RELATION_REACH = 5000;

/**
 * Whom a description at `pos` means, when the story or the cast says: "her mother" of a cast
 * member, a cast member's own description, a link made anywhere in the story, one stated to
 * someone, the story's own link (a reply calling the description's speaker by name), and only
 * then whoever of that sex was seen last. Null when none does: the description stands alone.
 * Read the same way by the walk's mentions and by a tag's target.
 */
export function describedAs(walk: Walk, ref: Ref, pos: number): string | null {
  return (
    walk.descriptions.possessedInCast(ref, walk.genderOf) ??
    walk.descriptions.describedInCast(ref.key) ??
    walk.linked.everywhere.get(ref.key) ??
    walk.descriptions.statedTo(ref.key, pos) ??
    walk.descriptions.linkedTo(ref.key, pos) ??
    describedNamed(walk, ref, pos)
  );
}

/**
 * "the mother", "the lad": a definite description of someone already on stage usually means
 * the named person of that sex seen most recently. An indefinite one ("a young officer")
 * brings in someone new.
 */
function describedNamed(walk: Walk, ref: Ref, pos: number): string | null {
  if (ref.indefinite) return null;
  const g = PERSON_NOUNS.get(ref.key.slice(4));
  if (!g) return null;
  // "her mother" is not the "her" it belongs to: the most prominent person of that sex.
  // The one just spoken to is the likeliest owner ("…, Lizzy." "…," said her mother).
  const addressed = walk.addressee;
  const owner = ref.owner
    ? addressed && walk.genderOf(addressed) === ref.owner
      ? addressed
      : walk.salience.mostSalient(ref.owner, walk.genders)
    : null;
  // A spouse belongs to the one the quote beside it calls by name, if that one fits ("My dear
  // Mr. Bennet," said his lady): she speaks to him.
  const called = walk.calledNearby.find((k) => walk.genderOf(k) === ref.owner);
  const partner = called ?? owner;
  const spouse =
    partner && SPOUSES.has(ref.key.slice(4)) ? walk.descriptions.spouseOf(partner) : null;
  if (spouse) return spouse;
  let best: string | null = null;
  const noun = ref.key.slice(4);
  const reach = pos - (ref.owner || KIN.has(noun) ? RELATION_REACH : DESCRIPTION_REACH);
  let bestPos = reach;
  // "the mother", "his wife": of those in reach, a "Mrs." (a "Mr." for a father or husband)
  // before a girl or a boy seen since, who is seldom the parent or the spouse.
  const title = PARENT_TITLES.get(noun);
  // "said the man" after "An old man ... was working through a bag": the newcomer, seen in
  // reach, is none of those seen before he came.
  const newcomer = walk.tagRefs.has(ref) ? walk.newcomers.get(ref.key) : undefined;
  const cameBefore =
    newcomer !== undefined && (walk.salience.get(ref.key)?.pos ?? -Infinity) > reach
      ? newcomer
      : -1;
  let married: string | null = null;
  let marriedPos = reach;
  let speaking: string | null = null;
  // Latest first, so the first who fits is the latest one in reach (ties to the first in the
  // table, as a scan of it gives); no one at or before the reach counts.
  for (let n = walk.salience.bySeen.first(); n && n.pos > reach; n = n.next) {
    const key = n.key;
    if (!walk.named.has(key) || key === walk.narrator || key === owner) continue;
    const e = walk.salience.get(key)!;
    if ((e.gender ?? walk.genders.get(key)) !== g) continue;
    if (CHILD_NOUNS.has(noun) && walk.descriptions.isElder(key)) continue;
    if (walk.salience.seenOrder(key) < cameBefore) continue;
    if (title && married === null && walk.descriptions.hasTitle(key, title)) {
      married = key;
      marriedPos = n.pos;
    }
    if (best === null) {
      best = key;
      bestPos = n.pos;
    }
    // "said Rose ... I bowed to the portrait of Countess Amelia ... said the lady": one of
    // the last speakers before one only mentioned since.
    if (speaking === null && walk.recent.includes(key)) speaking = key;
    if ((married !== null || !title) && speaking !== null) break;
  }
  if (speaking !== null && best !== null && !walk.recent.includes(best)) best = speaking;
  // "cried my mother" just after "Rose was pouring the tea": the narrator's own mother or
  // uncle is known by a parent's title or the cast, never by being the last woman or man seen
  // (the narrator's sister, a visitor), so without those she is the description itself.
  const ownKin = ref.mine === true && KIN.has(noun);
  if (ownKin) {
    best = null;
    // "My father kept the mill ... Mr. Hale came by ... said my father": a relation the
    // narration has been calling so is that description, not the "Mr." in reach (The Way of
    // All Flesh's "Mr Pontifex" is the old carpenter the narrator's father admired).
    if (walk.salience.has(ref.key)) return null;
  }
  // "inquiries about his father", "his father had been a great collector": someone's father
  // in the narration is seldom on stage, and the latest other man was him in none of the
  // seventeen such LitBank readings (a mother, often on stage, was in nine of thirteen), so
  // only a "Mr." or the cast names him.
  if ((ref.owner || ref.kinName) && noun === "father") best = null;
  // "A man started up from the graves ... the man said": the description itself, brought in
  // since the named one was last seen, is who it means.
  const itself = walk.salience.get(walk.descriptions.linkedTo(ref.key, pos) ?? ref.key);
  if (!ref.owner && itself && itself.pos > Math.max(bestPos, marriedPos)) return null;
  // The story's one "Mr." is the narrator's own father only when seen in reach: not yet seen,
  // "my father" is the description, which later mentions then keep.
  return (
    married ??
    (title && !ownKin ? walk.descriptions.onlyTitled(title, g, owner, walk.genderOf) : null) ??
    best
  );
}

/**
 * "'Good-evening, Mr. Kronborg.' / His visitor was a tall, loosely built man": one who has
 * come ("the visitor", "the newcomer", "the guest", "the caller") whom nothing else explains,
 * in the narration straight after a line that called a named person, is that person: the
 * one greeted is the one who came. Not "our visitor", whom the narrator's side received.
 */
export function calledDescribed(walk: Walk, ref: Ref): string | null {
  const called = walk.addressee;
  if (ref.kind !== "description" || ref.indefinite || ref.mine || !called) return null;
  if (!ARRIVALS.has(ref.key.replace(/^the /, ""))) return null;
  return walk.named.has(called) && called !== walk.narrator ? called : null;
}

/**
 * '"Am I right, Jack?" / "That's my principle," said my uncle': a description no cast member's
 * names explain, tagging the line that opens the paragraph after a line that called someone
 * by name, is the one called, when their sex fits it (as a pronoun tag's reply is).
 */
export function answersAsDescribed(walk: Walk, ref: Ref, key: string): boolean {
  const addressee = walk.addressee;
  if (!addressee || addressee === key || addressee === walk.narrator) return false;
  // Not "her mother": whose mother is said by the owner, whom describedNamed finds.
  if (!walk.named.has(addressee) || ref.kind === "pronoun" || ref.indefinite || ref.owner)
    return false;
  if (ref.kind === "name" && !walk.unnamed.has(ref.key)) return false;
  // The cast or the whole story says whom it means; a run's replies (namedByReplies) say
  // less than the name this very line answers.
  if (walk.descriptions.describedInCast(ref.key) !== null || walk.linked.everywhere.has(ref.key))
    return false;
  const g = PERSON_NOUNS.get(ref.key.replace(/^the /, "")) ?? null;
  const own = walk.genderOf(addressee);
  return own === null || g === null || own === g;
}

/**
 * '"Ten cents," said Dick. / "A fair price," said the gentleman': a description tag opening a
 * new turn that only the latest man or woman seen explains (no cast form, no link) is seldom
 * the one who spoke the paragraph before, whom the narration has just named: it is the other
 * one in the exchange, when that one is named and their sex fits or is not known. The
 * pronoun tags' switchTurn, for a description.
 */
export function describedTurnTaker(walk: Walk, ref: Ref, key: string): boolean {
  if (key !== walk.lastParagraphSpeaker || ref.kind === "pronoun") return false;
  // A discovered description ("the gentleman") is matched as a name the cast does not hold.
  if (ref.kind === "name" && !walk.unnamed.has(ref.key)) return false;
  if (ref.indefinite || ref.owner || ref.mine) return false;
  if (walk.descriptions.describedInCast(ref.key) !== null || walk.linked.everywhere.has(ref.key))
    return false;
  const other = otherSpeaker(walk, key);
  if (!other || other === walk.narrator || !walk.named.has(other)) return false;
  const g = PERSON_NOUNS.get(ref.key.replace(/^the /, "")) ?? null;
  const own = walk.genderOf(other);
  return own === null || g === null || own === g;
}
