/**
 * Spelling notes from real offline dictionaries (Hunspell data read by nspell). A word is
 * misspelt only when every dictionary rejects it: British against American spelling is the
 * business of the voice and spelling-mix rules, not of this one. Names, aliases and the writer's
 * added words are accepted, as are lexicon forms ("luv", "'preciate").
 *
 * Checking is cheap and cached per word; suggestions are slow, so notes carry only the cheap
 * "missing space" splits and `suggestSpelling` runs when a card opens.
 */
import nspell from "nspell";
import type { Note } from "../model";
import { normaliseWord, tokenize, type Lexicon } from "../lexicon";
import { checkerFromForms } from "./dictionary-forms";
import informalWords from "./informal-words.json";
import { decodeUtf8 } from "./utf8";

/**
 * A Hunspell dictionary: its two files, as text or raw UTF-8 bytes, or its affix file and its
 * word forms compiled at build time (`compileForms`), which need no expanding.
 */
export type DictionaryData =
  | { readonly aff: string | Uint8Array; readonly dic: string | Uint8Array }
  | { readonly aff: string; readonly forms: string };

export interface Speller {
  /** True when a dictionary or the story's word list knows the word. */
  isCorrect(word: string): boolean;
  /**
   * True when a dictionary lists the word as written, without the abbreviation reading of a
   * short word ("ied" is IED to `isCorrect`, but no half of a word that lost its space).
   */
  isListed(word: string): boolean;
  /** A name: one of the story's words, or a word a dictionary lists only capitalised (Mary). */
  isName(word: string): boolean;
  /**
   * Dictionary suggestions (slow: call when a card opens, not while checking), the story's own
   * words near `word` first. The search spends at most `budget` lookups in the dictionaries'
   * tables (`SEARCH_BUDGET` by default) and gives up with what it found before.
   */
  dictionarySuggestions(word: string, budget?: SearchBudget): string[];
  /** The same dictionaries with a different story word list (cheap: dictionaries are shared). */
  withWords(storyWords: readonly string[]): Speller;
}

type Checker = ReturnType<typeof nspell>;

function asText(data: string | Uint8Array): string {
  if (typeof data === "string") return data;
  const text = decodeUtf8(data);
  if (text === null) throw new Error("Dictionary file is not valid UTF-8.");
  return text;
}

/** Splits names and phrases into lower-cased words ("Miss Rosenberg" -> miss, rosenberg). */
function wordSet(storyWords: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const phrase of storyWords) for (const t of tokenize(phrase)) set.add(normaliseWord(t.text));
  return set;
}

/**
 * How many table lookups a search for suggestions may spend, across both dictionaries. nspell
 * tries every single edit of the word (a few thousand lookups per dictionary), and when none is
 * a word, every edit of the first few hundred of those edits: for a word it cannot mend ("qxzvwk",
 * a made-up name) 0.1-1.5 million lookups per dictionary, up to 3 s of CPU. A real misspelling's
 * search takes 6,000 lookups per dictionary at the median and 9,000 at the 90th percentile; of
 * the 219 in tests/fixtures/spelling/misspellings.tsv the costliest mended (publically, in the
 * second round) takes 69,000, and 75,000 would lose none of them (docs/performance.md,
 * suggest-33).
 */
export const SEARCH_BUDGET = 100_000;

/** What a search for suggestions has left to spend (`SEARCH_BUDGET`); one for both dictionaries. */
export interface SearchBudget {
  left: number;
}

/** Thrown through nspell's search when it has spent its budget. */
const SPENT = new Error("The search for suggestions spent its budget.");

/**
 * nspell's suggestions for `word`, or none when the search spends the budget first. nspell's
 * search has no limit of its own and reads its table only through `data[form]`; that table is
 * swapped for a metered one for the search, so checking words never pays for the meter. A search
 * stopped so gives nothing: it was in nspell's second round of edits, which runs only while the
 * first found no word and stops after the first batch that finds one (a word found in the batch
 * the budget ran out in is lost with it).
 */
