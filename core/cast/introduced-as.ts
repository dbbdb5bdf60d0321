/**
 * How an unnamed speaker is named in the contract's output, as an annotator labels one (LitBank's
 * "A girl", "The parish surgeon", "A hard-featured dame of fifty"): by the mention that brings
 * them into the narration, or, for a one-off speaker, by the tag that brings them in.
 */
import { DISEMBODIED, NOT_NAMES, SPEECH_VERBS, TITLES, titleKey } from "./cues";

/** The noun of a description the analysis keys a described person by ("the nurse"), or null. */
export const describedNoun = (description: string): string | null =>
  /^the ([\p{L}-]+)$/u.exec(description)?.[1] ?? null;

/** Words that bring a person into the narration: "a man", "the parish surgeon", "my aunt". */
const INTRODUCING = ["a", "an", "the", "my", "his", "her", "our", "their", "another", "one"];

/** Words that never stand between a determiner and its noun: they open a clause or a phrase. */
const NOT_MODIFIERS =
  "and or but nor of in on at to by for with from as than that which who whom whose is was were are be been being had has have not no the a an his her my our their its this".split(
    " ",
  );

/** A determiner and up to 3 modifiers ending where a noun follows: "the parish ", "a thin, old ". */
const INTRODUCTION = new RegExp(
  `(?<![\\p{L}'\u2019-])(?:${INTRODUCING.map((d) => `[${d[0]}${d[0]!.toUpperCase()}]${d.slice(1)}`).join("|")})` +
    `(?:,?\\s+(?!(?:${NOT_MODIFIERS.join("|")})(?![\\p{L}-]))\\p{Ll}[\\p{Ll}-]*){0,3}\\s+$`,
  "u",
);

/** How far before a noun its determiner and modifiers may start. */
const INTRODUCTION_REACH = 80;

/**
 * A described person under the mention that brings them into the narration, as an annotator
 * labels an unnamed speaker (LitBank's "A girl", "The parish surgeon", "My aunt"): the first
 * time the narration writes the noun with a determiner and its modifiers ("a white man" for
 * "the man"). Dialogue is left out: a speaker is introduced by the story, not by what others
 * say. Else the description. Found by the noun's occurrences, not a scan of the whole text
 * per description.
 */
export function introducedAs(
  description: string,
  text: string,
  inQuote: (at: number) => boolean,
): string {
  const noun = describedNoun(description);
  if (!noun) return description;
  for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
    if (/[\p{L}-]/u.test(text[at + noun.length] ?? "") || !/\s/.test(text[at - 1] ?? "")) continue;
    if (inQuote(at)) continue;
    const lead = INTRODUCTION.exec(text.slice(Math.max(0, at - INTRODUCTION_REACH), at));
    if (lead)
      return (lead[0] + noun)
        .replace(/\s*,\s*/g, ", ")
        .replace(/\s+/g, " ")
        .toLowerCase();
  }
  return description;
}

/** Whether an offset falls inside one of the quotes (in text order): a binary search. */
export function insideQuotes(
  quotes: readonly { from: number; to: number }[],
): (at: number) => boolean {
  return (at) => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid]!;
      if (at < q.from) hi = mid - 1;
      else if (at >= q.to) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

const VERB = `(?:${[...SPEECH_VERBS].join("|")})`;

/**
 * A line's own tag bringing in someone new by an indefinite description, straight after the
 * quote: '"Goodwives," said a hard-featured dame of fifty,', '"...?" cried another female'.
 * The description runs to its head and a short post-modifier ("of fifty", "in the crowd"), and
 * must end there, at a comma or the sentence's end ("said a young officer to him" is not one).
 */
const DESCRIPTION_AFTER_VERB = new RegExp(
  `^["'\u201d\u2019]?\\s+${VERB}(?:\\s+\\p{Ll}+ly|,[^,"\u201c\u201d]{1,40},)?` +
    `\\s+((?:an?|another)(?:\\s+[\\p{Ll}-]+){0,3}?(?:\\s+(?:of|in|with|at|from)(?:\\s+[\\p{Ll}-]+){1,3})?)` +
    `(?=\\s*(?:[,.;:!?\u2014"\u201c]|$))`,
  "u",
);

/** The same before its verb: '"We say," somebody exclaimed', '"Stop," a tall man said'. */
const SUBJECT_BEFORE_VERB = new RegExp(
  `^["'\u201d\u2019]?\\s+((?:an?|another)(?:\\s+[\\p{Ll}-]+){1,3}?|some(?:body|one)(?:\\s+else)?)\\s+${VERB}(?![\\p{L}])`,
  "u",
);

/**
 * The description that tags a quote as someone new ("a hard-featured dame of fifty",
 * "somebody else"), when the analysis read the same person there: `key` is the quote's
 * described speaker ("the dame", "somebody", or "another" for "said another"). Else null, and
 * for a voice ("said a rough voice"), which is no one to list.
 */
export function taggedAs(text: string, to: number, key: string): string | null {
  const after = text.slice(to, to + 160);
  const m = DESCRIPTION_AFTER_VERB.exec(after) ?? SUBJECT_BEFORE_VERB.exec(after);
  if (!m) return null;
  const phrase = m[1]!.replace(/\s+/g, " ");
  const words = phrase.split(" ");
  // The key is "somebody else" where the tag says so, "somebody" where it does not.
  if (/^some(?:body|one)$/.test(words[0]!)) return key === phrase ? phrase : null;
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|in|with|at|from)$/.test(w));
  const head = words[(cut < 0 ? words.length : cut) - 1]!;
  // "said a rough voice": a voice is heard, not listed (as "the voice" is not).
  if (DISEMBODIED.has(head)) return null;
  return key === (head === "another" ? "another" : `the ${head}`) ? phrase : null;
}

/** "I am Parson Tringham", "My name is Webb": a sentence of a line that names its speaker. */
const SELF_NAMING =
  /(?:^|[.!?;:\u2014]\s*["'\u201c\u2018]?\s*)(?:I am|I'm|I\u2019m|[Mm]y name is|[Mm]y name's|[Mm]y name\u2019s)\s+((?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){0,2}\p{Lu}[\p{L}'\u2019-]*)(?![\p{L}'\u2019-])/gu;

/**
 * The name a speaker gives themself in a line ("I am Parson Tringham, the antiquary"), at a
 * sentence start, or null: every word a name's ("I am Sorry" is no one), a title only first;
 * not another's ("I'm Tom's brother") nor asked ("I am Tringham?").
 */
export function selfNamed(line: string): string | null {
  for (const m of line.matchAll(SELF_NAMING)) {
    // "I'm Tom's brother" is someone else's name; "I am Tringham?" asks.
    if (/['\u2019]s$/u.test(m[1]!) || /^\s*\?/u.test(line.slice(m.index + m[0].length))) continue;
    const words = m[1]!.split(/\s+/);
    const ok = words.every((w, k) => {
      const lower = titleKey(w);
      return k < words.length - 1 && TITLES.has(lower)
        ? true
        : !NOT_NAMES.has(lower) && !TITLES.has(lower);
    });
    if (ok) return words.join(" ");
  }
  return null;
}
