/**
 * How prominent a reference is by its role in its sentence (centering): subjects outrank objects,
 * a main clause outranks a subordinate one, and the one heard speaking ("heard her say") or seen
 * doing something ("watched Priya tear") is the focus as a subject is. The speaker walk adds these
 * bonuses to a person's salience, and its WALK_BOUNDS (walk-move.ts) list them.
 */
import type { Ref, Sentence } from "./refs";

/** Subjects stay salient for a few sentences longer than objects (in characters of text). */
export const SUBJECT_BONUS = 300;
/**
 * A named person whose gender is not known yet ranks like an object of known gender: below
 * subjects. Descriptions ("the cashier") are not penalised: their gender is learnt from the
 * first pronoun that can only mean them.
 */
export const UNKNOWN_GENDER_PENALTY = SUBJECT_BONUS;
/**
 * A dialogue tag's pronoun ("she said") prefers someone already referred to in its own paragraph:
 * the paragraph is that person's turn. As much as a subject outranks an object.
 */
export const PARAGRAPH_BONUS = SUBJECT_BONUS;
/** A main-clause object or possessive outranks a subordinate clause's subject. */
const MAIN_CLAUSE_BONUS = 100;

/** Verbs of hearing: their subject listens to the one who speaks. */
const HEARING = new Set(["heard", "overheard", "hears", "hear"]);
/** What the one heard does: speaks ("heard her say", "heard Ann's voice"). */
const HEARD_SPEAKING = new Set(
  "voice say saying speak speaking tell telling talk talking call calling cry crying".split(" "),
);

/**
 * Whether a reference hears ("Mary heard her say"), is heard (the reference straight after such
 * a verb), or neither.
 */
export function hearer(s: Sentence, ref: Ref): "hears" | "heard" | null {
  const w = s.words;
  let k = ref.next;
  while (k < w.length && k < ref.next + 2 && w[k]!.lower.endsWith("ly")) k++;
  // "He heard her speak", "the words Margaret heard": not "Mary heard footsteps".
  const hearsSpeech =
    k + 1 >= w.length || w.slice(k + 1, k + 4).some((x) => HEARD_SPEAKING.has(x.lower));
  if (ref.subject && HEARING.has(w[k]?.lower ?? "") && hearsSpeech) return "hears";
  // "heard Ann's voice", "heard her say": the one heard speaking, not "heard his step".
  // "heard her aunt's voice": the voice closes the reference itself.
  const ownVoice = ref.key !== "the " + w[ref.next - 1]?.lower;
  const speaks = w
    .slice(ownVoice ? ref.next - 1 : ref.next, ref.next + 2)
    .some((x) => HEARD_SPEAKING.has(x.lower));
  if (HEARING.has(w[ref.word - 1]?.lower ?? "") && speaks) return "heard";
  return null;
}

const WATCHING = new Set(["watched", "saw", "noticed", "observed", "felt"]);
/** Words after a watched person that are no verb of theirs: "saw Tom at the bar". */
const NOT_ACTING = new Set(
  "the a an to and or but that at in on of for with from by as into over across through again".split(
    " ",
  ),
);

/** "watched Priya tear", "saw him pick up the glass": the one seen doing what follows. */
function watchedActing(s: Sentence, ref: Ref): boolean {
  if (ref.kind !== "name" || !WATCHING.has(s.words[ref.word - 1]?.lower ?? "")) return false;
  const next = s.words[ref.next];
  return next !== undefined && /^\p{Ll}+$/u.test(next.text) && !NOT_ACTING.has(next.lower);
}

/** Verbs of "it seemed to Ann that ...", whose person is the one the sentence is about. */
const EXPERIENCED = new Set(["seemed", "occurred", "appeared", "seems", "occurs", "appears"]);

/**
 * "It was Mrs. Garcia from next door", "there was Tom at the gate", "It seemed to Winterbourne
 * that he had been presented": the one a presentational "it was" or "there was" brings on, or
 * the one "it seemed to", is the sentence's focus, as a subject is.
 */
function presented(s: Sentence, ref: Ref): boolean {
  const [it, was] = [s.words[ref.word - 2]?.lower, s.words[ref.word - 1]?.lower];
  if ((it === "it" || it === "there") && (was === "was" || was === "is")) return true;
  const [it3, seemed] = [s.words[ref.word - 3]?.lower, s.words[ref.word - 2]?.lower];
  return it3 === "it" && EXPERIENCED.has(seemed ?? "") && was === "to";
}

/** Whether a reference is its clause's subject, not a verb's object read as one. */
export const actsIn = (ref: Ref): boolean => ref.subject && !ref.objectOfVerb;

/**
 * Centering: main-clause subjects are the likeliest antecedents, then main-clause objects; a
 * subordinate clause ("when the deckhand had gone") is background.
 */
export function roleBonus(ref: Ref, s?: Sentence): number {
  if (ref.clause < 1) return 0;
  // "Margaret heard her aunt's voice": the one heard speaking is the focus, as a subject is.
  if (s && hearer(s, ref) === "heard") return SUBJECT_BONUS;
  // "Nora watched Priya tear her napkin": the one watched doing something is the focus.
  if (s && watchedActing(s, ref)) return SUBJECT_BONUS;
  if (s && presented(s, ref)) return SUBJECT_BONUS;
  return actsIn(ref) ? SUBJECT_BONUS : MAIN_CLAUSE_BONUS;
}
