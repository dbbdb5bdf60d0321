/**
 * Folding found characters by their titles: a bare "Bennet" into the one "Mr. Bennet", "Mrs.
 * Todd" into "Mrs. Almira Todd", "Mr. Oak" into "Gabriel Oak", each only where no one else of
 * that family could be meant; and the sex a title says (titleSex, ownSex), which also tells a
 * spouse ("Lady Greystoke") from the character. These decide between found characters, after
 * every sighting is weighed, so they are their own module.
 */
import type { Character } from "../model";
import { FEMALE_TITLES, MALE_TITLES, MOSTLY_MALE_TITLES, TITLES, titleKey } from "./cues";
import { genderOfName, type Sex } from "./genders";
import { FAMILY_TITLES } from "./name-titles";

/**
 * A bare "Bennet" beside "Mr. Bennet" is him when no one else has that family name with a
 * title; beside "Mr. Bennet" and "Mrs. Bennet" it could be either, so it is no one's.
 */
export function foldIntoTitled(found: { c: Character; weight: number }[]): void {
  const titled = new Map<string, { c: Character; weight: number }[]>();
  for (const f of found) {
    const m = /^(\S+)\s+(\S+)$/.exec(f.c.name);
    if (!m || !FAMILY_TITLES.has(titleKey(m[1]!))) continue;
    titled.set(m[2]!, [...(titled.get(m[2]!) ?? []), f]);
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const holders = titled.get(found[i]!.c.name);
    if (!holders) continue;
    // "General Shaw" is not the "Mrs. Shaw" beside him: a bare surname written with a title of
    // the other sex stays a person of its own.
    const written = found[i]!.c.aliases.map((a) => titleSex(a)).filter((t) => t !== null);
    if (holders.some((h) => written.some((t) => t !== titleSex(h.c.name)))) continue;
    if (holders.length === 1) {
      const h = holders[0]!;
      h.c = { ...h.c, aliases: [...h.c.aliases, found[i]!.c.name, ...found[i]!.c.aliases] };
      h.weight += found[i]!.weight;
    } else if (
      // "Dr Marjoribanks" beside Miss and Mrs Marjoribanks: a title no family member shares
      // names a third person, not either of them.
      found[i]!.c.aliases.some((a) => {
        const t = titleKey(a.split(" ")[0]!);
        return a.split(" ").length === 2 && TITLES.has(t) && !FAMILY_TITLES.has(t);
      })
    )
      continue;
    found.splice(i, 1);
  }
}

/**
 * The sex a name's leading title says ("Lady Greystoke" f, "General Shaw" m), or null; a rank
 * ("General", "Captain") only when `ranks` is set, as most of fiction's ranks are men's.
 */
export function titleSex(name: string, ranks = true): Sex | null {
  const first = titleKey(name.split(" ")[0]!);
  if (name.indexOf(" ") < 0) return null;
  if (FEMALE_TITLES.has(first)) return "f";
  return MALE_TITLES.has(first) || (ranks && MOSTLY_MALE_TITLES.has(first)) ? "m" : null;
}

/**
 * The sex of the character a key names: its given name's, else his where the story writes his
 * full name bare and with "Mrs." ("Newland Archer", "Mrs. Newland Archer": she bears his name),
 * else the sex most of its titled forms say. Null when nothing says.
 */
export function ownSex(key: string, fulls: ReadonlyMap<string, number>): Sex | null {
  const named = genderOfName(key)?.gender;
  if (named) return named;
  let male = 0;
  let female = 0;
  for (const [full, n] of fulls) {
    const t = titleSex(full);
    if (t === "f" && fulls.has(full.slice(full.indexOf(" ") + 1))) return "m";
    if (t === "m") male += n;
    if (t === "f") female += n;
  }
  return male > female ? "m" : female > male ? "f" : null;
}

/** Titles of a married or grown person, who keeps the one title with or without a given name. */
const SPOUSE_TITLES = new Set(["mr", "mrs", "mister", "missus", "madame", "monsieur", "mme"]);

/**
 * "Mrs. Todd" beside "Mrs. Almira Todd" is her, when no one else is written with that title and
 * surname and another given name. "Miss" is left out: the eldest sister is "Miss Pinkerton"
 * beside a "Miss Jemima Pinkerton".
 */
