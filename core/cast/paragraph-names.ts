/**
 * Reading one paragraph for names: the runs of capitalised words (each read by name-run.ts), the
 * lines that call a name, the nickname the narration gives ("call him Bug"), the unnamed speakers
 * and actors ("said the cashier", "The girl flushed") and the words written in lowercase. Pure in
 * (text, quote style), so the analysis keeps it per paragraph across passes (pass-memo.ts);
 * its own module because discoverCast only counts what this reads.
 */
import {
  DETERMINERS,
  DISEMBODIED,
  isDialectMy,
  isListedGivenName,
  KIN_TERMS,
  NOT_NAMES,
  PERSON_NOUNS,
  TITLES,
} from "./cues";
import type { Sex } from "./genders";
import { readRun } from "./name-run";
import type { NameSighting } from "./name-sighting";
import { quotesInParagraph, type LocalQuote, type QuoteStyle } from "./quotes";
import { scanWords } from "./scan";
import { isScareQuote } from "./scare-quotes";
import {
  actsAfter,
  isCapital,
  isInitial,
  isSaintStop,
  POSSESSIVE,
  taggedAround,
  type Tok,
} from "./sighting-cues";
import { isVocative } from "./vocatives";

/** What one paragraph says about names: pure, cache by (text, style). */
export interface ParagraphNames {
  readonly sightings: readonly NameSighting[];
  /** Unnamed speakers tagged in this paragraph ("the cashier"). */
  readonly unnamedSpeakers: readonly string[];
  /**
   * Of those, the family words a personal possessive owns ("said her mother": "mother"): a
   * relation, never the title "the mother" or "the father" may be (an abbess, a priest).
   */
  readonly ownedKinSpeakers: readonly string[];
  /** Described people acting in the narration ("The girl flushed"). */
  readonly describedActors: readonly string[];
  /** Lowercase words seen written in lowercase, to tell "Ginger" the name from "ginger". */
  readonly lowercaseWords: readonly string[];
  /** The sex of each pronoun tag by a quote ('"Soon," she said', 'said he'), in order. */
  readonly pronounTags: readonly Sex[];
}

/** The personal possessives: "her mother" is someone's mother, "the mother" may be a title. */
const PRONOUN_OWNERS = new Set(["my", "your", "his", "her", "our", "their"]);

/** How far from a quote a speech verb still tags it ("Tom said quietly to the old woman, "). */
const TAG_REACH = 50;

/**
 * A compound person noun the person-noun list does not hold: its last part is one it holds, or
 * "keeper" as in the listed "innkeeper" ("milk-boy", "saloon-keeper", "turnpike-keeper").
 */
function isCompoundPersonNoun(w: string): boolean {
  // Read for every lowercase word of the story: no allocation for the many with no hyphen.
  const cut = w.lastIndexOf("-");
  if (cut < 2) return false;
  const head = w.slice(cut + 1);
  return PERSON_NOUNS.has(head) || head === "keeper";
}