function suggestWithin(checker: Checker, word: string, budget: SearchBudget): string[] {
  const state = checker as unknown as { data: object };
  const table = state.data;
  const spend = (): void => {
    if (--budget.left < 0) throw SPENT;
  };
  state.data = new Proxy(table, {
    get: (target, key) => (spend(), Reflect.get(target, key) as unknown),
    has: (target, key) => (spend(), Reflect.has(target, key)),
  });
  try {
    return checker.suggest(word);
  } catch (error) {
    if (error === SPENT) return [];
    throw error;
  } finally {
    state.data = table;
  }
}

/**
 * Optimal string alignment distance (an adjacent swap counts one), stopping early past `most`:
 * returns `most + 1` for anything further.
 */
function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > most) return most + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The story's own words (names, aliases, the writer's added words) within one edit of `word`, or
 * two for a word of six letters or more (as nspell's second round): the writer's "Hermoine" is
 * most likely the cast's Hermione, which no dictionary lists.
 */
function storyWordsNear(word: string, forms: readonly string[]): string[] {
  const plain = word.replace(/’/g, "'").toLowerCase();
  const most = plain.length >= 6 ? 2 : 1;
  const near = forms
    .map((form) => ({ form, distance: editDistance(plain, form.toLowerCase(), most) }))
    .filter((n) => n.distance <= most && n.distance > 0);
  return near.sort((a, b) => a.distance - b.distance).map((n) => n.form);
}

/** The story's words as written, each once (the capitals of a name kept). */
function storyForms(storyWords: readonly string[]): string[] {
  const forms = new Map<string, string>();
  for (const phrase of storyWords)
    for (const t of tokenize(phrase))
      if (!forms.has(t.text.toLowerCase())) forms.set(t.text.toLowerCase(), t.text);
  return [...forms.values()];
}

function makeSpeller(
  checkersOf: () => readonly Checker[],
  cache: Map<string, boolean>,
  storyWords: readonly string[],
): Speller {
  const story = wordSet(storyWords);
  let forms: string[] | undefined;
  /** Whether a dictionary lists the word as written, asked once per word. */
  const listed = (word: string): boolean => {
    let known = cache.get(word);
    if (known === undefined) cache.set(word, (known = checkersOf().some((c) => c.correct(word))));
    return known;
  };
  // "ok" is listed only as "OK"; short words are often abbreviations.
  const inDictionary = (word: string): boolean =>
    listed(word) || (word.length <= 3 && listed(word.toUpperCase()));
  return {
    isCorrect(word) {
      const plain = word.replace(/’/g, "'");
      return story.has(plain.toLowerCase()) || inDictionary(plain);
    },
    isListed(word) {
      const plain = word.replace(/’/g, "'");
      return story.has(plain.toLowerCase()) || listed(plain);
    },
    isName(word) {
      const plain = word.replace(/’/g, "'");
      return story.has(plain.toLowerCase()) || (listed(plain) && !listed(plain.toLowerCase()));
    },
    dictionarySuggestions(word, budget = { left: SEARCH_BUDGET }) {
      const seen = new Set(storyWordsNear(word, (forms ??= storyForms(storyWords))));
      const plain = word.replace(/’/g, "'");
      for (const c of checkersOf()) {
        if (budget.left <= 0) break;
        for (const s of suggestWithin(c, plain, budget)) seen.add(s);
      }
      return [...seen];
    },
    withWords(words) {
      return makeSpeller(checkersOf, cache, words);
    },
  };
}

/**
 * A speller over the dictionaries that also accepts `storyWords` (character names, aliases, the
 * writer's added words). The dictionaries are built (a few hundred milliseconds each from the
 * two files, a few milliseconds from compiled forms) when a word is first looked up, once for
 * every speller made from this one: a story with no words, or a run that never spells, does
 * not pay for them.
 */
export function createSpeller(
  dicts: readonly DictionaryData[],
  storyWords: readonly string[] = [],
): Speller {
  let checkers: readonly Checker[] | undefined;
  const checkerOf = (d: DictionaryData): Checker =>
    "forms" in d ? checkerFromForms(d.aff, d.forms) : nspell(asText(d.aff), asText(d.dic));
  const checkersOf = () => (checkers ??= dicts.map(checkerOf));
  return makeSpeller(checkersOf, new Map(), storyWords);
}

/**
 * Dictionaries list many one- and two-letter abbreviations ("ci", "po"); a split into one of
 * those is noise, so short parts must be real everyday words.
 */
const SHORT_WORDS: ReadonlySet<string> = new Set(
  "a i am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya ye".split(
    " ",
  ),
);

function isWordPart(part: string, speller: Speller): boolean {
  return part.length <= 2 ? SHORT_WORDS.has(part.toLowerCase()) : speller.isListed(part);
}

/** "a" before a vowel is "an" in English, so "aits" is no "a its". */
const A_BEFORE_VOWEL = /^a [aeio]/i;

/**
 * Two-word readings of a word that lost its space ("hereven" -> "her even"), the longest first
 * word first, at most three.
 */
export function splitFixes(word: string, speller: Speller): string[] {
  const fixes: string[] = [];
  for (let i = word.length - 1; i >= 1 && fixes.length < 3; i--) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const rightWord = right === "i" ? "I" : right;
    const fix = `${left} ${rightWord}`;
    if (isWordPart(left, speller) && isWordPart(rightWord, speller) && !A_BEFORE_VOWEL.test(fix))
      fixes.push(fix);
  }
  return fixes;
}

