/**
 * Who is "he" and who is "she": genders learnt from the story's own narration.
 */

import type { Character } from "../model";
import {
  DETERMINERS,
  FEMALE_NAMES,
  FEMALE_TITLES,
  kinSex,
  TITLES,
  MALE_NAMES,
  MALE_TITLES,
  MOSTLY_MALE_TITLES,
  FAMILY_NOUNS,
  PERSON_NOUNS,
  PRONOUN_GENDER,
  titleKey,
} from "./cues";
import type { ParagraphReading, Ref, Segment, Sentence } from "./refs";
import { perSegments } from "./segment-memo";

export type Sex = "m" | "f";

/** A person's sex, or "plural" for a family or a people ("The Hales"), whom no "he" or "she" means. */
export type Gender = Sex | "plural";

/** Marks a slot held by someone who is no name (a description, the narrator's "I"). */
const UNNAMED = "\u0000";

/**
 * Infers each character's gender from the pronouns that refer back to them in narration: a
 * pronoun is taken to mean the subject of its own sentence (when named before it) or of the
 * sentence before, as readers assume; in a subordinate clause after another name ("Anna found
 * Marek where he said he would be") it means that name; a pronoun of the other gender in the
 * same sentence must mean someone else, the most recently named other person.
 */
export function inferGenders(
  readings: readonly ParagraphReading[],
  /** The cast, whose titled aliases say a sex its name may not ("Lucilla", "Miss Lucilla"). */
  cast: readonly Pick<Character, "name" | "aliases">[] = [],
): ReadonlyMap<string, Sex> {
  const titles = aliasTitleSexes(cast);
  const titledSex = (name: string): Sex | null => nameTitleSex(name) ?? titles.get(name) ?? null;
  const titlesKey = JSON.stringify([...titles]);
  const votes = new Map<string, number>();
  const twoWay: Vote[] = [];
  let state: GenderState = { previousSubject: null, recentNames: [], lastNames: [] };
  for (const r of readings) {
    // A paragraph read before, entered with the same subject and names, votes as it did then.
    const kept = genderReads.get(r.segments);
    const read =
      kept && kept.titles === titlesKey && sameState(kept.before, state)
        ? kept
        : readGenders(r.segments, state, titledSex, titlesKey);
    if (read !== kept) genderReads.set(r.segments, read);
    for (const v of read.votes) {
      if (v.actedOn !== undefined) twoWay.push(v);
      else votes.set(v.name, (votes.get(v.name) ?? 0) + signed(v));
    }
    state = read.after;
  }
  // A pronoun that may mean the subject or the one it acted on ("Nadia found Robin a stool,
  // and he sat") is the subject's unless the subject is known to be of the other sex: by a
  // family word, a given name, or at least a subject reading's worth of the pronouns that could
  // mean no one else (one stray possessive is no knowledge). Then it is the other one's, at half
  // a subject reading's weight, where that one's own name allows it.
  const known = (name: string): Sex | null => {
    const v = votes.get(name) ?? 0;
    return (
      titledSex(name) ??
      kinSex(name) ??
      genderOfName(name)?.gender ??
      (Math.abs(v) < 2 ? null : v > 0 ? "m" : "f")
    );
  };
  // Never against what the one acted on's own name says (a title, a family word, a given name).
  const nameAllows = (name: string, g: Sex): boolean =>
    (titledSex(name) ?? kinSex(name) ?? genderOfName(name)?.gender ?? g) === g;
  const moved: [string, number][] = [];
  for (const v of twoWay) {
    const subjectSex = known(v.name);
    if (subjectSex === null || subjectSex === v.sex) {
      if (!v.onlyActedOn) moved.push([v.name, signed(v)]);
    } else if (
      nameAllows(v.actedOn!, v.sex) &&
      // Not where someone else just named may be who it means ("Tom came in. Nadia gave Robin
      // the keys, and he nodded"): one of its sex, or of none known.
      !(v.others ?? []).some((n) => (known(n) ?? v.sex) === v.sex)
    ) {
      moved.push([v.actedOn!, v.sex === "m" ? 1 : -1]);
    }
  }
  for (const [name, n] of moved) votes.set(name, (votes.get(name) ?? 0) + n);
  const out = new Map<string, Sex>();
  for (const [name, v] of votes) if (v !== 0) out.set(name, v > 0 ? "m" : "f");
  // "Grandpa told Kayla", "Mum laughed": a family word the narration writes as a name says the
  // sex its pronouns would. Not one only called in the dialogue ("Dad."): that may be how a
  // child calls someone the story names otherwise, whose pronouns are his.
  for (const r of readings)
    for (const [key, sex] of kinNamesIn(r.segments)) if (!out.has(key)) out.set(key, sex);
  return out;
}

