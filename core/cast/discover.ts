/**
 * Finding a story's characters with no setup.
 *
 * A run of capitalised words ("Maggie", "Inspector Hale", "Maggie Doyle") is a candidate. The
 * evidence for it being a person: it speaks ("Tom said", "said Tom"), acts ("Tom ran", "Tom
 * could"), owns ("Tom's"), carries a title, or recurs in mid-sentence. The evidence against: a
 * determiner before it ("his Zippo", "the Duchess"), a place preposition ("in Camden") or a
 * place word after it ("Elm Street"), only ever starting a sentence or a quote ("Cool.",
 * "Thanks"), or the same word written in lowercase elsewhere ("Ginger" next to "a ginger cat"),
 * which makes it a nickname or a common word unless it is seen speaking. Unnamed speakers ("the
 * cashier said") are kept as descriptions; one of a sex the story names no one of ("the girl"
 * in a story of men) is listed as a character, as a writer's cast would list "A girl".
 *
 * This module gathers and folds; the parts are modules of their own: reading a paragraph
 * (paragraph-names.ts, name-run.ts, kin-sightings.ts, sighting-cues.ts), counting and weighing
 * the sightings (name-tally.ts), folding found characters (title-folds.ts, found-kin.ts,
 * initials.ts, and short-forms.ts, nicknames.ts), naming them (named-as-written.ts) and putting
 * a given cast first (merge-given.ts).
 */

import { castSexes, genderOfName, type Sex } from "./genders";
import { foldFamiliarForms, foldFormalCalls } from "./nicknames";
import { foldNicknames, foldShortForms } from "./short-forms";
import type { Character } from "../model";
import type { StoryText } from "../story";
import {
  AUXILIARIES,
  isListedGivenName,
  KIN_TERMS,
  kinSex,
  MONTH_NAMES,
  NOT_NAMES,
  PERSON_NOUNS,
  PLACE_NAMES,
  TITLES,
  titleKey,
} from "./cues";
import { FAMILY_TITLES } from "./name-titles";
import { namedAsWritten, type WrittenForms } from "./named-as-written";
import { foldKin, kinCalled, kinHolder } from "./found-kin";
import { foldInitials, withoutLetters } from "./initials";
import { mergeGiven } from "./merge-given";
import { namesInParagraph } from "./paragraph-names";
import { evidenceFor, isGroup, kinEvidence, tally, type Tally } from "./name-tally";
import { detectQuoteStyle, type QuoteStyle } from "./quotes";
import { KIN_TITLES } from "./titles-called";
import {
  foldIntoFullName,
  foldIntoFullTitled,
  foldIntoTitled,
  ownSex,
  titleSex,
} from "./title-folds";

/** Paragraphs that write two forms together before the two are two people. */
const TOGETHER_APART = 2;

/**
 * Finds the story's characters. Given characters win and come first, with their names, aliases
 * and voices as given; discovered ones follow, most evident first, with voice "unknown" (voice
 * inference is a separate pass over each character's lines).
 */
