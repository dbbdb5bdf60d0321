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
 *   it yields information, not a warning, unless its `senses` settle it. For `spelling` entries
 *   it means the other variety's spelling is also a common word of its own (tyre/tire,
 *   storey/story): that spelling is never taken as evidence.
 * - `selected`: the other variety uses the word often in another meaning ("lift" the verb, "flat"
 *   the adjective), so it is a term only where its `senses` select the regional meaning.
 *
 * `senses` are the words around a form that select its meaning, as patterns where `_` stands for
 * the form and `*` for any one word ("_ at" for "mad at", "no _ with" for "no truck with"), with
 * `why` saying where the rule comes from. `other` (the shared meaning: not a term at all) wins
 * over `unsure` (a hint even for a clear entry), which wins over `regional` (the regional meaning:
 * a clear marker even for an ambiguous entry). Words may not be separated by punctuation; a `|`
 * at a pattern's edge asks for a break there (punctuation or the end of the quote).
 * `shared`: both varieties use the word (the reason, with a source); it is glossed, never a voice
 * note and never evidence of a voice.
 * `asName`: the word is also used as a name ("Mum", "Mom"), so it still matches when capitalised
 * mid-sentence; any other capitalised word mid-sentence is taken for a name, not a term.
 *
 * `britishAlso` (spelling only): the American spelling is also good British (Oxford -ize, aging),
 * so it is never a stray in British narration, though mixing both in one story still is.
 * `variant`: the forms are alternative spellings of one word (luv/love, cos/'cos), not
 * inflections, so using two of them for the same purpose is a `variant` note.
 */

export type Region = "british" | "american";
export type EntryKind = "slang" | "vocabulary" | "grammar" | "spelling";
export type EntryContext = "address" | "dialogue" | "ambiguous" | "selected";

export interface LexiconEntry {
  readonly id: string;
  readonly forms: readonly string[];
  readonly region: Region;
  readonly kind: EntryKind;
  readonly gloss: string;
  readonly counterparts: readonly string[];
  readonly context?: EntryContext;
  readonly senses?: EntrySenses;
  readonly shared?: string;
  readonly asName?: boolean;
  readonly britishAlso?: boolean;
  readonly variant?: boolean;
  /** Counterparts pair with forms by position (implied for spelling entries). */
  readonly paired?: boolean;
}

/** Context patterns that select an entry's meaning; see the file comment. */
export interface EntrySenses {
  readonly regional?: readonly string[];
  readonly unsure?: readonly string[];
  readonly other?: readonly string[];
  readonly why: string;
}

/** A sense pattern split at its `_`: the words before the form and after it, `*` for any. */
export interface SensePattern {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export interface CompiledSenses {
  readonly regional: readonly SensePattern[];
  readonly unsure: readonly SensePattern[];
  readonly other: readonly SensePattern[];
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
  /** The entry's sense patterns, compiled once per entry. */
  readonly senses: CompiledSenses | null;
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
const CONTEXTS: ReadonlySet<string> = new Set(["address", "dialogue", "ambiguous", "selected"]);
/** A form is word tokens separated by single spaces; tokens may carry edge apostrophes. */
const SENSE_WORD = /^(?:_|\*|\||[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*)$/u;
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
  if (e.context === "selected" && !e.senses?.regional?.length)
    problems.push(`${where}: a selected entry needs senses.regional`);
  if (e.senses !== undefined) {
    if (typeof e.senses.why !== "string" || e.senses.why === "")
      problems.push(`${where}: senses need a why`);
    for (const p of [
      ...(e.senses.regional ?? []),
      ...(e.senses.unsure ?? []),
      ...(e.senses.other ?? []),
    ]) {
      const words = p.split(" ");
      const inner = words.slice(1, -1);
      if (
        words.filter((w) => w === "_").length !== 1 ||
        !words.every((w) => SENSE_WORD.test(w)) ||
        inner.includes("|")
      )
        problems.push(`${where}: bad sense pattern ${JSON.stringify(p)}`);
    }
  }
  if (e.shared !== undefined && (typeof e.shared !== "string" || e.shared === ""))
    problems.push(`${where}: shared needs a reason`);
  return problems;
}

function compilePattern(pattern: string): SensePattern {
  const words = pattern.split(" ").map(normalise);
  const at = words.indexOf("_");
  return { before: words.slice(0, at), after: words.slice(at + 1) };
}

function compileSenses(senses: EntrySenses | undefined): CompiledSenses | null {
  if (!senses) return null;
  return {
    regional: (senses.regional ?? []).map(compilePattern),
    unsure: (senses.unsure ?? []).map(compilePattern),
    other: (senses.other ?? []).map(compilePattern),
  };
}

function normalise(word: string): string {
  return word.replace(/’/g, "'").toLowerCase();
}

function compileForm(
  entry: LexiconEntry,
  form: string,
  side: Region,
  fixes: readonly string[],
  senses: CompiledSenses | null,
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
    senses,
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
    const senses = compileSenses(entry.senses);
    entry.forms.forEach((form, i) =>
      add(compileForm(entry, form, entry.region, fixesFor(entry, i), senses)),
    );
    if (entry.kind === "spelling" && entry.context !== "ambiguous") {
      entry.counterparts.forEach((us, i) => {
        if (us !== entry.forms[i])
          add(compileForm(entry, us, "american", [entry.forms[i]!], senses));
      });
    }
    for (const w of [...entry.forms, ...entry.counterparts]) {
      for (const part of w.split(/[ -]/)) knownWords.add(normalise(part.replace(/^'|'$/g, "")));
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return { entries, byFirstWord, knownWords };
}
