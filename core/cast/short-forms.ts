/**
 * Short forms a story makes of its own people's given names ("Cal" for Callum, "Rafa" for
 * Rafael, "Ro" for Rosie): the first letters of the name, which no nickname table can list.
 * Without a cast, discovery lists the short form as a second person and splits one person's
 * lines between two names.
 *
 * A short form is the same person only on evidence: it begins exactly one character's given
 * name; the story never writes the two forms in one paragraph (a "Cal" and a "Callum" in one
 * scene of talk are two people, and one person is seldom written both ways at once); the name
 * lists give them no different sexes ("Jo" and "Josh"); and it is a word the story uses as a
 * name only (never in lowercase, never a kin word or a title). A short form listed as a person
 * joins the more evident of the two; one only called in dialogue joins as an alias.
 */
import type { Character } from "../model";
import { KIN_TERMS, NOT_NAMES, TITLES, titleKey } from "./cues";
import { genderOfName } from "./genders";

/** What the story shows of one name form, as discovery tallied it. */
interface FormSightings {
  /** Sightings inside dialogue. */
  readonly quoted: number;
  /** The different lines that call it by name ("Eight, Wesley."). */
  readonly calls: number;
  /** Sightings tagging a quote ("says Bren"). */
  readonly tags: number;
  /** Sightings not at a sentence start. */
  readonly mid: number;
  /** The paragraphs that write it. */
  readonly paragraphs: ReadonlySet<number>;
}

/** A listed name this long or longer may be the short form of a fuller one called ("Wes"). */
const MIN_FULLER = 3;

/**
 * The given name that opens a name ("Callum" of "Callum Marsh", of "Dr. Callum Reid"); none
 * after a title alone, where the word is a surname ("Johnson" of "Doctor Johnson").
 */
function givenOf(name: string): string | undefined {
  const words = name.split(" ");
  const titled = TITLES.has(titleKey(words[0]!));
  if (!titled) return words[0];
  return words.length > 2 ? words[1] : undefined;
}

/** Whether the word can be a short form at all: a name-like word used only as a name. */
function shortFormLike(form: string, lowercase: ReadonlySet<string>): boolean {
  const lower = form.toLowerCase();
  return (
    // One capital and at least one small letter: no initial ("A"), no space, no shout.
    /^\p{Lu}\p{Ll}+$/u.test(form) &&
    !lowercase.has(lower) &&
    !NOT_NAMES.has(lower) &&
    !TITLES.has(lower) &&
    !KIN_TERMS.has(lower)
  );
}

/** Whether the name lists give the two names different sexes. */
function sexesDiffer(a: string, b: string): boolean {
  const [ga, gb] = [genderOfName(a), genderOfName(b)];
  return ga !== null && gb !== null && ga.gender !== gb.gender;
}

/**
 * Folds each short form into the one character whose given name it begins, in place. `seen`
 * answers for any form the story writes as a name; undefined where it never does.
 */
export function foldShortForms(
  found: { c: Character; weight: number }[],
  seen: (form: string) => FormSightings | undefined,
  lowercase: ReadonlySet<string>,
  /** Forms the story calls someone by in dialogue, listed or not. */
  called: Iterable<string>,
): void {
  const candidates = new Set<string>(called);
  for (const f of found) if (!f.c.name.includes(" ")) candidates.add(f.c.name);
  // Each candidate reads every listed name's given name: split once per name, not per pair
  // (a novel's hundreds of candidates times its listed names). A name never changes here.
  const givens = new Map<string, string | undefined>();
  const givenOfListed = (name: string): string | undefined => {
    if (!givens.has(name)) givens.set(name, givenOf(name));
    return givens.get(name);
  };
  for (const form of candidates) {
    if (!shortFormLike(form, lowercase)) continue;
    const sightings = seen(form);
    // What people call someone, in dialogue or in a tag: a short form that only acts in the
    // narration ("Al parked the van") is as likely a name of its own.
    if (!sightings || sightings.quoted + sightings.tags === 0) continue;
    const own = found.find((f) => f.c.name === form);
    if (!own && found.some((f) => f.c.aliases.includes(form))) continue;
    // A short form begins the given name; a fuller form only called ("Eight, Wesley.") begins
    // with the given name of one listed under the short one ("Wes").
    const holders = found.filter((f) => {
      if (f === own) return false;
      const given = givenOfListed(f.c.name);
      if (given === undefined) return false;
      if (given.length > form.length) return given.startsWith(form);
      // Called, not only said: "outside Calyforny" is a place, however it begins "Cal".
      return (
        !own &&
        sightings.calls > 0 &&
        given.length >= MIN_FULLER &&
        form.length > given.length &&
        form.startsWith(given)
      );
    });
    if (holders.length !== 1) continue;
    const holder = holders[0]!;
    const given = givenOfListed(holder.c.name)!;
    if (sexesDiffer(form, given)) continue;
    // Written together, they are two people in one scene.
    const theirs = [holder.c.name, ...holder.c.aliases].flatMap((n) => {
      const s = seen(n);
      return s ? [...s.paragraphs] : [];
    });
    if (theirs.some((p) => sightings.paragraphs.has(p))) continue;
    if (!own) {
      // Only called, never listed: a name said to someone ("alright, Ro"), seen mid-sentence.
      if (sightings.quoted > 0 && sightings.mid > 0)
        holder.c = { ...holder.c, aliases: [...holder.c.aliases, form] };
      continue;
    }
    const [keep, gone] = own.weight > holder.weight ? [own, holder] : [holder, own];
    keep.c = { ...keep.c, aliases: [...keep.c.aliases, gone.c.name, ...gone.c.aliases] };
    keep.weight += gone.weight;
    found.splice(found.indexOf(gone), 1);
  }
}

/**
 * A nickname the narration gives ("Teddy ... nobody was allowed to call him Bug") joins the one
 * character the subject names, in place: listed as a person too, it folds into them. Not when
 * the pronoun's sex is not the name's ("Teddy ... call her Bug" gives Bug to someone else).
 */
export function foldNicknames(
  found: { c: Character; weight: number }[],
  given: readonly { readonly nick: string; readonly name: string; readonly sex: "m" | "f" }[],
): void {
  for (const { nick, name, sex } of given) {
    const owns = (f: (typeof found)[number], n: string): boolean =>
      f.c.name === n || f.c.aliases.includes(n);
    const holders = found.filter((f) => owns(f, name));
    if (holders.length !== 1) continue;
    const holder = holders[0]!;
    if (owns(holder, nick)) continue;
    const said = genderOfName(givenOf(holder.c.name) ?? holder.c.name);
    if (said !== null && said.gender !== sex) continue;
    const own = found.find((f) => f !== holder && f.c.name === nick);
    if (!own && found.some((f) => f.c.aliases.includes(nick))) continue;
    holder.c = {
      ...holder.c,
      aliases: [...holder.c.aliases, nick, ...(own ? own.c.aliases : [])],
    };
    if (!own) continue;
    holder.weight += own.weight;
    found.splice(found.indexOf(own), 1);
  }
}
