/**
 * The shorter forms a character's name is written in: "Bill" and "Gorton" for "Bill Gorton",
 * "Bennet" for "Mr. Bennet", "Mr Bennet" for "Mr. Bennet" (the last also for titled aliases). A form is linked to a character only
 * when no one else in the cast could own it: "Mr. Bennet" and "Mrs. Bennet" share "Bennet", so
 * a bare "Bennet" stays unlinked, while each keeps its titled form.
 */

import type { Character } from "../model";
import { NOT_NAMES, TITLES, titleKey } from "./cues";
import { castSexes, type Sex } from "./genders";

/** The titles a surname takes for each sex, with and without the full stop. */
const TITLED = {
  m: ["Mr.", "Mr"],
  f: ["Mrs.", "Mrs", "Miss", "Ms.", "Ms"],
} as const;

const isTitle = (w: string): boolean => TITLES.has(titleKey(w));
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** The forms one written name implies, besides itself. */
function formsOf(name: string, isName: boolean, sex?: Sex): string[] {
  // "Captain John Good, RN": what follows a comma is a rank or an honour, not a name.
  const words = name.split(",")[0]!.trim().split(/\s+/);
  const out: string[] = [];
  const first = words[0] ?? "";
  // "Mr. Bennet" <-> "Mr Bennet".
  if (words.length > 1 && isTitle(first))
    out.push([first.endsWith(".") ? first.slice(0, -1) : first + ".", ...words.slice(1)].join(" "));
  const bare = words.filter((w, k) => !(k === 0 && isTitle(w)));
  // Parts of the name only: an alias may be a nickname ("Big Bad") whose parts are words.
  if (isName && (bare.length > 1 || (bare.length === 1 && words.length > 1))) {
    out.push(bare[0]!, bare[bare.length - 1]!);
    if (words.length > 2 && isTitle(first)) out.push(`${first} ${bare[bare.length - 1]!}`);
    // "Walter Hale" is "Mr. Hale", "June Hale" is "Mrs. Hale" or "Miss Hale": the titles of
    // the sex the given name says (two Hale men share "Mr. Hale", which then links to neither).
    const gender = bare.length > 1 && !isTitle(first) ? sex : undefined;
    const surname = bare[bare.length - 1]!;
    for (const title of gender ? TITLED[gender] : []) out.push(`${title} ${surname}`);
  }
  // "Captain John Good": the surname of a titled full name is a name, whatever "good" means.
  const surname = words.length > 2 && isTitle(first) ? words[words.length - 1] : undefined;
  return out.filter(
    (f) =>
      f.length > 1 &&
      isCapitalised(f) &&
      // "Philip's nurse" is never called "Philip's": that is Philip's possessive.
      !/['\u2019]s$/.test(f) &&
      !isTitle(f) &&
      (!NOT_NAMES.has(f.toLowerCase()) || f === surname) &&
      f !== name,
  );
}

/**
 * Extra forms for each character, by name: every implied form that belongs to exactly one
 * character and is not already someone's name or alias.
 */
export function impliedForms(cast: readonly Character[]): ReadonlyMap<string, readonly string[]> {
  const written = new Set(cast.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLowerCase()));
  const sexes = castSexes(cast);
  const owners = new Map<string, Set<string>>();
  for (const c of cast) {
    if (c.unnamed) continue;
    for (const n of [c.name, ...c.aliases]) {
      for (const f of formsOf(n, n === c.name, sexes.get(c.name))) {
        const key = f.toLowerCase();
        (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(c.name);
      }
    }
  }
  // Owners by form, as written the first time.
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const c of cast) {
    if (c.unnamed) continue;
    for (const n of [c.name, ...c.aliases]) {
      for (const f of formsOf(n, n === c.name, sexes.get(c.name))) {
        const key = f.toLowerCase();
        if (written.has(key) || seen.has(key) || owners.get(key)!.size !== 1) continue;
        seen.add(key);
        (out.get(c.name) ?? out.set(c.name, []).get(c.name)!).push(f);
      }
    }
  }
  return out;
}

/**
 * Every form the cast's names imply, whoever owns it (shared forms too): a name discovered in the
 * story that is one of these ("Mr. Hale" beside a given "Walter Hale") is no new person.
 */
export function allImpliedForms(cast: readonly Character[]): string[] {
  const sexes = castSexes(cast);
  return cast
    .filter((c) => !c.unnamed)
    .flatMap((c) =>
      [c.name, ...c.aliases].flatMap((n) => formsOf(n, n === c.name, sexes.get(c.name))),
    );
}
