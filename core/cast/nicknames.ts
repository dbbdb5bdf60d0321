/**
 * The familiar forms of common English given names ("Lizzy" for Elizabeth, "Carrie" for
 * Caroline, "Jack" for John), as stories call one person by both: the narration writes
 * "Elizabeth" and her father says "Lizzy". Data, one line per given name: the name, then its
 * familiar forms. A form that is also an everyday word ("Will", "Pat", "Sue", "Kit") is left
 * out: a capitalised "Will" opens questions. So is a form that is as often a name of its own
 * ("Eliza", "Nathan", "Maud", "Lucy", "Robin", "Frank").
 */
import type { Character } from "../model";
import { TITLES, titleKey } from "./cues";

const TABLE = `
  Elizabeth: Lizzy Lizzie Liz Libby Beth Betsy Betsey Betty Bess Bessie
  Margaret: Meg Maggie Madge Peggy Margery Marjorie
  Caroline: Carrie Carry Caddy
  Catherine: Kitty Kate Katie Katy Cathy
  Katharine: Kitty Kate Katie Katy
  Katherine: Kitty Kate Katie Katy
  Anne: Annie Nan Nancy Nannie
  Ann: Annie Nan Nancy Nannie
  Anna: Annie Nan Nancy
  Jane: Jenny Jennie Janey
  Mary: Molly Mollie Polly Mamie
  Sarah: Sally Sadie
  Martha: Patty Patsy Mattie
  Eleanor: Nell Nelly Nellie
  Ellen: Nell Nelly Nellie
  Helen: Nell Nelly Nellie
  Frances: Fanny Frankie
  Susan: Susie Suky Sukey
  Josephine: Jo Josie
  Georgiana: Georgy Georgie
  Dorothy: Dolly
  Dorothea: Dora Dodo
  Matilda: Tilly Tilda
  Charlotte: Lottie Lotty Charley
  Rebecca: Becky Becca
  Emily: Emmy
  Harriet: Hattie Hatty
  Theodora: Dora
  William: Bill Billy Willie Willy
  Robert: Bob Bobby Rob Robbie
  Thomas: Tom Tommy Tommie
  James: Jim Jimmy Jimmie Jem Jamie
  John: Jack Johnny Jackie
  Joseph: Joe Joey
  Samuel: Sam Sammy
  Benjamin: Ben Benny
  Charles: Charlie Charley
  Frederick: Fred Freddy Freddie
  Frederic: Fred Freddy Freddie
  Nicholas: Nick Nicky
  Anthony: Tony
  Alexander: Alec Alex Sandy
  Andrew: Andy
  Daniel: Dan Danny
  David: Dave Davy
  Henry: Harry Hal Hank
  Michael: Mike Mickey
  Philip: Phil Pip
  Stephen: Steve Stevie
  Sidney: Sid Siddy
  Sydney: Sid Siddy
  Walter: Walt
  Matthew: Matt Matty
  Nathaniel: Nat
  Augustus: Gus Gussie
  Richard: Dick Dickie Rick
  Edward: Ned Neddy Ted Teddy Eddie
  Edmund: Ned Eddie
  Theodore: Ted Teddy Theo
  Timothy: Tim Timmy
  Peter: Pete
  Lawrence: Larry
  Laurence: Larry
  Gilbert: Gil
  Archibald: Archie
  Albert: Bert Bertie
  Herbert: Bert Bertie
  Francis: Frankie
  Ernest: Ernie
  Patrick: Paddy
  Isaac: Ike
  Abraham: Abe
  Zachary: Zack
`;

/** Each familiar form with the given names it can stand for ("Nell": Eleanor, Ellen, Helen). */
const FORMALS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const line of TABLE.trim().split("\n")) {
    const [name, forms] = line.split(":").map((s) => s.trim()) as [string, string];
    for (const form of forms.split(/\s+/))
      (out.get(form) ?? out.set(form, []).get(form)!).push(name);
  }
  return out;
})();

/** The given names a familiar form stands for: ["Elizabeth"] for "Lizzy"; none for a name. */
function formalNamesOf(form: string): readonly string[] {
  return FORMALS.get(form) ?? [];
}

/** Every familiar form the table knows, for a scan of a story's capitalised words. */
function familiarForms(): Iterable<string> {
  return FORMALS.keys();
}