/**
 * A split ending on the article "a" ("gunner a" of "gunnera", "sof a" of "sofa"): an article
 * that ends the run of letters is most often the word's own last letter, so a close single word
 * is likelier. One opening the split ("a lot" of "alot") is a word of its own.
 */
const ENDS_ON_ARTICLE = / a$/i;

/** The splits worth offering first: none ending on a lone article. */
function firstSplits(word: string, speller: Speller): string[] {
  return splitFixes(word, speller).filter((fix) => !ENDS_ON_ARTICLE.test(fix));
}

/**
 * English's closed classes (articles, pronouns, prepositions, conjunctions, auxiliaries): a
 * word that lost its space nearly always meets one ("hereven", "thedoor", "alot"), while two
 * content words run together are most often a closed compound the lists lack ("shoebox").
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those my your his her its our their me him us them i you he she it we
  they who what which whose whom there here of to in on at by for from with as into onto upon
  off out up down over under about after before than then and or but nor so yet if not no is am
  are was were be been being have has had do does did will would shall should can could may
  might must all any some each every`.split(/\s+/),
);

/** A split to name in the note: one of its two words is a function word. */
function isRunTogether(fix: string): boolean {
  return fix
    .toLowerCase()
    .split(" ")
    .some((w) => FUNCTION_WORDS.has(w));
}

/**
 * Everything to offer for a misspelt word: the splits first, then dictionary suggestions, then a
 * split ending on a lone article.
 */
