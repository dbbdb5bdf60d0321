/**
 * Which cast member a description means: "the professor" for "Professor Hale", "her father" for
 * the cast's "Dad", "the gentleman" for "A thin, elderly gentleman". A pure function of the cast,
 * read once per cast array (castForms), so the speaker walk and its callers may keep the answers.
 */
import type { Character } from "../model";
import { KIN_TERMS, PERSON_NOUNS, TITLES } from "./cues";
import { DESCRIBED_NAME, possessiveName } from "./described-links";
import { castParent } from "./cast-parents";
import { SHORTENED_TITLES } from "./name-titles";

/** What describedCharacter reads of one cast member, worked out once per cast. */
export interface CastForms {
  readonly name: string;
  readonly unnamed: boolean;
  /** The name and the aliases, lower case, in that order. */
  readonly forms: readonly string[];
  /** The family words the name and aliases are ("Dad", "Pa"). */
  readonly kin: readonly (string | undefined)[];
  /** The words of a described name ("A thin, elderly gentleman"), else null. */
  readonly describedWords: readonly string[] | null;
  /** Whose the member is and the noun, for a name such as "Philip's nurse", else null. */
  readonly possessive: { readonly owner: string; readonly noun: string } | null;
}

const castFormsOf = new WeakMap<readonly Character[], readonly CastForms[]>();

/** The cast as describedCharacter reads it, once per cast array, not per description. */
export function castForms(cast: readonly Character[]): readonly CastForms[] {
  let found = castFormsOf.get(cast);
  if (!found) {
    found = cast.map((c) => {
      const names = [c.name, ...c.aliases];
      const possessive = possessiveName(c.name);
      return {
        name: c.name,
        unnamed: !!c.unnamed,
        forms: names.map((a) => a.toLowerCase()),
        kin: names.map((a) => KIN_TERMS.get(a.toLowerCase().replace(DESCRIBED_NAME, "").trim())),
        describedWords: DESCRIBED_NAME.test(c.name)
          ? c.name.toLowerCase().split(/\W+/)
          : possessive
            ? [possessive.noun]
            : null,
        possessive,
      };
    });
    castFormsOf.set(cast, found);
  }
  return found;
}

/** Resolves a tag's description ("The professor") to a cast member when one fits. */
export function describedCharacter(description: string, cast: readonly Character[]): string | null {
  const lower = description.toLowerCase();
  const noun = lower.replace(/^the /, "");
  // "the inspector" for a character known as "Inspector Hale", "the doctor" for "Dr. Archie",
  // "the parson" for "Parson Hobb": a title or a person noun written before a name.
  // Not "the lady" for "Lady Lucas": rank and kinship words describe many people.
  const titled =
    (TITLES.has(noun) || PERSON_NOUNS.has(noun)) && !KIN_AND_RANK.has(noun)
      ? [noun, SHORTENED_TITLES.get(noun)]
          .filter((t): t is string => !!t)
          .map((t) => new RegExp(`^${t}\\.? `))
      : [];
  const kin = KIN_TERMS.get(noun);
  let described: string | null = null;
  let count = 0;
  let kinHolder: string | null = null;
  let kinCount = 0;
  for (const c of castForms(cast)) {
    if (c.unnamed) continue;
    // A description the story uses ("the girl", listed unnamed by discovery) may still be a
    // described cast member ("A girl"): look on.
    for (const a of c.forms) if (a === lower || titled.some((t) => t.test(a))) return c.name;
    // "her father" or "Dad" for a cast member called "Dad" or "Pa" (as a name or an alias):
    // a family word means the one person the family calls that, when only one fits.
    if (kin && c.kin.includes(kin)) {
      if (kinHolder !== null && kinHolder !== c.name) kinCount++;
      else if (kinHolder === null) kinCount = 1;
      kinHolder = c.name;
    }
    // "the gentleman" for a cast member the writer calls "A thin, elderly gentleman" or "My
    // father" for "the father": a described person in the cast, when only one fits.
    if (c.describedWords?.includes(noun)) {
      described = c.name;
      count++;
    }
  }
  if (kinCount === 1) return kinHolder;
  if (count === 1) return described;
  // "Mum?", "said her mother": the cast's one "Mrs Hale" beside a child of hers (cast-parents.ts).
  const parent = kin ? castParent(cast, kin) : null;
  if (parent) return parent;
  if (noun === "clergyman") return onlyWithTitle(CLERGY_TITLES, cast);
  return FAMILY_TITLES.has(noun) ? onlyWithTitle(noun, cast) : null;
}

/**
 * "the clergyman" for the one cast member written with a clergy title ("Parson Tringham",
 * "Rev. Eager"): the noun is no title itself, so no name starts with it.
 */
const CLERGY_TITLES = /^(?:parson|vicar|rector|curate|chaplain|pastor|bishop|reverend|rev\.?) /;

/** Family words a cast writes as a title before a name ("Aunt Shaw", "Uncle Silas"). */
const FAMILY_TITLES = new Set(["aunt", "uncle", "auntie"]);

/**
 * "said her aunt" for the one cast member called "Aunt Shaw" (as a name or an alias): a story
 * names its aunt so, and a given cast lists everyone who speaks. No one when two have the title.
 */
function onlyWithTitle(title: string | RegExp, cast: readonly Character[]): string | null {
  const has = (f: string): boolean =>
    typeof title === "string" ? f.startsWith(title + " ") : title.test(f);
  let found: string | null = null;
  for (const c of castForms(cast)) {
    if (c.unnamed || !c.forms.some(has)) continue;
    if (found !== null) return null;
    found = c.name;
  }
  return found;
}

/** Titles that are also everyday words for many people: "the lady" is not Lady Lucas. */
const KIN_AND_RANK = new Set(
  `lady lord sir dame mr mrs ms miss mister missus madam madame father mother sister brother
  aunt auntie uncle grandma grandpa granny nan king queen prince princess duke duchess count
  countess baron master mistress`.split(/\s+/),
);