/**
 * "Lizzy" is the Elizabeth the story names, "Carrie" its Caroline: a familiar form the dialogue
 * calls someone by (a vocative is enough) joins the one character whose given name it stands
 * for, and a character discovered under that form takes in the formal one when it is the more
 * evident. Where two characters could own it ("Kitty" beside a Catherine and a Katharine) it
 * stays apart.
 */
export function foldFamiliarForms(
  found: { c: Character; weight: number }[],
  /**
   * How many of a word's sightings as a name are in dialogue; undefined where the story never
   * writes it as a name, or writes it in lowercase too.
   */
  quotedSightings: (form: string) => number | undefined,
): void {
  type Entry = (typeof found)[number];
  const byGiven = new Map<string, Set<Entry>>();
  for (const f of found)
    for (const n of [f.c.name, ...f.c.aliases]) {
      const given = n.split(" ").find((w) => !TITLES.has(titleKey(w)));
      if (given) (byGiven.get(given) ?? byGiven.set(given, new Set()).get(given)!).add(f);
    }
  const merged = new Map<Entry, Entry>();
  for (const form of familiarForms()) {
    const quoted = quotedSightings(form);
    if (quoted === undefined) continue;
    // A character folded into another answers for its given names through that other.
    const live = (f: Entry): Entry => (merged.has(f) ? live(merged.get(f)!) : f);
    const holders = new Set(
      formalNamesOf(form).flatMap((g) => [...(byGiven.get(g) ?? [])].map(live)),
    );
    const own = found.find((f) => f.c.name === form);
    // "Jack" of a discovered "Jack Lawton" is his already, whatever John the story has.
    if (!own && found.some((f) => f.c.aliases.includes(form))) continue;
    if (own) holders.delete(own);
    if (holders.size !== 1) continue;
    const holder = [...holders][0]!;
    if (!own) {
      // Where characters call each other ("Lizzy, ..."): a "Harry" the narration alone writes
      // beside a Sir Henry may be his son.
      if (quoted > 0 && !holder.c.aliases.includes(form))
        holder.c = { ...holder.c, aliases: [...holder.c.aliases, form] };
      continue;
    }
    // "Caroline Meeber" introduced once, "Carrie" ever after: one person. A "Harry" less evident
    // than the Sir Henry the story follows is someone else.
    if (own.weight <= holder.weight) continue;
    own.c = { ...own.c, aliases: [...own.c.aliases, holder.c.name, ...holder.c.aliases] };
    own.weight += holder.weight;
    merged.set(holder, own);
    found.splice(found.indexOf(holder), 1);
  }
}

/** Each given name the table knows with its familiar forms ("Robert": Bob, Bobby, Rob, Robbie). */
const FAMILIARS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [form, names] of FORMALS)
    for (const name of names) (out.get(name) ?? out.set(name, []).get(name)!).push(form);
  return out;
})();

/**
 * "Robbie" found, and his mother calling "Not yet, Robert." in the dialogue: the formal name
 * the dialogue calls someone by, which the narration never writes (so discovery weighs no person
 * of its own), is the one character found under a familiar form of it. A mother or a teacher
 * calls by the full name the story shortens; the reverse of "Lizzy" called beside an Elizabeth.
 * Where two found characters could own it, or someone has it already, it stays with no one.
 */
export function foldFormalCalls(
  found: { c: Character; weight: number }[],
  /** How many lines call the word, where the story writes it only inside dialogue; else 0. */
  calledOnly: (name: string) => number,
): void {
  const given = (n: string): string | undefined =>
    n.split(" ").find((w) => !TITLES.has(titleKey(w)));
  for (const [formal, forms] of FAMILIARS) {
    if (calledOnly(formal) === 0) continue;
    if (found.some((f) => [f.c.name, ...f.c.aliases].some((n) => given(n) === formal))) continue;
    const holders = found.filter(
      (f) => !f.c.unnamed && [f.c.name, ...f.c.aliases].some((n) => forms.includes(given(n)!)),
    );
    if (holders.length !== 1) continue;
    const holder = holders[0]!;
    holder.c = { ...holder.c, aliases: [...holder.c.aliases, formal] };
  }
}
