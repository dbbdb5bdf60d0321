/**
 * The familiar forms of common English given names ("Lizzy" for Elizabeth, "Carrie" for
 * Caroline, "Jack" for John), as stories call one person by both: the narration writes
 * "Elizabeth" and her father says "Lizzy". Data, one line per given name: the name, then its
 * familiar forms. A form that is also an everyday word ("Will", "Pat", "Sue", "Kit") is left
 * out: a capitalised "Will" opens questions. So is a form that is as often a name of its own
 * ("Eliza", "Nathan", "Maud", "Lucy", "Robin", "Frank").
 */
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
export function formalNamesOf(form: string): readonly string[] {
  return FORMALS.get(form) ?? [];
}

/** Every familiar form the table knows, for a scan of a story's capitalised words. */
export function familiarForms(): Iterable<string> {
  return FORMALS.keys();
}
