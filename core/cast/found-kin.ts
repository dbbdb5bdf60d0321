/**
 * Which found character a family word names: "Papa" and "Father" in one family are one person
 * (foldKin), "said his grandmother" is the one called "Grandma" (kinHolder), and "said my mom"
 * beside an unowned "Hi, Mom" is listed under "Mom" (kinCalled). They compare the words by their
 * kin meaning (cues.ts KIN_TERMS), not their spelling, so they are their own module.
 */
import type { Character } from "../model";
import { KIN_TERMS } from "./cues";
import type { Tally } from "./name-tally";

/**
 * The family word of the tag's meaning the dialogue calls someone, unowned ("Hi, Mom" beside
 * "said my mom"): too few calls to list alone, but with a tagged relation of that meaning it
 * is the name the family uses for them. Null when none, or two words are called.
 */
export function kinCalled(tallies: ReadonlyMap<string, Tally>, noun: string): string | undefined {
  const meaning = KIN_TERMS.get(noun);
  if (!meaning) return undefined;
  const words = [...tallies].filter(
    ([key, t]) => t.quoted > 0 && KIN_TERMS.get(key.toLowerCase()) === meaning,
  );
  return words.length === 1 ? words[0]![0] : undefined;
}

/**
 * "said his grandmother" where the story calls someone "Grandma" by that word: the one found
 * character a family word of the same meaning names, as "Papa" and "Father" are one (foldKin).
 */
export function kinHolder(named: readonly Character[], noun: string): Character | undefined {
  const meaning = KIN_TERMS.get(noun);
  if (!meaning) return undefined;
  const holders = named.filter(
    (c) =>
      !c.unnamed && [c.name, ...c.aliases].some((n) => KIN_TERMS.get(n.toLowerCase()) === meaning),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** "Papa" and "Father" in one family are one person: the most evident word names them. */
export function foldKin(found: { c: Character; weight: number }[]): void {
  const holders = new Map<string, { c: Character; weight: number }>();
  const byWeight = [...found].sort((a, b) => b.weight - a.weight);
  for (const f of byWeight) {
    const meaning = KIN_TERMS.get(f.c.name.toLowerCase());
    if (!meaning) continue;
    const holder = holders.get(meaning);
    if (!holder) {
      holders.set(meaning, f);
      continue;
    }
    holder.c = { ...holder.c, aliases: [...holder.c.aliases, f.c.name, ...f.c.aliases] };
    holder.weight += f.weight;
    found.splice(found.indexOf(f), 1);
  }
}