export function discoverCast(
  story: StoryText,
  given: readonly Character[] = [],
  /** Cacheable per-paragraph reading (a pure function of text and quote style). */
  namesOf: typeof namesInParagraph = namesInParagraph,
  /** The story's quote style, when the caller has it already. */
  style: QuoteStyle = detectQuoteStyle(story),
  /**
   * `given` is only the characters the writer has touched (the app's Cast panel), not the whole
   * cast: the story's own evidence for family words then counts as it does with no cast.
   */
  givenIsPartial = false,
): readonly Character[] {
  // A whole cast given (the command line's `--cast`) stands for everyone; a partial one does not.
  const wholeCastGiven = given.length > 0 && !givenIsPartial;
  const tallies = new Map<string, Tally>();
  const lowercase = new Set<string>();
  const unnamed = new Map<string, number>();
  // Family words a speech tag gives someone ("said her mother"): a relation, not a title.
  const ownedKin = new Set<string>();
  const acting = new Map<string, number>();
  const written: WrittenForms = new Map();
  // The paragraphs each name form is written in: two forms written together are two people.
  const paragraphsOf = new Map<string, Set<number>>();
  // Nicknames the narration gives: "nobody was allowed to call him Bug".
  const nicknames: { nick: string; name: string; sex: Sex }[] = [];
  // The paragraph of each sex's first pronoun tag ('"Soon," she said'), and of each word's first
  // sighting: a name must come before the tags that need it.
  const firstTag = new Map<Sex, number>();
  const firstSeen = new Map<string, number>();
  story.paragraphs.forEach((p, at) => {
    if (p.isBreak) return;
    const names = namesOf(p.text, style);
    for (const sex of names.pronounTags) if (!firstTag.has(sex)) firstTag.set(sex, at);
    // Indexed: this loop sees every lowercase word of the story, and runs once per pass, too
    // briefly to be optimised, so an iterator would allocate a result per word.
    const words = names.lowercaseWords;
    for (let i = 0; i < words.length; i++) lowercase.add(words[i]!);
    for (const u of names.unnamedSpeakers) unnamed.set(u, (unnamed.get(u) ?? 0) + 1);
    for (const k of names.ownedKinSpeakers) ownedKin.add(k);
    for (const a of names.describedActors) acting.set(a, (acting.get(a) ?? 0) + 1);
    let flat: string | undefined;
    for (const s of names.sightings) {
      tally(tallies, s);
      if (!firstSeen.has(s.key)) firstSeen.set(s.key, at);
      if (s.nicknameOf) nicknames.push({ nick: s.key, ...s.nicknameOf });
      for (const form of s.full === null ? [s.key] : [s.key, s.full])
        (paragraphsOf.get(form) ?? paragraphsOf.set(form, new Set()).get(form)!).add(at);
      // A full name rebuilt from parts ("MR Berry Hill" of "LADY HOWARD Berry Hill") is no
      // form the story writes; one hard-wrapped across a line ("Master John\nRolfe") is.
      const rebuilt =
        s.full !== null &&
        !p.text.includes(s.full) &&
        !(flat ??= p.text.replace(/\s+/g, " ")).includes(s.full);
      if (rebuilt) continue;
      const form = s.full ?? s.key;
      written.set(form, (written.get(form) ?? 0) + 1);
    }
  });
  // The last word of every name the story writes ("Hartley" of "Mr. Hartley"), with the key
  // whose name it ends.
  const surnames = new Map<string, Set<string>>();
  for (const [key, t] of tallies)
    for (const n of [key, ...t.fulls.keys()]) {
      const last = n.split(" ").pop()!;
      (surnames.get(last) ?? surnames.set(last, new Set()).get(last)!).add(key);
    }
  // Common words the story writes as the surname of a titled name ("Captain John Good"): a
  // "said Good" is that man, whatever "good" means in lowercase.
  const titledSurnames = new Set<string>();
  const familySurnames = new Set<string>();
  for (const t of tallies.values())
    for (const full of t.fulls.keys()) {
      const w = full.split(" ");
      if (w.length > 2 && TITLES.has(titleKey(w[0]!))) titledSurnames.add(w[w.length - 1]!);
    }
  // "Mr. Oak": a word the story writes after a family title is someone's surname, so "Gabriel
  // Oak" is a full name however "oak" is used in lowercase.
  for (const [key, t] of tallies)
    for (const n of [key, ...t.fulls.keys()]) {
      const w = n.split(" ");
      if (w.length === 2 && FAMILY_TITLES.has(titleKey(w[0]!))) familySurnames.add(w[1]!);
    }
  const people = new Map<string, number>();
  for (const [key, t] of tallies) {
    const lower = key.toLowerCase();
    if (isGroup(key, t, surnames)) continue;
    // A common word ("Irish") is seen only where it tags a quote, and must do so twice and never
    // be written in lowercase (a capitalised "He" after a quote is a slip, not a nickname).
    const weight =
      NOT_NAMES.has(lower) && !KIN_TERMS.has(lower)
        ? t.tags > 1 && (!lowercase.has(lower) || titledSurnames.has(key))
          ? 3 * t.tags
          : 0
        : KIN_TERMS.has(lower)
          ? kinEvidence(t, wholeCastGiven)
          : // "Geneva was", "America subdued": a place acts in sentences as a person does.
            PLACE_NAMES.has(lower) && t.titled === 0
            ? 3 * t.tags
            : evidenceFor(
                t,
                lowercase.has(lower) || MONTH_NAMES.has(lower),
                isListedGivenName(lower),
              );
    if (weight > 0) people.set(key, weight);
  }
  for (const word of calledTitles(tallies, paragraphsOf)) people.delete(word);
  // A word that opens a full name somewhere ("Bea" in "Bea Cy") is a given name, so it is no
  // one's surname elsewhere ("Ann Bea" is then two people side by side).
  const givenNames = new Set<string>();
  for (const t of tallies.values())
    for (const full of t.fulls.keys()) {
      const words = full.split(" ").filter((w) => !TITLES.has(titleKey(w)));
      if (words.length > 1) givenNames.add(words[0]!);
    }
  const found: { c: Character; weight: number }[] = [];
  const folded = new Set<string>();
  for (const [key, weight] of people) {
    // A full name is an alias unless its other words are people or common words themselves
    // ("called Tom Ned" is two names side by side, not a full name).
    const fulls = tallies.get(key)!.fulls;
    // "Lady Greystoke" beside "Lord Greystoke", "Mrs. Joe Gargery" beside Joe: a title of the
    // other sex than the character's is a spouse, listed as a person of their own.
    const sex = ownSex(key, fulls);
    const spouses = [...fulls.keys()].filter((full) => {
      // "Captain Jane Orr" is Jane: a rank says no sex against her given name.
      const t = titleSex(full, false);
      return t !== null && sex !== null && t !== sex && !people.has(full);
    });
    for (const full of spouses)
      found.push({
        c: { name: full, aliases: [], voice: "unknown" },
        weight: 3 * fulls.get(full)!,
      });
    const things = tallies.get(key)!.thingFulls;
    const aliases = [...fulls.keys()].filter((full) => {
      if (spouses.includes(full)) return false;
      // "the Happy Family", "the Pyncheon Elm": a form written only after a determiner is a
      // group or a thing named after them, unless a title makes it a person ("the Widow Douglas").
      const first = titleKey(full.split(" ")[0]!);
      if (things.get(full) === fulls.get(full) && !TITLES.has(first)) return false;
      const rest = full
        .split(" ")
        .slice(1)
        .filter((w) => w !== key && !TITLES.has(w.toLowerCase()));
      return (
        full !== key &&
        rest.every(
          (w) =>
            (!lowercase.has(w.toLowerCase()) ||
              ((titledSurnames.has(w) || familySurnames.has(w)) && isSurnameOf(w, full))) &&
            (!people.has(w) || (isSurnameOf(w, full) && !givenNames.has(w))),
        )
      );
    });
    for (const a of aliases) {
      const surname = a.split(" ").pop()!;
      if (surname !== key && people.has(surname)) folded.add(surname);
    }
    found.push({ c: { name: key, aliases, voice: "unknown" }, weight });
  }
  for (let i = found.length - 1; i >= 0; i--) {
    if (!folded.has(found[i]!.c.name)) continue;
    const surname = found[i]!.c.name;
    // The holder must stay a character itself: in "Ann Bea" and "Bea Cy", Bea folds into Ann and
    // so cannot take Cy in.
    const holder = found.find(
      (f) =>
        f !== found[i] &&
        !folded.has(f.c.name) &&
        f.c.aliases.some((a) => a.endsWith(" " + surname)),
    );
    if (!holder) continue;
    // "Allworthy" beside "Miss Bridget Allworthy" and "Mr Allworthy": a titled full name's
    // surname is that family's, whose other titled member may own it (foldIntoTitled decides).
    const titleOf = (n: string): string => titleKey(n.split(" ")[0]!);
    const fullTitles = holder.c.aliases
      .filter((a) => a.endsWith(" " + surname) && FAMILY_TITLES.has(titleOf(a)))
      .map(titleOf);
    const kin = found.some(
      (f) =>
        f.c.name.split(" ").length === 2 &&
        f.c.name.endsWith(" " + surname) &&
        FAMILY_TITLES.has(titleOf(f.c.name)) &&
        !fullTitles.includes(titleOf(f.c.name)),
    );
    if (fullTitles.length > 0 && kin) continue;
    // "Dr. Hale watched Maggie": a titled surname the story writes beside the holder's given
    // name in two paragraphs or more is someone else of that family, a person of their own
    // (once may be the narration naming one person two ways: "Silas" ... "Master Marner").
    const given = holder.c.name.split(" ").find((w) => !TITLES.has(titleOf(w))) ?? "";
    const together = found[i]!.c.aliases.filter(
      (a) => a.endsWith(" " + surname) && TITLES.has(titleOf(a)),
    ).some((a) => {
      const at = paragraphsOf.get(a);
      const both = [...(paragraphsOf.get(given) ?? [])].filter((p) => at?.has(p));
      return both.length >= TOGETHER_APART;
    });
    if (together) continue;
    holder.c = { ...holder.c, aliases: [...holder.c.aliases, surname] };
    holder.weight += found[i]!.weight;
    found.splice(i, 1);
  }
  foldIntoTitled(found);
  foldIntoFullTitled(found);
  foldIntoFullName(found);
  foldInitials(found);
  foldKin(found);
  for (const f of found) f.c = namedAsWritten(f.c, written);
  foldFamiliarForms(found, (form) =>
    lowercase.has(form.toLowerCase()) ? undefined : tallies.get(form)?.quoted,
  );
  foldShortForms(
    found,
    (form) => {
      const t = tallies.get(form);
      const at = paragraphsOf.get(form);
      return at
        ? {
            quoted: t?.quoted ?? 0,
            calls: t?.calledIn.size ?? 0,
            tags: t?.tags ?? 0,
            mid: t?.mid ?? 0,
            paragraphs: at,
          }
        : undefined;
    },
    lowercase,
    [...tallies].filter(([, t]) => t.quoted > 0).map(([key]) => key),
  );
  foldNicknames(found, nicknames);
  foldFormalCalls(found, (name) => {
    const t = tallies.get(name);
    return t && t.quoted === t.count && !lowercase.has(name.toLowerCase()) ? t.calledIn.size : 0;
  });
  for (const f of found) f.c = withoutLetters(f.c);
  found.sort((a, b) => b.weight - a.weight || a.c.name.localeCompare(b.c.name));
  const named = found.map((f) => f.c);
  // Sexes the named people (given or found) say by title or given name.
  const sexes = new Set(castSexes([...given, ...named]).values());
  // "Papa" and "Ma" say a sex too.
  for (const c of [...given, ...named]) {
    const sex = kinSex(c.name);
    if (sex) sexes.add(sex);
  }
  for (const [sex, at] of firstTag) {
    if (sexes.has(sex)) continue;
    const once = onceNamed(tallies, lowercase, surnames, named, at, firstSeen, sex);
    if (once === undefined) continue;
    named.push({ name: once, aliases: [], voice: "unknown" });
    sexes.add(sex);
  }
  for (const [description, n] of unnamed) {
    const noun = description.slice(4);
    // "the girl" in a story that names no woman: she is its heroine, described, as a writer's
    // cast would list her ("A girl"), so her pronouns find her.
    const sex = PERSON_NOUNS.get(noun);
    const listed = (name: string): boolean =>
      named.some((c) => c.name === name || c.aliases.includes(name));
    // "my mom said", "said her dad": a familiar family word a personal possessive owns in a tag
    // is that family's parent, whom the family calls by the word itself however seldom the story
    // capitalises it ("Mom" called once, or never), as a writer's cast would list "Mom". Not the
    // relation's plain noun ("said her mother"): that is a description, named as the narration
    // brings her in ("her mother"), as an annotator names her.
    if (ownedKin.has(noun) && KIN_TERMS.get(noun) !== noun && !wholeCastGiven) {
      const holder = kinHolder(named, noun);
      const word = kinCalled(tallies, noun) ?? noun.charAt(0).toUpperCase() + noun.slice(1);
      if (holder)
        named[named.indexOf(holder)] = { ...holder, aliases: [...holder.aliases, description] };
      else if (!listed(word)) named.push({ name: word, aliases: [description], voice: "unknown" });
      continue;
    }
    if (n + (acting.get(description) ?? 0) >= 2 && sex && !sexes.has(sex)) {
      named.push({ name: description, aliases: [], voice: "unknown" });
      continue;
    }
    // "the inspector said" where the cast has an "Inspector Hale": that is Hale. A writer's own
    // Inspector Hale takes it as the story's does; the tag goes to him (describedCharacter), so
    // listing "the inspector" beside him would only show him twice.
    const titled = (names: readonly string[]): boolean =>
      names.some((a) => a.toLowerCase().startsWith(noun + " "));
    if (TITLES.has(noun) && given.some((c) => titled([c.name, ...c.aliases]))) continue;
    // "the father" may be a title (a priest, an abbess); "said her father" is a relation.
    const title = TITLES.has(noun) && !ownedKin.has(noun);
    const holder =
      (TITLES.has(noun) ? named.find((c) => titled([c.name, ...c.aliases])) : undefined) ??
      (title ? undefined : kinHolder(named, noun));
    // Not beside a writer's cast.
    const called = holder || wholeCastGiven || title ? undefined : kinCalled(tallies, noun);
    if (holder)
      named[named.indexOf(holder)] = { ...holder, aliases: [...holder.aliases, description] };
    // "said my mom" and "Hi, Mom" in the dialogue: the family's word names her.
    else if (called && !listed(called))
      named.push({ name: called, aliases: [description], voice: "unknown" });
    else named.push({ name: description, aliases: [], voice: "unknown", unnamed: true });
  }
  return mergeGiven(given, named);
}

