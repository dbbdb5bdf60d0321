/**
 * Reading a paragraph's narration in the speaker walk: each reference in order resolved to a
 * person (a pronoun to the salient one of its sex, a description to whom it means) and touched
 * in the salience table, with the pronoun rules that look past salience (the one person of a sex
 * the sentence before showed, the one just called answering). Writes the walk's resolved
 * references, salience, newcomers and those gone (walk-state.ts).
 */

import { PERSON_NOUNS, PRONOUN_GENDER } from "./cues";
import type { Gender } from "./genders";
import type { ParagraphReading, Ref, Segment, Sentence } from "./refs";
import { goneIn } from "./exits";
import { actsIn, roleBonus } from "./role-bonus";
import { describedAs, calledDescribed } from "./walk-descriptions";
import { namedAddressee } from "./walk-tags";
import type { Walk } from "./walk-state";

/**
 * The person a pronoun of gender g means (SalienceTable.pronoun); one whose sex was not yet
 * known learns it here, remembered so that switchTurn can take it back.
 */
function resolvePronoun(
  walk: Walk,
  g: Gender,
  inTag = false,
  spokenTo: string | null = null,
  called: readonly string[] = [],
  gone: ReadonlySet<string> = new Set(),
): string | null {
  const best = walk.salience.pronoun(g, {
    narrator: walk.narrator,
    named: walk.named,
    inTag,
    paragraphOffset: walk.paragraphOffset,
    spokenTo,
    called,
    gone,
  });
  walk.lastGuessedGender = null;
  if (best && walk.salience.get(best)!.gender === null) {
    walk.salience.get(best)!.gender = g;
    walk.lastGuessedGender = best;
  }
  return best;
}

/** Walks the narration in order, resolving pronouns as it goes. */
export function readNarration(
  walk: Walk,
  r: ParagraphReading,
  seg: Segment,
  nextCalled: readonly string[] = [],
): void {
  let before: Sentence | undefined;
  const beat = seg.sentences[seg.sentences.length - 1];
  for (const s of seg.sentences) {
    const shownBefore = before;
    before = s;
    for (const ref of s.refs) {
      const pos = r.offset + ref.from;
      if (ref.kind === "pronoun" && ref.key === "i") {
        if (!walk.firstPerson) continue;
        walk.resolved.set(ref, walk.narrator);
        walk.salience.touch(walk.narrator, null, pos, roleBonus(ref));
        continue;
      }
      if (ref.kind === "pronoun") {
        const inTag = walk.tagRefs.has(ref);
        const key =
          (!inTag && opensAnswer(walk, r, seg, s, ref)) ||
          (!inTag && onlyOneBefore(walk, shownBefore, s, ref)) ||
          resolvePronoun(
            walk,
            PRONOUN_GENDER.get(ref.key)!,
            inTag,
            inTag ? namedAddressee(walk, s) : null,
            // '"Ma'am." He turned a page. "Mr Hale, do you remember?"': the beat leading into
            // a line is its speaker's, never the one that line calls by name.
            inTag ? walk.calledByLine : s === beat && actsIn(ref) ? nextCalled : [],
            actsIn(ref) ? walk.goneHere : undefined,
          );
        if (key) {
          walk.resolved.set(ref, key);
          walk.before.set(ref, { ...walk.salience.get(key)! });
          walk.salience.touch(key, null, pos, roleBonus(ref, s));
        }
        continue;
      }
      // "Ray found her. He was a tall, sunburned man": the man is the one "he" meant, not a
      // second person (who would take the next "he said"), when that is someone named who
      // was the subject of the sentence before ("he" carries the subject on).
      if (ref.predicate) {
        const who = walk.resolved.get(s.refs[s.refs.indexOf(ref) - 1]!);
        const carried = shownBefore?.refs.some((b) => b.subject && walk.resolved.get(b) === who);
        if (who && carried && who !== walk.narrator && walk.named.has(who)) {
          walk.resolved.set(ref, who);
          continue;
        }
      }
      // A discovered description ("the doctor") is matched as a name; it may still mean
      // someone named ("Dr. Archie").
      const key =
        ref.kind === "name" && !walk.unnamed.has(ref.key)
          ? ref.key
          : (describedAs(walk, ref, pos) ??
            (seg === r.segments[0] ? calledDescribed(walk, ref) : null) ??
            ref.key);
      walk.resolved.set(ref, key);
      if (ref.indefinite && ref.subject && key === ref.key)
        walk.newcomers.set(key, walk.salience.size);
      // "The woman in the red coat", linked to a Nadia the lists do not know: a woman.
      const gender =
        walk.genders.get(key) ??
        PERSON_NOUNS.get(key.replace(/^the /, "")) ??
        (ref.kind === "description" ? PERSON_NOUNS.get(ref.key.replace(/^the /, "")) : null) ??
        null;
      walk.salience.touch(key, gender, pos, roleBonus(ref, s));
    }
    for (const ref of goneIn(s)) {
      const key = walk.resolved.get(ref);
      if (key) walk.goneHere.add(key);
    }
  }
}

