/**
 * Finding the stretches of dialogue in a story.
 *
 * The quote style is decided once per story: double quotes (straight or curly), or single quotes
 * as British publishing sets dialogue. In single-quote stories the closing mark is the same
 * character as an apostrophe, so a candidate closing mark is weighed: one after punctuation
 * ("Right,’ she said") closes at once; one after a letter ("Go away’ she said", but also
 * "goin’ home", "the dogs’ bowls") closes only when no better close comes before the paragraph
 * ends or the next quote opens. A quote left open at the end of a paragraph ends there; the next
 * paragraph's opening mark starts a new quote, as with any quote interrupted by a tag.
 *
 * Either family is read in both forms, straight and curly, since writers mix them (pasted text, a
 * phone without smart quotes). A story clearly set in curly single quotes is told apart, because
 * there a straight ' is the odd line typed without smart quotes, and may open a quote on a word
 * that an elision also spells ('Is this real?').
 */

import type { StoryText } from "../story";
import { SPEECH_VERBS } from "./cues";
import { isNamedWords } from "./named-words";

const SPEECH_VERB_SOURCE = [...SPEECH_VERBS].join("|");

/**
 * How the story marks dialogue: double or single quotes (single ones "+curly" when the story
 * clearly sets them curly), and whether its paragraphs of speech open with a dash instead
 * ("—Come up, Kinch!", "--What is your name?"), as Irish and European fiction sets it.
 */
export type QuoteStyle =
  "double" | "single" | "single+curly" | "double+dash" | "single+dash" | "single+curly+dash";

/** One stretch of quoted words, before anyone is said to speak it. */
export interface QuoteSpan {
  readonly paragraph: number;
  /** Index within the paragraph, from 0. */
  readonly index: number;
  /** Offsets of the quoted words in the file's text, quote marks excluded. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** The opening mark as written. */
  readonly open: string;
  /** The closing mark as written; "" when the quote runs to the end of its paragraph. */
  readonly close: string;
  /** Speech opened by a dash: it has no closing mark but does not run on to the next paragraph. */
  readonly dash?: boolean;
}

/** A quote inside one paragraph, offsets relative to the paragraph's text. */
export interface LocalQuote {
  readonly from: number;
  readonly to: number;
  readonly open: string;
  readonly close: string;
  readonly dash?: boolean;
}