/**
 * The one person a pronoun tag of a sex no listed name says needs ('"In a minute," she said'
 * with only Declan listed): a capitalised word the story never writes in lowercase, no common
 * word, place, month, title or family word, that opens a sentence of the narration doing a deed
 * ("Siobhan pulled the door shut"; not "had" or "did") before the first such tag, and is no part of a listed name.
 * A name no list holds, seen once, is otherwise no one (an opener or a typo acts once too); the
 * tag that has no one else to mean is the second piece of evidence. Exactly one such word, or
 * none is taken: two would be a guess between them.
 */
function onceNamed(
  tallies: ReadonlyMap<string, Tally>,
  lowercase: ReadonlySet<string>,
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
  named: readonly Character[],
  firstTag: number,
  firstSeen: ReadonlyMap<string, number>,
  sex: Sex,
): string | undefined {
  const listedWords = new Set(
    named.flatMap((c) => [c.name, ...c.aliases]).flatMap((n) => n.split(" ")),
  );
  const fits: string[] = [];
  for (const [key, t] of tallies) {
    const lower = key.toLowerCase();
    if (
      !/^\p{Lu}\p{Ll}+$/u.test(key) ||
      lowercase.has(lower) ||
      NOT_NAMES.has(lower) ||
      KIN_TERMS.has(lower) ||
      PLACE_NAMES.has(lower) ||
      MONTH_NAMES.has(lower) ||
      TITLES.has(lower) ||
      listedWords.has(key) ||
      ![...t.startVerbs].some((v) => !AUXILIARIES.has(v)) ||
      t.thing > 0 ||
      t.place > 0 ||
      (firstSeen.get(key) ?? Infinity) > firstTag ||
      isGroup(key, t, surnames)
    )
      continue;
    // A given name the lists give the other sex is not hers ("Tom" for a "she said").
    const given = genderOfName(key);
    if (given !== null && given.gender !== sex) continue;
    fits.push(key);
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Father" called alone in the dialogue ("Of course, Father.") after the story has written its
 * one "Father Byrne": the priest's title, not a family's father to list apart, as a cast with
 * Father Byrne reads the call (titles-called.ts `titledCalls`, whose walk then gives the call
 * to him where he is in reach, else to the family). Only a word the story writes nowhere but in
 * its lines (a "said Father" or "Father came in" is a parent's) and never before the titled form,
 * whom the story has act or speak.
 */
function calledTitles(
  tallies: ReadonlyMap<string, Tally>,
  paragraphsOf: ReadonlyMap<string, ReadonlySet<number>>,
): string[] {
  const out: string[] = [];
  for (const [key, t] of tallies) {
    const title = key.toLowerCase();
    // A tag ("said Father") is narration, so a word written only in lines is never a tag.
    if (!KIN_TITLES.has(title) || t.quoted < t.count) continue;
    const titled = [...tallies.values()].flatMap((o) =>
      [...o.fulls.keys()].filter(
        (full) => full.startsWith(key + " ") && full.split(" ").length === 2,
      ),
    );
    if (new Set(titled).size !== 1) continue;
    // A titled one who never acts or speaks is named in passing ("the parish had
    // been Father Keane's"), not someone in the story the calls could be made to.
    const holder = tallies.get(titled[0]!.split(" ")[1]!);
    if (!holder || !(holder.tags > 0 || holder.startVerbs.size > 0 || holder.midActs.size > 0))
      continue;
    const first = (form: string): number => Math.min(...(paragraphsOf.get(form) ?? []));
    if (first(key) > first(titled[0]!)) out.push(key);
  }
  return out;
}

/** "Doyle" in "Maggie Doyle": the last word of a full name is a surname, even when it recurs. */
function isSurnameOf(word: string, full: string): boolean {
  return full.endsWith(" " + word);
}