/**
 * "Josh looked at Maddie. She kicked his ankle": the subject pronoun that opens a sentence is
 * the one person of its sex the sentence before showed, even as an object, when the one person
 * of the other sex there goes on in this sentence as a pronoun ("his"): both carry on, so
 * salience (a woman who spoke a few lines before) does not decide. Null when the sentence
 * before shows no one of that sex, or two, or only a description ("tackled the girl"), whom a
 * description means being itself a guess.
 */
function onlyOneBefore(
  walk: Walk,
  before: Sentence | undefined,
  s: Sentence,
  ref: Ref,
): string | null {
  if (!before || s.refs[0] !== ref || !actsIn(ref)) return null;
  const g = PRONOUN_GENDER.get(ref.key);
  const shown = new Set<string>();
  for (const r of before.refs) {
    const key = walk.resolved.get(r);
    if (!key || key === walk.narrator) continue;
    const sex = walk.salience.get(key)?.gender ?? walk.genders.get(key) ?? null;
    if (sex === g && r.kind === "description") return null;
    if (sex === g) shown.add(key);
  }
  const [only] = shown;
  if (shown.size !== 1 || walk.goneHere.has(only!)) return null;
  // "A sense of helplessness came upon Mr. Pett. For the thousandth time he felt": where no
  // one acts in the sentence before (its subject is a thing, and it is no tag: "said Frank"),
  // the one person of that sex it shows is its centre, whoever spoke last.
  if (!before.refs.some((b) => actsIn(b) || walk.tagRefs.has(b))) return only!;
  // Both people of the sentence before go on in this one ("his ankle"): the other sex's
  // pronoun here, one person of that sex there.
  const other = g === "m" ? "f" : "m";
  const others = new Set(
    before.refs.flatMap((r) => {
      const key = walk.resolved.get(r);
      const sex = key ? (walk.salience.get(key)?.gender ?? walk.genders.get(key)) : null;
      return key && key !== walk.narrator && sex === other ? [key] : [];
    }),
  );
  const carried = s.refs.some(
    (r) => r !== ref && r.kind === "pronoun" && PRONOUN_GENDER.get(r.key) === other,
  );
  return others.size === 1 && carried ? only! : null;
}

/**
 * "'Gaz, what's up?' / He puts the beer mat down. 'They're shutting it.'": the subject pronoun
 * that opens a turn's narration, before its first line, is the one the last line called by
 * name, when the pronoun fits them: the one spoken to answers.
 */
function opensAnswer(
  walk: Walk,
  r: ParagraphReading,
  seg: Segment,
  s: Sentence,
  ref: Ref,
): string | null {
  const addressee = walk.addressee;
  if (!addressee || addressee === walk.narrator || r.quotes.length === 0) return null;
  // The beat may come after the turn's first line instead ("'Uncle Ray, look!' / 'Let's see
  // him, Bug.' He took the jar."), when nothing came before that line.
  const afterFirstLine =
    seg === r.segments[1] &&
    r.segments[0]!.sentences.length === 0 &&
    !walk.calledByLine.includes(addressee);
  if (
    (seg !== r.segments[0] && !afterFirstLine) ||
    s !== seg.sentences[0] ||
    s.refs[0] !== ref ||
    !actsIn(ref)
  )
    return null;
  const g = walk.genderOf(addressee);
  return g === PRONOUN_GENDER.get(ref.key) || (g === null && walk.named.has(addressee))
    ? addressee
    : null;
}