/**
 * Each paragraph's family words written as names, with their sex, kept with its segments (an
 * analyzer caches those by text): the pass after an edit reads only the edited paragraph's.
 */
const kinNamesIn = perSegments((segments): readonly (readonly [string, Sex])[] => {
  const out: [string, Sex][] = [];
  for (const seg of segments)
    for (const s of seg.sentences)
      for (const ref of s.refs) {
        const sex = ref.kind === "name" ? kinSex(ref.key) : null;
        if (sex) out.push([ref.key, sex]);
      }
  return out.length === 0 ? NO_KIN : out;
});

const NO_KIN: readonly (readonly [string, Sex])[] = [];

/** What inferGenders carries from one paragraph to the next. */
interface GenderState {
  readonly previousSubject: string | null;
  readonly recentNames: readonly string[];
  /** The names of the last sentence read. */
  readonly lastNames: readonly string[];
}

/** A named subject and the name it acted on after it ("Nadia found Robin a stool"). */
interface ActedOn {
  readonly subject: string;
  readonly other: string;
  /** The names of the sentence before the one that named them. */
  readonly nearby: readonly string[];
  /** Past the sentence that named them: the sex of the next sentence's subject pronoun. */
  readonly chain?: Sex;
}

/** A pronoun's vote for a name; a pronoun that may mean the one acted on names them too. */
interface Vote {
  readonly name: string;
  readonly sex: Sex;
  readonly weight: number;
  readonly actedOn?: string;
  /** A possessive, which votes for the one acted on or for no one ("on his back"). */
  readonly onlyActedOn?: boolean;
  /**
   * The other names of its sentence before it and of the sentence before ("Tom came in. Nadia
   * gave Robin the keys, and he nodded"): one of the pronoun's sex, or of none known, may be who
   * it means.
   */
  readonly others?: readonly string[];
}

const signed = (v: Vote): number => (v.sex === "m" ? v.weight : -v.weight);

/** One paragraph's votes, in order, from the state it was entered with. */
interface GenderRead {
  readonly titles: string;
  readonly before: GenderState;
  readonly votes: readonly Vote[];
  readonly after: GenderState;
}

/**
 * Each paragraph's last reading, kept with its segments (an analyzer caches those by text): the
 * pass after an edit reads again only the paragraphs it enters with another state, the edited
 * one and the next one or two.
 */
const genderReads = new WeakMap<readonly Segment[], GenderRead>();

function sameState(a: GenderState, b: GenderState): boolean {
  // The same object when the paragraph before was kept too: its `after` is this one's `before`.
  return (
    a === b ||
    (a.previousSubject === b.previousSubject &&
      a.recentNames.length === b.recentNames.length &&
      a.recentNames.every((n, i) => n === b.recentNames[i]) &&
      a.lastNames.length === b.lastNames.length &&
      a.lastNames.every((n, i) => n === b.lastNames[i]))
  );
}