export function suggestSpelling(word: string, speller: Speller): string[] {
  const splits = splitFixes(word, speller);
  const out = new Set(splits.filter((fix) => !ENDS_ON_ARTICLE.test(fix)));
  // The dictionaries spell with a straight apostrophe: a word typed with a curly one is offered
  // its fixes with the writer's own ("shouldn’t"), or taking one would mix the two in the story.
  const curly = word.includes("’") && !word.includes("'");
  const found = speller.dictionarySuggestions(word).map((s) => (curly ? s.replace(/'/g, "’") : s));
  // Two letters typed in the wrong order are the commonest slip, and nspell ranks such a word
  // with every other single edit ("teh": ten, eh, meh, tea, tech, ted, tee, tel, then the).
  const swapped = found.filter((s) => isSwap(word, s));
  for (const s of [...swapped, ...found]) out.add(s);
  for (const fix of splits) out.add(fix);
  return [...out].slice(0, 8);
}

/** Whether `b` is `a` with two neighbouring letters swapped (case aside). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return (
    i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2)
  );
}

/** Everyday informal words and interjections that Hunspell's English lists lack. */
const INFORMAL: ReadonlySet<string> = new Set(informalWords);

function isKnown(word: string, lexicon: Lexicon): boolean {
  return INFORMAL.has(word) || lexicon.knownWords.has(word);
}

const HAS_DIGIT = /\d/;
const ALL_CAPS = /^\p{Lu}[\p{Lu}'’]+$/u;
/** Mixed case inside a word (McAllister, iPhone) marks a name or brand the speller cannot know. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Letters stretched for effect ("Nooooo", "owww"). */
const STRETCHED = /(\p{L})\1\1/u;
const POSSESSIVE = /['’]s$/u;

/** Verdicts per speller and lexicon, so a word seen before costs one map lookup. */
const verdicts = new WeakMap<Speller, WeakMap<Lexicon, Map<string, boolean>>>();

function verdictsFor(speller: Speller, lexicon: Lexicon): Map<string, boolean> {
  let byLexicon = verdicts.get(speller);
  if (!byLexicon) verdicts.set(speller, (byLexicon = new WeakMap()));
  let map = byLexicon.get(lexicon);
  if (!map) byLexicon.set(lexicon, (map = new Map()));
  return map;
}

function isAcceptable(part: string, speller: Speller, lexicon: Lexicon): boolean {
  if (part.length < 2 || HAS_DIGIT.test(part) || ALL_CAPS.test(part) || INNER_CAPITAL.test(part))
    return true;
  if (STRETCHED.test(part)) return true;
  if (speller.isCorrect(part) || isKnown(normaliseWord(part), lexicon)) return true;
  if (isRegularDerivation(part.toLowerCase(), speller)) return true;
  if (isNamePlural(part, speller)) return true;
  const plain = withoutAccents(part);
  if (plain !== part && speller.isCorrect(plain)) return true;
  const apostrophe = part.search(/['’]/);
  if (apostrophe > 0) {
    const base = POSSESSIVE.test(part) ? part.slice(0, -2) : part.slice(0, apostrophe);
    return base.length < 2 || speller.isCorrect(base) || isKnown(normaliseWord(base), lexicon);
  }
  return false;
}

/**
 * A family or a crowd called by a name ("the Weasleys", "two Marys", "the Joneses"): English
 * makes any name's plural, which no dictionary lists. Only names: "Thes" is no plural.
 */
function isNamePlural(part: string, speller: Speller): boolean {
  if (part.length < 4 || !/^\p{Lu}\p{Ll}+s$/u.test(part)) return false;
  const stems = [part.slice(0, -1)];
  if (/(?:s|x|z|ch|sh)es$/.test(part)) stems.push(part.slice(0, -2));
  return stems.some((stem) => speller.isName(stem));
}

/** A noun: the dictionary lists its possessive (Hunspell's en lists give nouns "'s"). */
function isNoun(word: string, speller: Speller): boolean {
  return speller.isListed(word) && speller.isListed(word + "'s");
}

/**
 * Endings of abstract and verbal nouns, which Hunspell's lists often give no plural though
 * English readily makes one ("pollutions", "acquirements", "excellences", "solitudes",
 * "windings").
 */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ence|ance|tude|ity|ing)$/;

/** Endings of adjectives that take un- ("uncourteous", "unpoetical", "ungraspable"). */
const ADJECTIVE = /(?:able|ible|ous|al|ful|ive|ic|ent|ant|ly)$/;

/**
 * A regular derivation of a listed word that Hunspell's lists lack in that form: an abstract
 * noun's plural, -able -> -ably, and un- on an adjective or such an adverb ("unmanageably").
 * Narrow on purpose: noun + less, adjective + ness and un- on a participle accept one-letter
 * slips of common words ("carless", "rindness", "untorched"; see
 * tests/core/notes/spelling-typos.test.ts), so they are left to the dictionary.
 */
function isRegularDerivation(word: string, speller: Speller): boolean {
  if (word.startsWith("un") && word.length >= 7) {
    const base = word.slice(2);
    if (ADJECTIVE.test(base) && speller.isListed(base)) return true;
    if (isSuffixed(base, speller)) return true;
  }
  return isSuffixed(word, speller);
}

function isSuffixed(word: string, speller: Speller): boolean {
  if (/[ai]bly$/.test(word)) return speller.isListed(word.slice(0, -1) + "e");
  const noun = word.slice(0, -1);
  return word.endsWith("s") && ABSTRACT_NOUN.test(noun) && isNoun(noun, speller);
}

/** "café" -> "cafe", "æsthetic" -> "aesthetic": the dictionaries list most borrowings bare. */
function withoutAccents(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe");
}

/**
 * A later part of a hyphenated compound that is a regular inflection of a word: a plural
 * ("year-olds", "forget-me-nots") or an adjective in -ed from a noun or verb that takes -s
 * ("kind-hearted", "good-natured", "good-humouredly"). Alone, such parts are no words.
 */
function isInflectedPart(part: string, speller: Speller): boolean {
  const word = part.toLowerCase();
  if (/[^s]s$/.test(word) && word.length >= 4 && speller.isListed(word.slice(0, -1))) return true;
  const adjective = word.endsWith("edly") ? word.slice(0, -2) : word;
  if (!adjective.endsWith("ed")) return false;
  // "natured": nature + d; "hearted": heart + ed. The base must take -s ("goed" has no "gos").
  for (const base of [adjective.slice(0, -1), adjective.slice(0, -2)])
    if (base.length >= 3 && speller.isListed(base) && speller.isListed(base + "s")) return true;
  return false;
}

/** "goin'", "nothin’": -ing with its g dropped, marked by the apostrophe that follows. */
function isDroppedG(part: string, next: string | undefined, speller: Speller): boolean {
  return (next === "'" || next === "’") && /in$/i.test(part) && speller.isListed(part + "g");
}

/**
 * Spelling notes for one paragraph. Hyphenated words are checked part by part; numbers, ALL-CAPS
 * words (acronyms, shouted interjections), stretched words and single letters are skipped.
 */
export function spellingNotes(
  text: string,
  offset: number,
  paragraph: number,
  speller: Speller,
  lexicon: Lexicon,
): Note[] {
  const notes: Note[] = [];
  const seen = verdictsFor(speller, lexicon);
  for (const token of tokenize(text)) {
    let start = token.from;
    const parts = token.text.split("-");
    for (const [i, part] of parts.entries()) {
      const from = start;
      start += part.length + 1;
      let ok = seen.get(part);
      if (ok === undefined) seen.set(part, (ok = isAcceptable(part, speller, lexicon)));
      if (ok) continue;
      if (i > 0 && parts[i - 1]!.length > 0 && isInflectedPart(part, speller)) continue;
      if (isDroppedG(part, text[from + part.length], speller)) continue;
      const fixes = firstSplits(part, speller).filter(isRunTogether);
      const name = CAPITALISED.test(part) && !isSentenceStart(text, token.from);
      let message = `"${part}" is not in the dictionary.`;
      if (name) message = nameMessage(part);
      else if (fixes.length > 0)
        message = `"${part}" is not in the dictionary; a missing space ("${fixes[0]}")?`;
      notes.push({
        kind: "spelling",
        // A capitalised unknown word mid-sentence is most likely a name or brand (Zippo, Sunnydale).
        severity: name ? "info" : "warning",
        paragraph,
        from: offset + from,
        to: offset + from + part.length,
        text: part,
        message,
        fixes,
        key: `spelling:${normaliseWord(part)}`,
      });
    }
  }
  return notes;
}

/** The message of an unknown word read as a name. */
export function nameMessage(word: string): string {
  return `"${word}" is not in the dictionary; if it is a name, add it to the story dictionary.`;
}

const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_END = /(?:^|[.!?…:;—–(\n])["“”'‘’\s]*$/u;

/** Whether the word at `from` starts a sentence, a quote or the paragraph. */
function isSentenceStart(text: string, from: number): boolean {
  return (
    SENTENCE_END.test(text.slice(Math.max(0, from - 12), from)) ||
    /^["“‘'\s]*$/.test(text.slice(0, from))
  );
}