const DOUBLE_MARKS = /["\u201c\u201d]/g;
/** A single closing mark right after dialogue punctuation: the surest sign of single-quote style. */
const SINGLE_CLOSE_AFTER_PUNCT = /[.,!?\u2026\u2014-]['\u2019](?=\s|$)/g;
/** An opening single mark at a word start: "‘Right" or " 'Right". */
const SINGLE_OPEN = /(?:^|[\s([\u2014])['\u2018](?=[\p{L}\p{N}\u2026.])/gu;

/** Elisions that start with an apostrophe, so a straight ' before them opens nothing. */
const ELISIONS = new Set([
  "em",
  "tis",
  "twas",
  "cause",
  "cos",
  "coz",
  "n",
  "til",
  "till",
  "bout",
  "round",
  "ere",
  "appen",
  "ow",
  "preciate",
  "scuse",
  "nuff",
  "kay",
  "s",
  "t",
  "d",
  "ll",
  "re",
  "ve",
  "m",
  "ey",
  "im",
  "er",
  "alf",
  "ome",
  "ello",
  "ad",
  "ave",
  "is",
  "e",
  "un",
  "uns",
  "owt",
  "nowt",
  "ang",
]);

/**
 * Elisions that are also words a line may open on ('Is it?', 'Round the back.', 'Till Monday.',
 * 'Er, no.', 'Ow!'). Capitalised, in a curly story, before a sure straight close, they open.
 */
const ELISIONS_LIKE_WORDS = new Set(["is", "round", "till", "er", "ow"]);

/** A straight closing mark right after dialogue punctuation, as `closeStrength` rates 3. */
const SURE_STRAIGHT_CLOSE = /[.,!?\u2026\u2014\u2013;:-]'(?=\s|$)/g;

/** A story is clearly curly when three in four of its single marks are. */
const CURLY_SHARE = 3;

const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isClosePunct = (ch: string | undefined): boolean =>
  ch !== undefined && /[.,!?\u2026\u2014\u2013;:-]/.test(ch);

/** What one paragraph's marks say about the quote style: pure, cache by text. */
export interface QuoteMarks {
  readonly doubles: number;
  readonly singles: number;
  /** Of `singles`, those written curly (‘ or ’). */
  readonly curlySingles: number;
  /** Opens with a speech dash. */
  readonly dash: boolean;
  /** Opens with a speech dash before a capital and holds no quote mark: a line of dash speech. */
  readonly dashLine: boolean;
  /** Holds a curly opening double mark, a curly opening single mark, a straight double mark. */
  readonly doubleOpen: boolean;
  readonly singleOpen: boolean;
  readonly straight: boolean;
}

/** Counts one paragraph's quote marks for `detectQuoteStyle`. */
export function quoteMarks(text: string): QuoteMarks {
  let singles = 0;
  let curlySingles = 0;
  for (const m of text.matchAll(SINGLE_CLOSE_AFTER_PUNCT)) {
    singles++;
    if (m[0].endsWith("\u2019")) curlySingles++;
  }
  for (const m of text.matchAll(SINGLE_OPEN)) {
    const curly = m[0].endsWith("\u2018");
    if (curly || !ELISIONS.has(leadingWord(text, m.index + m[0].length))) singles++;
    if (curly) curlySingles++;
  }
  const doubles = text.match(DOUBLE_MARKS)?.length ?? 0;
  const dash = DASH_OPEN.test(text);
  return {
    doubles,
    singles,
    curlySingles,
    dash,
    dashLine:
      dash && doubles === 0 && singles === 0 && DASH_LINE.test(text) && SPOKEN_END.test(text),
    doubleOpen: text.includes("\u201c"),
    singleOpen: text.includes("\u2018"),
    straight: text.includes('"'),
  };
}

/**
 * Decides whether the story sets dialogue in double or single quotes. Counts double marks
 * against single marks that close after punctuation or open at a word start. `marksOf` reads
 * one paragraph (an incremental caller caches it by text).
 */
export function detectQuoteStyle(
  story: StoryText,
  marksOf: (text: string) => QuoteMarks = quoteMarks,
): QuoteStyle {
  const all = story.paragraphs.map((p) => marksOf(p.text));
  let doubles = 0;
  let singles = 0;
  let curlySingles = 0;
  for (const m of all) {
    doubles += m.doubles;
    singles += m.singles;
    curlySingles += m.curlySingles;
  }
  // Single marks are counted as opens plus closes, double marks likewise: compare like with like.
  const family = singles > doubles ? "single" : "double";
  const curly = family === "single" && curlySingles >= CURLY_SHARE * (singles - curlySingles);
  const marks = curly ? "single+curly" : family;
  // Dashes count when they open at least three paragraphs and more paragraphs than quote marks
  // do, or when a scene is written in them.
  let dashed = 0;
  let marked = 0;
  for (const m of all) {
    if (m.dash) dashed++;
    else if ((family === "double" ? m.doubleOpen : m.singleOpen) || m.straight) marked++;
  }
  if (dashed < 3) return marks;
  return dashed > marked || hasDashScene(story, all) ? `${marks}+dash` : marks;
}

/** Lines of dash speech a scene holds at least, each at most `DASH_SCENE_GAP` paragraphs apart. */
const DASH_SCENE_LINES = 3;
const DASH_SCENE_GAP = 1;

/**
 * A scene written in speech dashes in a story that otherwise sets its dialogue in quotation
 * marks: three lines of dash speech (`dashLine`), each with at most one other paragraph (a beat
 * of narration) since the last and no scene break between. An em-dash inside the narration never
 * opens a paragraph, and a paragraph opening on one now and then (an epigraph's "— Keats", a
 * sentence resumed) stands alone.
 */
function hasDashScene(story: StoryText, all: readonly QuoteMarks[]): boolean {
  let lines = 0;
  let since = 0;
  for (let i = 0; i < all.length; i++) {
    if (story.paragraphs[i]!.isBreak) lines = 0;
    else if (all[i]!.dashLine) {
      lines = since <= DASH_SCENE_GAP ? lines + 1 : 1;
      since = 0;
      if (lines >= DASH_SCENE_LINES) return true;
    } else since++;
  }
  return false;
}

/**
 * A paragraph that opens with a speech dash: "—Come up", "-- What is your name?", or an en dash
 * ("– Kom hit", as Swedish sets speech and Word makes of a typed " - ").
 */
const DASH_OPEN = /^\s*(?:\u2014|\u2013|--)\s*(?=[\p{L}\p{N}"'\u2018\u201c.\u2026])/u;
/** A speech dash before a capital: "— They’ve had yours", not "— and then the rain". */
const DASH_LINE = /^\s*(?:\u2014|\u2013|--)\s*\p{Lu}/u;
/**
 * How a line of speech ends: a sentence's stop, a comma before its tag or a dash cut off. A
 * list's items set with dashes ("– Twine", "– A new padlock") end without one.
 */
const SPOKEN_END = /[.!?\u2026,;:\u2014\u2013-]["'\u2019\u201d)]*\s*$/u;

/** Who speaks before the verb: "he", "Stephen", "Buck Mulligan". */
const DASH_SUBJECT = String.raw`he|she|I|they|we|(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,2}\p{Lu}[\p{L}'\u2019-]*`;
/** A name after its verb: whole words, a title's stop the only one ("said Mr. Dedalus. Then"). */
const DASH_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Fr|St)\.\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\s+){0,2}\p{Lu}[\p{L}'\u2019-]*`;
/**
 * How a tag goes on: it ends, or an adverb or a phrase follows ("sternly", "in a kind voice",
 * "to himself", "his face in the mirror"). "I said the green one" and "he said you'd forget"
 * are the speech itself, which has no closing mark to tell it from a tag.
 */
const DASH_TAG_END = String.raw`(?=\s*(?:[,.;:!?\u2014\u2013\u2026-]|$)|\s+(?:\p{Ll}+ly|again|then|now|back|once|too|aloud|not|and|but|as|at|by|for|in|into|on|to|toward|towards|with|without|from|over|through|after|before|across|under|behind|round|around|up|down|out|off|him|her|them|me|us|his|their|my)\b)`;

/**
 * Where a dash speech pauses for its tag: ", Stephen said quietly", "! he said sternly",
 * ", said Mr. Dedalus", ", said Buck Mulligan". Matched at the punctuation that ends the
 * spoken part.
 */
const DASH_TAG = new RegExp(
  String.raw`[,.!?\u2026]\s+(?:(?:${DASH_SUBJECT})\s+(?:\p{Ll}+ly\s+)?(?:${SPEECH_VERB_SOURCE})|(?:${SPEECH_VERB_SOURCE})\s+(?:he|she|I|${DASH_NAME}))\b${DASH_TAG_END}`,
  "gu",
);

/** Speech in a paragraph that opens with a dash; the narration of its tag is left out. */
function dashQuotes(text: string): LocalQuote[] {
  const open = DASH_OPEN.exec(text);
  if (!open) return [];
  const mark = open[0].trim();
  const out: LocalQuote[] = [];
  let from = open[0].length;
  DASH_TAG.lastIndex = from;
  const tag = DASH_TAG.exec(text);
  if (!tag) {
    pushDash(out, text, from, text.length, mark);
    return out;
  }
  pushDash(out, text, from, tag.index + 1, mark);
  // After the tag's sentence the same speaker goes on: "…he said gaily. Your absurd name…",
  // unless the narration does ("…said Frank. He looked at her."), up to a dash that resumes.
  const end = /[.!?\u2026]\s+(?=\S)/g;
  end.lastIndex = tag.index + tag[0].length;
  const rest = end.exec(text);
  if (rest) {
    from = rest.index + rest[0].length;
    if (NARRATED_AFTER_TAG.test(text.slice(from))) {
      // After a sentence's end: a spaced dash inside a sentence is a parenthesis ("the wall –
      // or the edge of it –"), as British prose sets one.
      const resumed = /[.!?\u2026]["'\u2019\u201d]?\s+(?:\u2014|\u2013|--)\s*(?=\S)/g;
      resumed.lastIndex = from;
      const dash = resumed.exec(text);
      if (dash) pushDash(out, text, dash.index + dash[0].length, text.length, "");
    } else pushDash(out, text, from, text.length, "");
  }
  return out;
}

/**
 * A sentence after a dash speech's tag that is the narration's, not more speech: "he", "she" or
 * "they" doing something in the past ("He looked at Bernie."). Speech after a tag seldom tells
 * of a third person in the past tense in its first words ("He thinks you're not a gentleman").
 */
const NARRATED_AFTER_TAG =
  /^(?:He|She|They)\s+(?:\p{Ll}+ed|was|were|had|went|came|took|put|sat|stood|got|gave|made|left|set|held|kept|ran|shook|threw|began|turned|looked)\b/u;

function pushDash(out: LocalQuote[], text: string, from: number, to: number, open: string): void {
  let end = to;
  while (end > from && /[\s\u2014\u2013-]/.test(text[end - 1]!)) end--;
  if (end > from) out.push({ from, to: end, open, close: "", dash: true });
}

function leadingWord(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordChar(text[end])) end++;
  return text.slice(at, end).toLowerCase();
}

/** Finds the quotes in one paragraph's text. Pure; callers may cache by (text, style). */
export function quotesInParagraph(text: string, style: QuoteStyle): readonly LocalQuote[] {
  if (style.endsWith("+dash") && DASH_OPEN.test(text)) return dashQuotes(text);
  if (style.startsWith("double")) return doubleQuotes(text);
  return singleQuotes(text, style.startsWith("single+curly"));
}

function doubleQuotes(text: string): LocalQuote[] {
  const out: LocalQuote[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '"' && ch !== "\u201c" && ch !== "\u201d") continue;
    if (openAt < 0) {
      if (ch !== "\u201d") openAt = i;
      continue;
    }
    if (ch === "\u201c") {
      // A new curly opening inside an open quote: the previous one was never closed.
      push(out, text, openAt, i, "");
      openAt = i;
      continue;
    }
    push(out, text, openAt, i, ch);
    openAt = -1;
  }
  if (openAt >= 0) push(out, text, openAt, text.length, "");
  return out;
}

function isSingleOpen(text: string, i: number, curlyStory: boolean): boolean {
  const ch = text[i];
  if (ch !== "'" && ch !== "\u2018") return false;
  const prev = text[i - 1];
  if (!(
    isSpace(prev) ||
    prev === "(" ||
    prev === "[" ||
    prev === "\u2014" ||
    prev === '"' ||
    prev === "\u201c"
  )) {
    return false;
  }
  const next = text[i + 1];
  if (next === undefined || isSpace(next)) return false;
  if (ch === "\u2018") return true;
  const word = leadingWord(text, i + 1);
  return (
    !ELISIONS.has(word) || (curlyStory && opensLikeWord(text, i, word)) || resumesAfterTag(text, i)
  );
}

/**
 * A line closed, tagged, and a comma: "'Sergeant,' Anand said, 'is there ...'". What follows is
 * the line going on, whose own opening mark comes first; an elision there would need a second
 * mark (''is hat'), so the mark opens even on a word an elision spells. Only when a sure close
 * follows in the paragraph, as in opensLikeWord: after a tag's comma the narration may go on
 * itself ("she said, heading off, 'cause she was late."), and then the elision stays one.
 */
const TAG_THEN_COMMA = new RegExp(
  String.raw`[.,!?\u2026\u2014-]['\u2019]\s[^'\u2018\u2019"\u201c\u201d]{0,60}\b(?:${SPEECH_VERB_SOURCE})\b[^.!?'\u2018\u2019"\u201c\u201d]{0,40},\s+$`,
  "u",
);

function resumesAfterTag(text: string, i: number): boolean {
  return TAG_THEN_COMMA.test(text.slice(Math.max(0, i - 120), i)) && sureCloseAfter(text, i + 1);
}

/**
 * In a curly story, a straight ' before a capitalised word that an elision also spells ('Is
 * this real?') opens a quote when a sure straight close follows it in the paragraph: a line
 * typed without smart quotes, whose close would otherwise be left without an opening.
 */
function opensLikeWord(text: string, i: number, word: string): boolean {
  if (!ELISIONS_LIKE_WORDS.has(word) || !/\p{Lu}/u.test(text[i + 1]!)) return false;
  return sureCloseAfter(text, i + 1 + word.length);
}

/** Whether a sure straight close (after dialogue punctuation) comes at or after `from`. */
function sureCloseAfter(text: string, from: number): boolean {
  SURE_STRAIGHT_CLOSE.lastIndex = from;
  return SURE_STRAIGHT_CLOSE.test(text);
}

/** How good a closing candidate is: 3 sure, 2 likely, 1 possible (plural possessive, "goin’ "). */
function closeStrength(text: string, i: number): number {
  const ch = text[i];
  if (ch !== "'" && ch !== "\u2019") return 0;
  const next = text[i + 1];
  if (isWordChar(next)) return 0;
  const prev = text[i - 1];
  if (isSpace(prev)) return 0;
  if (isClosePunct(prev)) return 3;
  if (next === undefined || !isSpace(next)) return 2;
  // Letter, mark, space: "Go away’ she said" or "the dogs’ bowls" / "rock ’n’ roll".
  const after = text.slice(i + 1).match(/^\s+(\p{Ll})/u);
  if (after && (prev === "s" || prev === "n" || prev === "S" || prev === "N")) return 1;
  return 2;
}

function singleQuotes(text: string, curlyStory: boolean): LocalQuote[] {
  const out: LocalQuote[] = [];
  let openAt = -1;
  let best = -1;
  let bestStrength = 0;
  const settle = (): void => {
    // Close at the best weak candidate seen; a "possible" one only if nothing better came.
    if (best >= 0 && bestStrength >= 1) push(out, text, openAt, best, text[best]!);
    else push(out, text, openAt, text.length, "");
    openAt = -1;
    best = -1;
    bestStrength = 0;
  };
  for (let i = 0; i < text.length; i++) {
    if (openAt < 0) {
      if (isSingleOpen(text, i, curlyStory)) openAt = i;
      continue;
    }
    const strength = i > openAt + 1 ? closeStrength(text, i) : 0;
    if (strength === 3) {
      push(out, text, openAt, i, text[i]!);
      openAt = -1;
      best = -1;
      bestStrength = 0;
      continue;
    }
    if (strength > bestStrength) {
      best = i;
      bestStrength = strength;
    }
    if (
      best >= 0 &&
      isSingleOpen(text, i, curlyStory) &&
      (text[i] === "\u2018" || bestStrength >= 2)
    ) {
      settle();
      openAt = i;
    }
  }
  if (openAt >= 0) {
    if (bestStrength === 2) settle();
    else push(out, text, openAt, text.length, "");
  }
  return out;
}

function push(
  out: LocalQuote[],
  text: string,
  openAt: number,
  closeAt: number,
  close: string,
): void {
  let to = closeAt;
  if (close === "") while (to > openAt + 1 && isSpace(text[to - 1])) to--;
  if (to <= openAt + 1) return;
  out.push({ from: openAt + 1, to, open: text[openAt]!, close });
}

/**
 * One paragraph's quotes that someone speaks: words the narration names ('was called "the
 * annex."') take no turn, no one speaks them.
 */
export function spokenInParagraph(
  text: string,
  style: QuoteStyle,
  quotesOf: typeof quotesInParagraph = quotesInParagraph,
): readonly LocalQuote[] {
  return quotesOf(text, style).filter((q) => !isNamedWords(text, q));
}

/** Every quote in the story, in order, with file offsets. The style is decided once. */
export function findQuotes(
  story: StoryText,
  style: QuoteStyle = detectQuoteStyle(story),
  /**
   * One paragraph's quotes (an incremental caller caches them by text and style). Ignored
   * when `spokenOf` is given.
   */
  quotesOf: typeof quotesInParagraph = quotesInParagraph,
  /** One paragraph's spoken quotes: an incremental caller caches them too, the named-words test being a regex per quote. */
  spokenOf: typeof quotesInParagraph = (text, s) => spokenInParagraph(text, s, quotesOf),
): readonly QuoteSpan[] {
  const out: QuoteSpan[] = [];
  story.paragraphs.forEach((p, paragraph) => {
    if (p.isBreak) return;
    spokenOf(p.text, style).forEach((q, index) => {
      out.push({
        paragraph,
        index,
        from: p.offset + q.from,
        to: p.offset + q.to,
        text: p.text.slice(q.from, q.to),
        open: q.open,
        close: q.close,
        ...(q.dash ? { dash: true } : {}),
      });
    });
  });
  return out;
}