/** One paragraph's pronouns and the names they vote for (inferGenders). */
function readGenders(
  segments: readonly Segment[],
  before: GenderState,
  titledSex: (name: string) => Sex | null,
  titles: string,
): GenderRead {
  const votes: Vote[] = [];
  let previousSubject = before.previousSubject;
  const recentNames = [...before.recentNames];
  let lastNames = before.lastNames;
  for (const [k, seg] of segments.entries()) {
    // A quote between two sentences: its tag's "he" is the speaker, not the subject before.
    if (k > 0) previousSubject = null;
    // Nor are the names of the narration before it the last sentence's: the quote was.
    if (k > 0) lastNames = [];
    // A named subject and the one it acted on, carried to the next sentence of this narration.
    let carried: ActedOn | null = null;
    for (const s of seg.sentences) {
      let subject: string | null = null;
      let other: string | null = null;
      let otherActedOn = false;
      let namedSubject = false;
      // Whom this sentence's pronouns may mean besides the subject, and whom its subject
      // pronoun did ("Nadia kept an eye on Robin. He finished the tea": he or she).
      let actedOn: ActedOn | null = carried;
      let subjectActedOn: ActedOn | null = null;
      const used = new Map<string, Sex>();
      const names: string[] = [];
      // The other names a two-way pronoun may mean: of the sentence before its pairing's, the
      // sentence before its own, and its own before it ("he saw Colm do it" is not Colm).
      const othersOf = (a: ActedOn): readonly string[] | undefined => {
        const others = [...new Set([...a.nearby, ...lastNames, ...names])].filter(
          (n) => n !== a.subject && n !== a.other,
        );
        return others.length > 0 ? others : undefined;
      };
      for (const ref of s.refs) {
        // "Her father", "the man", a narrator's "I": someone who is no name takes the subject
        // (or other) slot, so the pronouns that follow mean them and vote for nobody.
        // A subject across an aside ("The doctor, without answering, looked") counts as none:
        // the votes were weighed without it.
        const isSubject = ref.subject && !ref.aside;
        if (ref.kind === "description" || (ref.kind === "pronoun" && ref.key === "i")) {
          const nobody = UNNAMED + ref.key;
          if (isSubject && subject === null) subject = nobody;
          else if (nobody !== subject) other = nobody;
          actedOn = null;
          continue;
        }
        if (ref.kind === "name") {
          if (!names.includes(ref.key)) names.push(ref.key);
          if (isSubject && subject === null) {
            subject = ref.key;
            namedSubject = true;
            actedOn = null;
          } else if (ref.key !== subject) {
            other = ref.key;
            otherActedOn = ref.objectOfVerb === true;
            // "Nadia met Robin's husband": Robin is whose, not the one acted on.
            actedOn =
              namedSubject && !isPossessiveName(seg, s, ref)
                ? { subject: subject!, other: ref.key, nearby: lastNames }
                : null;
          }
          recentNames.push(ref.key);
          if (recentNames.length > 6) recentNames.shift();
          continue;
        }
        if (ref.kind !== "pronoun" || !PRONOUN_GENDER.has(ref.key)) continue;
        if (ref.key === "her" || ref.key === "him") continue;
        const g = PRONOUN_GENDER.get(ref.key)!;
        // "Ray carried Jojo on his shoulders": after the subject acts on someone, the possessive
        // may be either one's; it tells the one acted on's sex only where the subject's is the
        // other ("Nadia let Robin in, and his coat dripped").
        if (!ref.subject && otherActedOn && subject !== null && subject !== other) {
          if (actedOn?.subject === subject) {
            const others = othersOf(actedOn);
            votes.push({
              name: subject,
              sex: g,
              weight: 1,
              actedOn: other!,
              onlyActedOn: true,
              ...(others ? { others } : {}),
            });
          }
          continue;
        }
        let candidate = ref.weight < 1 && other !== null ? other : (subject ?? previousSubject);
        // Not one this sentence's other pronoun or their own title says is of the other sex
        // ("she" after "Mr. Brooke"); a second "she" means the woman the first one did.
        const fits = (n: string): boolean => (used.get(n) ?? titledSex(n) ?? g) === g;
        if (candidate !== null && !fits(candidate)) {
          const misfit = candidate;
          const subjectNow = subject ?? previousSubject;
          candidate =
            subjectNow !== null && subjectNow !== misfit && fits(subjectNow)
              ? subjectNow
              : (recentNames.findLast((n) => n !== misfit && fits(n)) ?? null);
        }
        if (candidate === null) continue;
        const weight = ref.subject ? 2 : 1;
        // Past the next sentence the pairing goes on only while the subject pronoun is the one
        // that opened that sentence ("He finished the tea. He left."); another ends it ("She
        // finished the tea. She washed the cup. He was gone": the "he" is no longer two-way).
        if (
          actedOn !== null &&
          ref.subject &&
          subject === null &&
          actedOn.chain !== undefined &&
          actedOn.chain !== g
        )
          actedOn = null;
        if (actedOn !== null && candidate === actedOn.subject) {
          // Either one's: weighed once every sentence is read; no sex kept for the next pronoun.
          const others = othersOf(actedOn);
          votes.push({
            name: candidate,
            sex: g,
            weight,
            actedOn: actedOn.other,
            ...(others ? { others } : {}),
          });
          if (ref.subject && subject === null) {
            subject = candidate;
            subjectActedOn = { ...actedOn, chain: actedOn.chain ?? g };
          }
          continue;
        }
        if (!candidate.startsWith(UNNAMED)) votes.push({ name: candidate, sex: g, weight });
        used.set(candidate, g);
        if (ref.subject && subject === null) subject = candidate;
      }
      if (subject !== null) previousSubject = subject;
      carried = subjectActedOn ?? (namedSubject && actedOn?.subject === subject ? actedOn : null);
      lastNames = names;
    }
  }
  return { titles, before, votes, after: { previousSubject, recentNames, lastNames } };
}

