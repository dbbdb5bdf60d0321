/**
 * The British/American lexicon: plain data entries (entries/*.json) compiled once into lookup
 * tables for the matcher.
 *
 * An entry lists the `forms` to look for in one variety (`region`) and the `counterparts` to offer
 * from the other. With `paired` (always, for spelling entries) counterparts pair up with forms by
 * position (mums -> moms); otherwise every counterpart is offered for every form.
 *
 * `context` narrows where a form counts:
 * - `address`: only as a form of address in dialogue ("Evening, love" but not "I'd love to");
 * - `dialogue`: only inside quotes;
 * - `ambiguous`: the word has an ordinary meaning in the other variety too ("pants", "mad"), so
 *   it yields information, not a warning, unless a word in `strongAfter` follows it. For
 *   `spelling` entries it means the other variety's spelling is also a common word of its own
 *   (tyre/tire, storey/story): that spelling is never taken as evidence.
 *
 * `britishAlso` (spelling only): the American spelling is also good British (Oxford -ize, aging),
 * so it is never a stray in British narration, though mixing both in one story still is.
 * `variant`: the forms are alternative spellings of one word (luv/love, cos/'cos), not
 * inflections, so using two of them for the same purpose is a `variant` note.
 */

export type Region = "british" | "american";
export type EntryKind = "slang" | "vocabulary" | "grammar" | "spelling";
export type EntryContext = "address" | "dialogue" | "ambiguous";

export interface LexiconEntry {
  readonly id: string;
  readonly forms: readonly string[];
  readonly region: Region;
  readonly kind: EntryKind;
  readonly gloss: string;
  readonly counterparts: readonly string[];
  readonly context?: EntryContext;
  readonly strongAfter?: readonly string[];
  readonly britishAlso?: boolean;
  readonly variant?: boolean;
  /** Counterparts pair with forms by position (implied for spelling entries). */
  readonly paired?: boolean;
}

/** One form as the matcher sees it: a sequence of word tokens plus how to test its edges. */
export interface CompiledForm {
  readonly entry: LexiconEntry;
  /** The form as written in the data ("'preciate", "I guess"). */
  readonly form: string;
  /** The variety this form belongs to (an American spelling derived from a British entry). */
  readonly side: Region;
  /** Lower-cased tokens, apostrophes as U+0027, edge apostrophes removed. */
  readonly words: readonly string[];
  /** The tokens as written, for case-sensitive forms ("I guess", "Yank"). */
  readonly exact: readonly string[] | null;
  readonly leadingApostrophe: boolean;
  readonly trailingApostrophe: boolean;
  readonly fixes: readonly string[];
}

export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  /** Candidate forms by their first word, longest and most specific first. */
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledForm[]>;
  /** Every form and counterpart, lower-cased: words the speller must accept. */
  readonly knownWords: ReadonlySet<string>;
}

const REGIONS: ReadonlySet<string> = new Set(["british", "american"]);
const KINDS: ReadonlySet<string> = new Set(["slang", "vocabulary", "grammar", "spelling"]);
const CONTEXTS: ReadonlySet<string> = new Set(["address", "dialogue", "ambiguous"]);
/** A form is word tokens separated by single spaces; tokens may carry edge apostrophes. */
const FORM_SHAPE =
  /^'?[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*'?(?: '?[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*'?)*$/u;

/** Problems with one entry's shape, as readable strings; empty when the entry is valid. */
export function entryProblems(e: LexiconEntry): string[] {
  const problems: string[] = [];
  const where = `entry ${JSON.stringify(e.id)}`;
  if (typeof e.id !== "string" || e.id === "") problems.push(`${where}: missing id`);
  if (!REGIONS.has(e.region)) problems.push(`${where}: bad region ${String(e.region)}`);
  if (!KINDS.has(e.kind)) problems.push(`${where}: bad kind ${String(e.kind)}`);
  if (e.context !== undefined && !CONTEXTS.has(e.context)) problems.push(`${where}: bad context`);
  if (typeof e.gloss !== "string" || e.gloss.trim() === "") problems.push(`${where}: no gloss`);
  if (!Array.isArray(e.forms) || e.forms.length === 0) problems.push(`${where}: no forms`);
  else for (const f of e.forms) if (!FORM_SHAPE.test(f)) problems.push(`${where}: bad form ${f}`);
  if (!Array.isArray(e.counterparts)) problems.push(`${where}: counterparts must be a list`);
  if ((e.kind === "spelling" || e.paired) && e.counterparts.length !== e.forms.length) {
    problems.push(`${where}: paired counterparts must match forms one to one`);
  }
  return problems;
}

function normalise(word: string): string {
  return word.replace(/’/g, "'").toLowerCase();
}

function compileForm(
  entry: LexiconEntry,
  form: string,
  side: Region,
  fixes: readonly string[],
): CompiledForm {
  const leadingApostrophe = form.startsWith("'");
  const trailingApostrophe = form.endsWith("'") && form.length > 1;
  const bare = form.slice(leadingApostrophe ? 1 : 0, trailingApostrophe ? -1 : undefined);
  const tokens = bare.split(" ");
  return {
    entry,
    form,
    side,
    words: tokens.map(normalise),
    exact: /\p{Lu}/u.test(bare) ? tokens.map((t) => t.replace(/’/g, "'")) : null,
    leadingApostrophe,
    trailingApostrophe,
    fixes,
  };
}

function fixesFor(entry: LexiconEntry, i: number): readonly string[] {
  return entry.kind === "spelling" || entry.paired ? [entry.counterparts[i]!] : entry.counterparts;
}

function specificity(f: CompiledForm): number {
  return (
    f.words.length * 4 +
    (f.leadingApostrophe ? 2 : 0) +
    (f.trailingApostrophe ? 2 : 0) +
    (f.exact ? 1 : 0)
  );
}

/**
 * Compiles entries into lookup tables; call once per lexicon. Spelling entries also yield their
 * American counterparts as American forms, except where `context` is `ambiguous`.
 * Throws on an invalid entry, since the data ships with the app and is tested.
 */
export function compileLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const byFirstWord = new Map<string, CompiledForm[]>();
  const knownWords = new Set<string>();
  const add = (f: CompiledForm): void => {
    const key = f.words[0]!;
    const list = byFirstWord.get(key);
    if (list) list.push(f);
    else byFirstWord.set(key, [f]);
  };
  for (const entry of entries) {
    const problems = entryProblems(entry);
    if (problems.length > 0) throw new Error(`Invalid lexicon: ${problems.join("; ")}`);
    entry.forms.forEach((form, i) =>
      add(compileForm(entry, form, entry.region, fixesFor(entry, i))),
    );
    if (entry.kind === "spelling" && entry.context !== "ambiguous") {
      entry.counterparts.forEach((us, i) => {
        if (us !== entry.forms[i]) add(compileForm(entry, us, "american", [entry.forms[i]!]));
      });
    }
    for (const w of [...entry.forms, ...entry.counterparts]) {
      for (const part of w.split(/[ -]/)) knownWords.add(normalise(part.replace(/^'|'$/g, "")));
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return { entries, byFirstWord, knownWords };
}
