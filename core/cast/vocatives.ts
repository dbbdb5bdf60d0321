/**
 * Names called out inside a quote ("Tom! Look", "Thanks, Ann", "my dear Anna"): the person
 * spoken to, who is then not the speaker and likely answers next.
 */

// A name called after a greeting, after a stop or comma, or after a word opening a clause
// ("--and Fergus, what have you been doing?", "Now Ann, sit down"; not "Bo and Ann, who").
const VOCATIVE_BEFORE =
  /(?:^|[,!?.]\s*|\b(?:hello|hi|hey|dear|thanks|yes|no|oh|sure|morning|evening|night|bye|goodbye|sorry|look|listen|come on|c'mon)[,!]?\s+|(?:^|[.!?;:\u2014-]\s*)(?:and|but|now|well|so)\s+)$/i;
/** A title's stop right before the name ("Mrs. ", "Dr. "). */
const TITLE_STOP = /\b(?:mrs?|ms|dr|st|rev|prof|capt|col|gen|lt|sgt|messrs|mme|mlle)\.\s*$/i;
const VOCATIVE_AFTER = /^(?:['\u2019]s\b)?\s*(?:[,!?.;\u2026\u2014-]|$)/;

/** A term of address that is itself the one spoken to ("sir"), so a name beside it is not. */
const ADDRESS_TERM = /^(?:sir|ma['\u2019]am|madam|mum)$/i;
/**
 * The same terms anywhere in a text (same flags, same case folding). What `givesName` tests is
 * made of the text's own runs of characters (names cut out, separators made spaces), so a text
 * without any of them cannot give one: the quote is not split and joined for nothing.
 */
const HAS_ADDRESS_TERM = /sir|ma['\u2019]am|madam|mum/i;

/**
 * Whether the quote is only the name, said once or twice, and a term of address: a name given
 * in answer ("Pip, sir." to "What's your name?"), not the person called.
 */
function givesName(text: string, from: number, to: number): boolean {
  if (!HAS_ADDRESS_TERM.test(text)) return false;
  const rest = text
    .split(text.slice(from, to))
    .join(" ")
    .replace(/[\s.,!?;\u2026\u2014-]+/g, " ")
    .trim();
  return ADDRESS_TERM.test(rest);
}

/** Marks that open a quotation inside a line, each with the mark that closes it. */
const REPORT_CLOSES: Readonly<Record<string, string>> = {
  "\u2018": "\u2019",
  "\u201c": "\u201d",
  "'": "'",
  '"': '"',
};
/** An opening mark: at the line's start or after a space, dash or bracket, before a letter. */
const REPORT_OPEN = /(?:^|[\s(\u2014\u2013-])(['"\u2018\u201c])(?=\p{L})/gu;

/**
 * Whether the name at [from, to) of a quote's text stands inside a quotation the line reports
 * ("She said, 'Of course, Nora, whatever works,' and then..."): the reported speaker's words, so
 * a name called there is not called by the line. The quotation opens before a letter at the
 * line's start or after a space, and closes after the name on its own mark, next to a stop or a
 * comma; an apostrophe inside a word ("don't") or an elision with no mark to close it ("'em",
 * "'Tis") makes none.
 */
export function reportedWithin(text: string, from: number, to: number): boolean {
  let open: RegExpExecArray | null = null;
  for (const m of text.slice(0, from).matchAll(REPORT_OPEN)) {
    const at = m.index + m[0].length - 1;
    const close = REPORT_CLOSES[m[1]!]!;
    // Closed again before the name: not around it.
    if (closesAt(text, close, at + 1, from) < 0) open = m;
  }
  if (!open) return false;
  return closesAt(text, REPORT_CLOSES[open[1]!]!, to, text.length) >= 0;
}

/**
 * Where `mark` closes a quotation in text[from, to): after a stop or comma inside it, or before
 * one; not a dropped letter's mark between words ("Sayin' it", "o' the").
 */
function closesAt(text: string, mark: string, from: number, to: number): number {
  for (let i = text.indexOf(mark, from); i >= 0 && i < to; i = text.indexOf(mark, i + 1)) {
    const [before, after] = [text[i - 1] ?? "", text[i + 1] ?? ""];
    if (/[,.!?;:\u2026\u2014]/u.test(before) && !/\p{L}/u.test(after)) return i;
    if (/\p{L}/u.test(before) && /^[,.!?;:\u2026\u2014]?$/u.test(after) && after !== "") return i;
  }
  return -1;
}

/** Whether the name at [from, to) inside a quote's text is the person being spoken to. */
export function isVocative(text: string, from: number, to: number): boolean {
  if (givesName(text, from, to)) return false;
  if (/^['\u2019]s/.test(text.slice(to))) return false;
  const before = text.slice(Math.max(0, from - 24), from);
  // "are ya little Tom?", "my dear Anna": a fond word before a name addresses its bearer.
  const fond = /\b(?:lil|little|my|dear|darling|sweet)\s+$/i;
  // Not "a good word for my little Lizzy": after a preposition the name is an object.
  const governed =
    /\b(?:for|to|of|with|about|at|from|on|in|by|like|than|and|or)\s+(?:(?:lil|little|my|dear|darling|sweet)\s+)+$/i;
  // The fond words may be part of the name as the cast writes it ("my little Lizzy").
  const lead = (from > 24 ? "\u0000" : "") + before + text.slice(from, to).replace(/\S+$/, "");
  if (fond.test(lead) && !governed.test(lead) && VOCATIVE_AFTER.test(text.slice(to))) {
    return true;
  }
  // "Mrs. Joe Gargery" where the cast has "Joe Gargery": the stop is the title's, not the end
  // of a sentence, and the name is his wife's.
  if (TITLE_STOP.test(before)) return false;
  return VOCATIVE_BEFORE.test(before) && VOCATIVE_AFTER.test(text.slice(to));
}

/**
 * "I'm Detective Sergeant Boateng", "My name is Harrow", "Call me Ann": a name the speaker gives
 * as their own, up to three capitalised words (titles, a first name) after the words that give
 * it. Not "I'm Tom's sister".
 */
const SELF_NAMING =
  /\b(?:I['\u2019]m|I am|[Mm]y name is|[Mm]y name['\u2019]s|[Cc]all me)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/**
 * "Detective Sergeant Boateng, Mrs Pell.": a line that opens on a rank and a name and then calls
 * someone else by title ("Mrs Pell", "sir", "ma'am") introduces the one who says it; nobody calls
 * two people by name in one short sentence.
 */
const RANK_OPENING =
  /^\s*(?:(?:Detective|Police|Chief|Sergeant|Inspector|Constable|Officer|Agent|Special|Superintendent|Lieutenant|DS|DI|DCI|DC|PC)\s+)+\p{Lu}[\p{L}'\u2019-]*$/u;
const THEN_CALLS =
  /^,\s+(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'\u2019-]*|sir|ma['\u2019]am|madam)\s*[.!]/u;

/** A one-word name standing alone as a line's first sentence: "Cole." */
const NAME_ALONE = /^\s*(\p{Lu}[\p{L}'\u2019-]*)\.\s+/u;
/** The fuller name that follows it as the next sentence: "Janine Cole." */
const FULL_NAME = /^(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){1,2})\s*(?:[.!?,]|$)/u;

/**
 * "Cole. Janine Cole.", "Frank. Frank Dunleavy.": a line that opens on one name as a sentence of
 * its own and repeats it at once within a fuller name gives the speaker's own, as an answer to
 * "Name?" does; a call to someone else is not said twice over so. The span of both, or null.
 */
function givenInFull(text: string): { from: number; to: number } | null {
  const alone = NAME_ALONE.exec(text);
  if (!alone) return null;
  const fullAt = alone[0].length;
  const full = FULL_NAME.exec(text.slice(fullAt));
  if (!full) return null;
  const words = full[1]!.split(/\s+/);
  if (words[0] !== alone[1] && words[words.length - 1] !== alone[1]) return null;
  return { from: text.indexOf(alone[1]!), to: fullAt + full[1]!.length };
}

/** Whether the name at [from, to) inside a quote's text is the speaker's own, given. */
export function namesSelf(text: string, from: number, to: number): boolean {
  if (/^['\u2019]s\b/.test(text.slice(to))) return false;
  const repeated = givenInFull(text);
  if (repeated && from >= repeated.from && to <= repeated.to) return true;
  if (RANK_OPENING.test(text.slice(0, to)) && THEN_CALLS.test(text.slice(to))) return true;
  return SELF_NAMING.test(text.slice(Math.max(0, from - 60), from));
}