/** Who someone is to someone besides family: "Robin's friend", "Jess' stepson". */
const RELATION_NOUNS: ReadonlySet<string> = new Set(
  `friend boyfriend girlfriend partner fiance fianc\u00e9 fianc\u00e9e baby grandson
  granddaughter stepson stepdaughter stepfather stepmother`.split(/\s+/),
);

/**
 * "Robin's husband", "Jess' younger son": a name whose possessive brings in another person is
 * whose, not who. Not "caught Colm's eye" (a thing of his): there Colm is the one acted on.
 */
function isPossessiveName(seg: Segment, s: Sentence, ref: Ref): boolean {
  const last = s.words[ref.next - 1]?.text ?? "";
  const after = seg.text.charAt(ref.to - seg.from);
  const possessive =
    /['\u2019]s$/i.test(last) || ((after === "'" || after === "\u2019") && /s$/i.test(last));
  if (!possessive) return false;
  const person = (w: string): boolean =>
    PERSON_NOUNS.has(w) || FAMILY_NOUNS.has(w) || RELATION_NOUNS.has(w);
  const isPerson = (w: string | undefined): boolean =>
    w !== undefined && (person(w) || (w.endsWith("s") && person(w.slice(0, -1))));
  return isPerson(s.words[ref.next]?.lower) || isPerson(s.words[ref.next + 1]?.lower);
}

/** The sex a name's title or person noun says surely ("Mr. Brooke"), else null. */
function nameTitleSex(name: string): Sex | null {
  if (name.startsWith(UNNAMED)) return null;
  const said = genderOfName(name);
  return said?.sure ? said.gender : null;
}

/**
 * The sex a character's titled aliases say when its name has no title ("Lucilla", also "Miss
 * Lucilla"): only where every titled alias says the same.
 */
function aliasTitleSexes(
  cast: readonly Pick<Character, "name" | "aliases">[],
): ReadonlyMap<string, Sex> {
  const out = new Map<string, Sex>();
  for (const c of cast) {
    const said = new Set(c.aliases.map(nameTitleSex).filter((t) => t !== null));
    if (said.size === 1) out.set(c.name, [...said][0]!);
  }
  return out;
}

type NameGender = { readonly gender: Sex; readonly sure: boolean };

/**
 * What a name alone says about sex: a title ("Mrs. Bennet", "Sir Henry") or a described name's
 * person noun ("A girl") is sure, a common given name ("Mary", "John") a prior. Null when the
 * name says nothing.
 */
export function genderOfName(name: string): NameGender | null {
  let said = nameGenders.get(name);
  if (said === undefined) {
    if (nameGenders.size >= NAME_MEMO_LIMIT) nameGenders.clear();
    said = readGenderOfName(name);
    nameGenders.set(name, said);
  }
  return said;
}

/**
 * genderOfName's answers: asked for every pronoun of every pass (inferGenders' title check) of
 * a few hundred names, and a pure function of the name.
 */
const nameGenders = new Map<string, NameGender | null>();
/** Past this many names the memo starts again (a story has hundreds). */
const NAME_MEMO_LIMIT = 10_000;

/** Ranks of nobility by sex: a one-word name that is one of them ("Duchess") says the sex. */
const NOBLE_RANKS: ReadonlyMap<string, Sex> = new Map([
  ...(["queen", "princess", "duchess", "countess", "baroness"] as const).map(
    (w) => [w, "f"] as const,
  ),
  ...(["king", "prince", "duke", "baron"] as const).map((w) => [w, "m"] as const),
]);

function readGenderOfName(name: string): NameGender | null {
  const words = name.toLowerCase().replace(/\./g, "").split(/\s+/);
  const first = words[0] ?? "";
  // A cast member written as a description ("A girl", "The man at the toll-bar", "My aunt",
  // "One girl"): its person noun says the sex as surely as a title.
  if (words.length > 1 && (DETERMINERS.has(first) || first === "one")) {
    const noun = words.map((w) => PERSON_NOUNS.get(w.replace(/\W+$/, ""))).find((g) => g);
    if (noun) return { gender: noun, sure: true };
  }
  // "poor Miss Birch", "the late Monsieur Aubert": the name itself starts at its first capital.
  const start = name.split(/\s+/).findIndex((w) => /^\p{Lu}/u.test(w));
  const own = start > 0 ? words.slice(start) : words;
  if (own.length > 1 && FEMALE_TITLES.has(own[0]!)) return { gender: "f", sure: true };
  if (own.length > 1 && MALE_TITLES.has(own[0]!)) return { gender: "m", sure: true };
  // "Duchess", "Prince": a rank of nobility written as the whole name says the sex as a title does.
  if (own.length === 1 && NOBLE_RANKS.has(own[0]!))
    return { gender: NOBLE_RANKS.get(own[0]!)!, sure: true };
  // The given name after any title, sexed or not ("Dr. Jane Orr", "Captain Jane Orr").
  const isTitle = (w: string): boolean =>
    FEMALE_TITLES.has(w) || MALE_TITLES.has(w) || TITLES.has(w) || MOSTLY_MALE_TITLES.has(w);
  const given = own.find((w) => !isTitle(w)) ?? "";
  if (FEMALE_NAMES.has(given)) return { gender: "f", sure: false };
  if (MALE_NAMES.has(given)) return { gender: "m", sure: false };
  return null;
}

/**
 * "Alexandra", "Marilla": a one-word name no list holds that ends in a consonant and "a" is
 * more often a woman's in English fiction ("Joshua" ends in a vowel and "a"; "Ezra" is listed).
 * Only a guess where the story's own pronouns say nothing: many men's names end so too
 * ("Kenta", "Tetsuya", "Luca"), and a writer's "he" must win.
 */
function guessedFromEnding(name: string): Sex | null {
  return /^\p{Lu}\p{Ll}{2,}[^aeiou]a$/u.test(name.trim()) ? "f" : null;
}

/**
 * The sex each cast member's given name says, or else the story's pronouns (`learnt`: a given
 * name no list holds, "June", is hers by "she"); where two share a surname and only one's sex is
 * known, the other is taken to be of the other sex (a couple, "Walter and Jude Hale").
 */
export function castSexes(
  cast: readonly Pick<Character, "name" | "unnamed">[],
  learnt: ReadonlyMap<string, Sex> = new Map(),
): ReadonlyMap<string, Sex> {
  const out = new Map<string, Sex>();
  const bySurname = new Map<string, Pick<Character, "name">[]>();
  for (const c of cast) {
    if (c.unnamed) continue;
    const g = genderOfName(c.name)?.gender ?? learnt.get(c.name) ?? guessedFromEnding(c.name);
    if (g) out.set(c.name, g);
    const words = c.name.split(",")[0]!.trim().split(/\s+/);
    if (words.length < 2 || TITLES.has(titleKey(words[0]!))) continue;
    const surname = words[words.length - 1]!;
    // "The nurse" and "Philip's nurse": a person noun in lower case is no surname.
    if (!/^\p{Lu}/u.test(surname)) continue;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), c]);
  }
  for (const pair of bySurname.values()) {
    if (pair.length !== 2) continue;
    const [a, b] = pair.map((c) => out.get(c.name));
    if (a && !b) out.set(pair[1]!.name, a === "m" ? "f" : "m");
    if (b && !a) out.set(pair[0]!.name, b === "m" ? "f" : "m");
  }
  return out;
}

