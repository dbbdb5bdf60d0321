/**
 * The parents a writer's cast holds: the one member written "Mrs Hale" (by name or alias) is the
 * family's mother when the cast has a child of hers, a member surnamed Hale by no married title
 * ("Ruby Hale"); the one "Mr Hale" is its father. The family calls that one person "Mum" or
 * "Dad", and a given cast lists everyone who speaks, so the word means her, not a new person.
 */
import type { Character } from "../model";

/** A married title written before a surname: "Mrs Hale", "Mr. Gerald Hale". */
const PARENT_TITLE = /^(mrs?)\.?\s+(?:\S+\s+)*?(\S+)$/;

const parentsOf = new WeakMap<readonly Character[], ReadonlyMap<string, string>>();

/** The cast member a family word means ("mother", "father"), if the cast holds that parent. */
export function castParent(cast: readonly Character[], kin: string): string | null {
  let found = parentsOf.get(cast);
  if (!found) parentsOf.set(cast, (found = readParents(cast)));
  return found.get(kin) ?? null;
}

function readParents(cast: readonly Character[]): Map<string, string> {
  const titled = { mr: [] as [string, string][], mrs: [] as [string, string][] };
  const untitledSurnames = new Set<string>();
  for (const c of cast) {
    if (c.unnamed) continue;
    const forms = [c.name, ...c.aliases].map((n) => n.toLowerCase());
    const titles = forms.map((f) => PARENT_TITLE.exec(f)).filter((m) => m !== null);
    // One member written "Mrs Hale" and "Mrs. Hale" is one parent.
    for (const title of ["mr", "mrs"] as const)
      for (const surname of new Set(titles.filter((m) => m[1] === title).map((m) => m[2]!)))
        titled[title].push([surname, c.name]);
    if (titles.length === 0 && c.name.includes(" "))
      untitledSurnames.add(c.name.toLowerCase().split(/\s+/).pop()!);
  }
  const out = new Map<string, string>();
  for (const [title, kin] of [
    ["mrs", "mother"],
    ["mr", "father"],
  ] as const) {
    const [only, ...more] = titled[title];
    if (only && more.length === 0 && untitledSurnames.has(only[0])) out.set(kin, only[1]);
  }
  return out;
}