export function foldIntoFullTitled(found: { c: Character; weight: number }[]): void {
  type Entry = (typeof found)[number];
  // Indexed once, so a novel's few hundred characters are not compared pair by pair.
  const fullTitled = new Map<string, Entry[]>();
  const untitled = new Map<Entry, Set<string>>();
  for (const f of found)
    for (const n of [f.c.name, ...f.c.aliases]) {
      const w = n.split(" ");
      if (w.length < 2) continue;
      const [first, last] = [titleKey(w[0]!), w[w.length - 1]!];
      if (w.length > 2 && SPOUSE_TITLES.has(first)) {
        const key = `${first} ${last}`;
        fullTitled.set(key, [...(fullTitled.get(key) ?? []), f]);
      }
      if (!TITLES.has(first)) (untitled.get(f) ?? untitled.set(f, new Set()).get(f)!).add(last);
    }
  const gone = new Set<Entry>();
  const bare = new Set(
    found
      .flatMap((f) => [f.c.name, ...f.c.aliases])
      .filter((n) => !TITLES.has(titleKey(n.split(" ")[0]!))),
  );
  for (let i = found.length - 1; i >= 0; i--) {
    const m = /^(\S+)\s+(\S+)$/.exec(found[i]!.c.name);
    if (!m || !SPOUSE_TITLES.has(titleKey(m[1]!))) continue;
    const surname = m[2]!;
    const holders = new Set(
      (fullTitled.get(`${titleKey(m[1]!)} ${surname}`) ?? []).filter(
        (f) =>
          f !== found[i] &&
          !gone.has(f) &&
          // "Newland Archer" beside a "Mrs. Newland Archer": she is his wife, and "Mrs. Archer"
          // his mother, whether his names and hers are listed together or apart.
          !untitled.get(f)?.has(surname) &&
          ![f.c.name, ...f.c.aliases].some(
            (n) => titleSex(n) === "f" && bare.has(n.slice(n.indexOf(" ") + 1)),
          ),
      ),
    );
    if (holders.size !== 1) continue;
    const h = [...holders][0]!;
    h.c = { ...h.c, aliases: [...h.c.aliases, found[i]!.c.name, ...found[i]!.c.aliases] };
    h.weight += found[i]!.weight;
    gone.add(found[i]!);
    found.splice(i, 1);
  }
}

/** Titles a man keeps with his family name all his life, so they say nothing of marriage. */
const MAN_TITLES = new Set(["mr", "mister", "monsieur"]);

/**
 * "Mr. Oak" beside "Gabriel Oak" is him, when he is the one man the story writes with that
 * surname and a given name (a man's, or one of no known sex in a family with no woman's title
 * written), and no other title ("Sir Walter Elliot" is not the "Mr
 * Elliot" beside him). Only a man's title: "Mrs. Lennox" or "Miss Watkin" beside "Mary
 * Lennox" or "Henrietta Watkin" is as often her mother or sister as herself.
 */
export function foldIntoFullName(found: { c: Character; weight: number }[]): void {
  type Entry = (typeof found)[number];
  // Indexed once by surname, so a novel's few hundred characters are not compared pair by pair.
  const bearers = new Map<string, Set<Entry>>();
  const titledOtherwise = new Set<string>();
  const womenOf = new Set<string>();
  for (const f of found)
    for (const n of [f.c.name, ...f.c.aliases]) {
      const w = n.split(" ");
      if (w.length < 2) continue;
      const last = w[w.length - 1]!;
      if (FEMALE_TITLES.has(titleKey(w[0]!))) womenOf.add(last);
      if (TITLES.has(titleKey(w[0]!))) {
        if (w.length > 2 || !MAN_TITLES.has(titleKey(w[0]!)))
          titledOtherwise.add(`${f.c.name}|${last}`);
        continue;
      }
      (bearers.get(last) ?? bearers.set(last, new Set()).get(last)!).add(f);
    }
  // "Winnie Verloc" is not "Mr Verloc": a man by his given name, or, where no woman is written
  // with the family's name ("Mrs Verloc"), anyone not a woman by hers.
  const fits = (f: Entry, surname: string): boolean => {
    const sexes = [f.c.name, ...f.c.aliases].map((n) => genderOfName(n)?.gender);
    return sexes.includes("m") || (!sexes.includes("f") && !womenOf.has(surname));
  };
  for (let i = found.length - 1; i >= 0; i--) {
    const m = /^(\S+)\s+(\S+)$/.exec(found[i]!.c.name);
    if (!m || !MAN_TITLES.has(titleKey(m[1]!))) continue;
    const holders = [...(bearers.get(m[2]!) ?? [])].filter((f) => f !== found[i] && fits(f, m[2]!));
    if (holders.length !== 1) continue;
    const h = holders[0]!;
    if (titledOtherwise.has(`${h.c.name}|${m[2]!}`)) continue;
    h.c = { ...h.c, aliases: [...h.c.aliases, found[i]!.c.name, ...found[i]!.c.aliases] };
    h.weight += found[i]!.weight;
    found.splice(i, 1);
  }
}