/**
 * Genders for the cast: a title decides, in the name or in an alias ("Walter Hale", also known
 * as "Mr. Hale"), then a common given name (the name's, else its aliases', else the other sex of
 * a spouse's); only a name that says nothing is left to the narration's pronouns. On LitBank
 * the pronouns contradicted a title or given name for a fifth of the cast, the name lists
 * almost never.
 */
export function castGenders(
  cast: readonly Pick<Character, "name" | "aliases" | "unnamed">[],
  inferred: ReadonlyMap<string, Sex>,
): ReadonlyMap<string, Gender> {
  const out = new Map<string, Gender>(inferred);
  const sexes = castSexes(cast, inferred);
  for (const c of cast) {
    if (isPlural(c.name)) {
      out.set(c.name, "plural");
      continue;
    }
    const titled = c.aliases.map(genderOfName).find((g) => g?.sure);
    const paired = sexes.get(c.name);
    const named =
      genderOfName(c.name) ??
      aliasesSex(c.aliases) ??
      (paired ? { gender: paired, sure: false } : null);
    const prior = named?.sure ? named : (titled ?? named);
    if (prior) out.set(c.name, prior.gender);
    else if (!out.has(c.name) && [c.name, ...c.aliases].some(hasMostlyMaleTitle))
      out.set(c.name, "m");
    else if (!out.has(c.name) && guessedFromEnding(c.name)) out.set(c.name, "f");
  }
  return out;
}

