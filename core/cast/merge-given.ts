/**
 * Putting a writer's own cast before the discovered one: a discovered character is dropped when
 * any of its names, or a family word of the same meaning, is given already. The given cast is
 * the writer's word and wins whole; deciding what it already covers is its own module, apart
 * from finding the characters the story holds.
 */
import type { Character } from "../model";
import { castParent } from "./cast-parents";
import { KIN_TERMS } from "./cues";
import { allImpliedForms } from "./names";

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
  const out = [...given];
  for (const c of found) {
    const names = [c.name, ...c.aliases].map((n) => n.toLowerCase());
    if (names.some((n) => taken.has(n))) continue;
    names.forEach((n) => taken.add(n));
    out.push(c);
  }
  return out;
}