/** Reads the name evidence in one paragraph. */
export function namesInParagraph(text: string, style: QuoteStyle): ParagraphNames {
  const quotes = quotesInParagraph(text, style);
  const inQuote = (at: number): boolean => quotes.some((q) => at >= q.from && at < q.to);
  const toks = scanWords(text);
  const gap = (a: Tok | undefined, b: Tok | undefined): string =>
    a && b ? text.slice(a.to, b.from) : "";
  const sightings: NameSighting[] = [];
  // Where each sighting starts, for the sentence subject a nickname belongs to.
  const sightingsAt: { from: number; sighting: NameSighting }[] = [];
  const unnamedSpeakers: string[] = [];
  const ownedKinSpeakers: string[] = [];
  const describedActors: string[] = [];
  const lowercaseWords: string[] = [];
  const pronounTags: Sex[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isCapital(t.text)) {
      lowercaseWords.push(t.lower);
      if (
        (t.lower === "she" || t.lower === "he") &&
        !inQuote(t.from) &&
        taggedAround(toks, i, i + 1, gap, text) &&
        quotes.some((q) => q.from - TAG_REACH <= t.to && q.to + TAG_REACH >= t.from)
      )
        pronounTags.push(t.lower === "she" ? "f" : "m");
      // Most words are no person noun ("the voice said": someone not yet seen, not a character
      // of its own): the words before are read only for one.
      if (i === 0) continue;
      // Most words are neither a person noun nor a disembodied one ("voice", "figure", no
      // hyphen, so never a compound): one lookup for them, the second only for person nouns.
      if (!PERSON_NOUNS.has(t.lower)) {
        // "the saloon-keeper demanded": a compound of a person noun, brought in by a tag.
        if (
          toks[i - 1]!.lower === "the" &&
          isCompoundPersonNoun(t.lower) &&
          /^\s+$/.test(gap(toks[i - 1], t)) &&
          !inQuote(t.from) &&
          taggedAround(toks, i - 1, i + 1, gap, text)
        )
          unnamedSpeakers.push("the " + t.lower);
        continue;
      }
      if (DISEMBODIED.has(t.lower)) continue;
      // "said the child's nurse": a lowercase possessive between the determiner and the noun.
      const owned =
        i > 1 &&
        POSSESSIVE.test(toks[i - 1]!.lower) &&
        !isCapital(toks[i - 1]!.text) &&
        DETERMINERS.has(toks[i - 2]!.lower) &&
        /^\s+$/.test(gap(toks[i - 2], toks[i - 1])) &&
        /^\s+$/.test(gap(toks[i - 1], t));
      // "said me mum": the dialect "me" owns a family word as "my" does.
      const mine = isDialectMy(toks[i - 1]!.lower, t.lower);
      const noun = (DETERMINERS.has(toks[i - 1]!.lower) || owned || mine) && !inQuote(t.from);
      if (noun && taggedAround(toks, owned ? i - 2 : i - 1, i + 1, gap, text)) {
        unnamedSpeakers.push("the " + t.lower);
        if (!owned && KIN_TERMS.has(t.lower) && (PRONOUN_OWNERS.has(toks[i - 1]!.lower) || mine))
          ownedKinSpeakers.push(t.lower);
      } else if (noun && toks[i - 1]!.lower === "the" && actsAfter(toks, i, text))
        describedActors.push("the " + t.lower);
      continue;
    }
    // A run of capitalised words separated by single spaces: "Inspector Hale", "Maggie Doyle".
    let j = i;
    while (
      j + 1 < toks.length &&
      isCapital(toks[j + 1]!.text) &&
      // One space or one line break: a hard-wrapped "Cal\nEmmett" is one name.
      (/^\s$/.test(gap(toks[j], toks[j + 1])) ||
        // "Mr. Bennet": a title's full stop does not end the run.
        (/^\.\s$/.test(gap(toks[j], toks[j + 1])) && TITLES.has(toks[j]!.lower)) ||
        // "Terry O. Nicholson": nor does a middle initial's, inside a name.
        (/^\.\s$/.test(gap(toks[j], toks[j + 1])) &&
          j > i &&
          isInitial(toks[j]!.text) &&
          !NOT_NAMES.has(toks[j + 1]!.lower)) ||
        // "Madame St. Aubert", "St. John": a saint's name, not "Elm St." ending a sentence.
        (isSaintStop(toks[j]!, toks[j + 1]!, gap) &&
          (j === i || TITLES.has(toks[j - 1]!.lower) || NOT_NAMES.has(toks[j - 1]!.lower)))) &&
      !POSSESSIVE.test(toks[j]!.text)
    )
      j++;
    const run = toks.slice(i, j + 1);
    i = j;
    const near = (): boolean =>
      quotes.some(
        (q) => q.from - TAG_REACH <= run[run.length - 1]!.to && q.to + TAG_REACH >= run[0]!.from,
      );
    const sighting = readRun(
      text,
      toks,
      run,
      i - run.length + 1,
      j,
      gap,
      inQuote(run[0]!.from),
      near,
    );
    if (!sighting) continue;
    const q =
      sighting.inQuote && sighting.title === null && sighting.full === null && run.length === 1
        ? quotes.find((q) => run[0]!.from >= q.from && run[0]!.to <= q.to)
        : undefined;
    const calls =
      !!q &&
      /^\p{Lu}\p{Ll}+$/u.test(run[0]!.text) &&
      // "Esq. of Uppercross": an abbreviation's stop, not the end of a call.
      !/^\.\s+\p{Ll}/u.test(text.slice(run[0]!.to)) &&
      !sightings.some((s) => s.calledIn !== undefined && s.key === sighting.key) &&
      isCall(
        text.slice(q.from, q.to),
        run[0]!.from - q.from,
        run[0]!.to - q.from,
        isListedGivenName(run[0]!.lower),
      ) &&
      // 'a coat called a "Chesterfield," with': a word in quote marks, said by no one.
      !isScareQuote(text, 0, { ...q, paragraph: 0, index: 0, text: text.slice(q.from, q.to) });
    const nicknameOf = sighting.inQuote ? undefined : nicknamed(text, run[0]!.from, sightingsAt);
    sightingsAt.push({ from: run[0]!.from, sighting });
    const called = calls ? { ...sighting, calledIn: text.slice(q.from, q.to) } : sighting;
    const read =
      sighting.inQuote &&
      sighting.full !== null &&
      sighting.title === null &&
      givenWhole(text, quotes, run[0]!.from)
        ? { ...called, givenWhole: true }
        : called;
    sightings.push(nicknameOf ? { ...read, nicknameOf } : read);
  }
  return {
    sightings,
    unnamedSpeakers,
    ownedKinSpeakers,
    describedActors,
    lowercaseWords,
    pronounTags,
  };
}