/**
 * The sex a character's aliases say by their given names when its own name says nothing
 * ("Hattie", renamed from "Harriet", which stays an alias): only where every alias that says a
 * sex says the same. A prior like the name's own, never read against a name that says a sex.
 */
function aliasesSex(aliases: readonly string[]): NameGender | null {
  const said = new Set(aliases.map((a) => genderOfName(a)?.gender).filter((g) => g !== undefined));
  return said.size === 1 ? { gender: [...said][0]!, sure: false } : null;
}

/** Whether a name opens with a rank or a clergy title ("Captain Eldridge", "Rev. Eager"). */
function hasMostlyMaleTitle(name: string): boolean {
  const words = name.toLowerCase().replace(/\./g, "").split(/\s+/);
  return words.length > 1 && MOSTLY_MALE_TITLES.has(words[0]!);
}

/**
 * Whether a cast member is several people: a family or a people ("The Rassendylls", "the Hales")
 * or a couple ("Captain and Mrs Hale").
 */
function isPlural(name: string): boolean {
  const words = name.split(/\s+/);
  const capital = (w: string | undefined): boolean => /^\p{Lu}/u.test(w ?? "");
  const joins = (w: string, k: number): boolean =>
    (w === "and" || w === "&") && capital(words[k - 1]) && capital(words[k + 1]);
  if (words.some(joins)) return true;
  if (isGroupDescription(name)) return true;
  return (
    words.length === 2 && words[0]!.toLowerCase() === "the" && /^\p{Lu}\p{Ll}+s$/u.test(words[1]!)
  );
}

/** A group written as a description: "The honest people", "Other men", "The ladies". */
export function isGroupDescription(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  return (
    words.length > 1 &&
    GROUP_OPENERS.has(words[0]!.toLowerCase()) &&
    /^\p{Ll}/u.test(last) &&
    /(?:people|men|children|folk|ladies|[^su']s)$/.test(last.toLowerCase())
  );
}

/** Words a group's description opens with ("The honest people", "Other men", "Some boys"). */
const GROUP_OPENERS = new Set(["the", "other", "some", "all", "several", "many", "two", "three"]);
