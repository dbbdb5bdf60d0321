/**
 * Given names written as initials: "Mrs D. Cattermole" on a form, "Mrs E. Marsh" on an envelope.
 * A sighting keys a name by its given name, so the letter becomes a found character's key; it is
 * no name a story calls anyone by, so it is never listed as an alias, and "E. Marsh" beside
 * "Eileen Marsh" is her when no one else found has that initial and surname. Decided between
 * found characters after the title folds, so it is its own module.
 */
import type { Character } from "../model";
import { TITLES, titleKey } from "./cues";
import { genderOfName } from "./genders";
import { titleSex } from "./title-folds";

/** One capital letter, with or without its stop: "D", "E.". */
const isLetter = (form: string): boolean => /^\p{Lu}\.?$/u.test(form);

/**
 * Folds each character keyed by an initial ("E", written "Mrs E. Marsh") into the one found
 * character whose full name has a given name of that initial and the same surname ("Eileen
 * Marsh"), unless the initial's title says the other sex than that given name.
 */
export function foldInitials(found: { c: Character; weight: number }[]): void {
  type Entry = (typeof found)[number];
  // Who has a full name with each initial and surname ("E Marsh"), and the given name's sex.
  const bearers = new Map<string, Map<Entry, Set<string>>>();
  for (const f of found) {
    if (isLetter(f.c.name)) continue;
    for (const n of [f.c.name, ...f.c.aliases]) {
      const words = n.split(" ").filter((w) => !TITLES.has(titleKey(w)));
      const given = words[0];
      if (words.length < 2 || given === undefined || given.length < 2) continue;
      const key = `${given[0]!} ${words[words.length - 1]!}`;
      const of = bearers.get(key) ?? bearers.set(key, new Map()).get(key)!;
      (of.get(f) ?? of.set(f, new Set()).get(f)!).add(given);
    }
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (!isLetter(f.c.name)) continue;
    const letter = f.c.name[0]!;
    const written = f.c.aliases.filter((a) => a.includes(" "));
    const surnames = new Set(written.map((a) => a.split(" ").pop()!));
    if (surnames.size !== 1) continue;
    const holders = bearers.get(`${letter} ${[...surnames][0]!}`);
    if (holders?.size !== 1) continue;
    const [h, givens] = [...holders][0]!;
    // "Mr E. Marsh" is not Eileen: a title's sex against the given name's keeps them apart.
    const sexes = new Set(written.map((a) => titleSex(a, false)).filter((s) => s !== null));
    const hers = [...givens].map((g) => genderOfName(g)?.gender).filter((s) => s !== undefined);
    if (hers.some((s) => [...sexes].some((t) => t !== s))) continue;
    h.c = { ...h.c, aliases: [...h.c.aliases, ...f.c.aliases] };
    h.weight += f.weight;
    found.splice(i, 1);
  }
}

/** A character without the single letters among its aliases: an initial alone names no one. */
export function withoutLetters(c: Character): Character {
  return c.aliases.some(isLetter) ? { ...c, aliases: c.aliases.filter((a) => !isLetter(a)) } : c;
}