/**
 * "Cole. Janine Cole.": a line that is only a surname and then the full name ending in it, the
 * answer to "Name?", gives its speaker's name in so many words. The run at `from` must be the
 * full name; inside a longer line ("Cole. Janine Cole runs the garage") the names are talk.
 */
const NAME_GIVEN_WHOLE =
  /^(\s*(\p{Lu}[\p{L}'\u2019-]*)\.\s+)\p{Lu}[\p{L}'\u2019-]*\s+\2\s*[.!]?\s*$/u;
function givenWhole(text: string, quotes: readonly LocalQuote[], from: number): boolean {
  const q = quotes.find((o) => from >= o.from && from < o.to);
  const m = q && NAME_GIVEN_WHOLE.exec(text.slice(q.from, q.to));
  return !!m && from - q!.from === m[1]!.length;
}

/** "call him", "called her" right before a name in the narration. */
const CALL_PRONOUN = /\bcall(?:s|ed|ing)?\s+(him|her)\s+$/;

/**
 * The person a nickname is given to: "Teddy ... call him Bug" names the sentence's subject, the
 * name opening it (outside quotes), with the pronoun's sex. Null for any other shape.
 */
function nicknamed(
  text: string,
  from: number,
  before: readonly { from: number; sighting: NameSighting }[],
): NameSighting["nicknameOf"] {
  const call = CALL_PRONOUN.exec(text.slice(Math.max(0, from - 20), from));
  if (!call) return undefined;
  const start = Math.max(text.lastIndexOf(". ", from), text.lastIndexOf("! ", from), 0);
  const subject = before.find((b) => b.from >= start && b.from < from);
  if (!subject?.sighting.sentenceStart || subject.sighting.inQuote) return undefined;
  const name = subject.sighting.full ?? subject.sighting.key;
  return { name, sex: call[1] === "him" ? "m" : "f" };
}

/**
 * "Honestly, I don't mind", "Seriously?": a sentence adverb opens a line as a call does. Five
 * letters or more before "-ly" (not "Emily", "Holly", "Shelly"); a given name the lists hold
 * still calls. A name of this shape the lists lack ("Beverly") is then found only by what it
 * does, as a word seen in lowercase is.
 */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{4,}ly$/u;

/**
 * A name called as the whole line or its opening ("Dan.", "Walt, I had the survey out"), or
 * closing a sentence after a comma ("I'm telling him now, Carol."): the plainest shapes of a
 * call. Not after an opener ("So, Portland.", "So. Portland.": a topic, not a person). A given
 * name the lists hold may also open a later sentence of the line before a comma ("I mean it.
 * Agnes, you take the low part"): that word and comma are as often an interjection ("Ta, love",
 * "Christ, you scared me"), so only a known given name counts there.
 */
function isCall(said: string, from: number, to: number, givenName: boolean): boolean {
  if (!isVocative(said, from, to)) return false;
  const before = said.slice(0, from);
  const after = said.slice(to);
  if (/^\W*$/.test(before))
    return (
      /^\s*(?:[,!?]|\.?\s*$)/.test(after) &&
      (givenName || !SENTENCE_ADVERB.test(said.slice(from, to)))
    );
  if (givenName && /[.!?]\s+$/.test(before) && /^,/.test(after)) return true;
  return (
    /,\s*$/.test(before) &&
    !/\b(?:so|and|but|or|now|then)\s*,\s*$/i.test(before) &&
    /^\s*[.!?]/.test(after)
  );
}
