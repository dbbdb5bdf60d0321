/**
 * Putting a writer's own cast before the discovered one: a discovered character is dropped when
 * any of its names, or a family word of the same meaning, is given already. The given cast is
 * the writer's word and wins whole; deciding what it already covers is its own module, apart
 * from finding the characters the story holds.
 */
import type { Character } from "../model";
import { castParent } from "./cast-parents";
import { KIN_TERMS, TITLES, titleKey } from "./cues";
import { allImpliedForms } from "./names";
import { SHORTENED_TITLES } from "./name-titles";

/** Given characters first; a discovered one is dropped when any of its names is given or part of a given name. */
export function mergeGiven(
  given: readonly Character[],
  found: readonly Character[],
): readonly Character[] {
  // Any part of a given name is taken too: "Bennet" beside "Mr. Bennet" and "Mrs. Bennet" is
  // one of them, not a third person.
  const taken = new Set(
    given
      .flatMap((c) => [c.name, ...c.aliases])
      .flatMap((n) => [n, ...n.split(/[\s,]+/)])
      .concat(allImpliedForms(given))
      .map((n) => n.toLowerCase()),
  );
  // "Dad" beside a given "Pa": the family calls one person that, whichever word it uses.
  const kin = new Set([...taken].map((n) => KIN_TERMS.get(n)).filter((k) => k !== undefined));
  for (const meaning of ["mother", "father"]) if (castParent(given, meaning)) kin.add(meaning);
  for (const [word, meaning] of KIN_TERMS) if (kin.has(meaning)) taken.add(word);
  const listed = new Set(
    given
      .flatMap((c) => [c.name, ...c.aliases])
      .concat(allImpliedForms(given))
      .map((n) => n.toLowerCase()),
  );
  const titles = surnameTitles(given);
  const out = [...given];
  for (const found1 of found) {
    let c = found1;
    const names = [c.name, ...c.aliases].map((n) => n.toLowerCase());
    if (names.some((n) => taken.has(n))) {
      if (!otherTitled(c, titles, listed)) continue;
      // The bare surname stays whose the story made it, unless the writer gave it to someone.
      c = { ...c, aliases: c.aliases.filter((a) => !listed.has(a.toLowerCase())) };
    }
    names.forEach((n) => taken.add(n));
    out.push(c);
  }
  return out;
}

/** One title's words: "Doctor" and "Dr." are one title, so they name one person. */
const SAME_TITLE: ReadonlyMap<string, string> = new Map([
  ...SHORTENED_TITLES,
  ["mister", "mr"],
  ["missus", "mrs"],
  ["auntie", "aunt"],
]);
const titleOf = (word: string): string | undefined => {
  const key = titleKey(word);
  return TITLES.has(key) ? (SAME_TITLE.get(key) ?? key) : undefined;
};

/**
 * The titles each surname of the given cast is written after ("Miss Marjoribanks": "miss"), or
 * null for a surname the cast also writes bare or after a given name ("Walter Hale", "Hale"),
 * where any title may be that person's.
 */
function surnameTitles(given: readonly Character[]): Map<string, Set<string> | null> {
  const out = new Map<string, Set<string> | null>();
  for (const c of given)
    for (const n of [c.name, ...c.aliases]) {
      const words = n.split(/[\s,]+/).filter((w) => w !== "");
      words.forEach((w, k) => {
        const key = w.toLowerCase();
        if (k === 0 && words.length > 1 && titleOf(w) !== undefined) return;
        const title = k === 1 ? titleOf(words[0]!) : undefined;
        const seen = out.get(key);
        if (title === undefined || seen === null) out.set(key, null);
        else out.set(key, (seen ?? new Set<string>()).add(title));
      });
    }
  return out;
}

/**
 * "Dr Marjoribanks" beside a given "Miss Marjoribanks": a found character named only by a titled
 * surname (and that surname bare) whose title the cast never writes with it, where the cast writes
 * the surname only after other titles, is someone else of the family, unless the writer listed
 * one of its titled forms. Its bare surname ("Marjoribanks") may still be the cast's word for
 * someone; it is dropped only if listed.
 */
function otherTitled(
  c: Character,
  titles: ReadonlyMap<string, Set<string> | null>,
  listed: ReadonlySet<string>,
): boolean {
  const forms = [c.name, ...c.aliases];
  const titled = forms.filter((n) => n.includes(" "));
  const surname = titled[0]?.split(" ")[1];
  if (surname === undefined) return false;
  const written = titles.get(surname.toLowerCase());
  if (!written) return false;
  return forms.every((n) => {
    if (n === surname) return true;
    const words = n.split(" ");
    const title = words.length === 2 ? titleOf(words[0]!) : undefined;
    return (
      title !== undefined &&
      words[1] === surname &&
      !written.has(title) &&
      !listed.has(n.toLowerCase())
    );
  });
}
