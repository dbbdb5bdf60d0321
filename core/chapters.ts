/**
 * Chapters: the level above scenes. A chapter starts at a heading line as the writer wrote it
 * (`Chapter 1`, `CHAPTER XII`, `Chapter Three: The Bronze`, `Part Two`, `Prologue`, and in a
 * Markdown draft `#` and `##` headings; a numbered or named one also wholly inside `_` or `*`, as
 * Gutenberg writes `_Chapter I_`) and runs to the next one. Look-alikes are prose, not
 * headings: "Chapter and verse" has no number, a line of dialogue starts with a quote, and a
 * heading is one short line with nothing after its number but a title.
 */

import { compiledOnce } from "./scenes/alternation";
import { inTitleCase, titleSized } from "./title-case";

/** A chapter as the contract lists it (CONTRACT.md, `analyze`). Plain data. */
export interface ChapterInfo {
  readonly index: number;
  readonly title: string;
  /**
   * The heading's paragraph, the top one of a stack of headings (see `ChapterHeading`), or the
   * story's first paragraph for the opening chapter and for a first chapter under the story's
   * title lines (`headingUnderTitles`).
   */
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly words: number;
  /** Indexes of the scenes that start inside the chapter. */
  readonly scenes: readonly number[];
}

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" +
  "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|" +
  "hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final";
/** "12", "XII", "Three", "Twenty-One", "Twenty One". */
const ROMAN = "m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
const NUMBER = `(?:\\d+|(?=[ivxlcdm])${ROMAN}|(?:${NUMBER_WORDS})(?:[\\s-](?:${NUMBER_WORDS}))?)`;
/** What may follow the number: nothing, or a separator and a title. */
const TITLE_TAIL = `(?:\\s*[.:—–-]\\s*(\\S.{0,80}?))?\\s*[.:]?`;
/**
 * The words a numbered heading opens with: "Chap." as older books abbreviate it, and "Letter"
 * as an epistolary novel numbers its letters ("LETTER II", "Letter 4").
 */
const KIND = "(?:chapter|chap\\.|book|part|volume|act|letter)";
const NUMBERED_HEADING = new RegExp(compiledOnce(`^\\s*${KIND}\\s+${NUMBER}${TITLE_TAIL}$`), "iu");
/**
 * A chapter's roman number set before its title, as published novels head chapters ("II. Mrs.
 * Todd", "IV. THE MARKET-PLACE", "I  The Old House"): the numeral in capitals, then a full stop
 * or a wider space (a pronoun "I" is followed by one space), then a title whose words are all
 * capitalised but its small words. "I. I don't know." and "II. Then he left" are sentences.
 */
const ROMAN_UPPER = "(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";
const TITLE_WORD =
  /^(?:[\p{Lu}\d][\p{L}\d'’.,:-]*|of|the|a|an|and|or|in|on|at|to|for|with|from|by|upon)$/u;
const ROMAN_TITLED = new RegExp(`^(\\s*${ROMAN_UPPER}(?:\\.\\s+|\\s{2,}))(\\p{Lu}.*?)(\\s*)$`, "u");
const MAX_TITLE_WORDS = 8;
/** A title's abbreviations, whose full stop ends no sentence ("Mrs. Todd", "St. Ives"). */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Mt|Capt|Col|Gen|Rev|Sir|Jr|Sr|[A-Z])\.$/u;

/** The parts of a roman-numbered title heading (see `ROMAN_TITLED`), or null. */
function romanTitled(line: string): RegExpExecArray | null {
  const m = ROMAN_TITLED.exec(line);
  if (!m) return null;
  const words = m[2]!.split(/\s+/u);
  if (words.length > MAX_TITLE_WORDS || !words.every((w) => TITLE_WORD.test(w))) return null;
  // Words stopped one by one ("I. Am. Not. Kidding.") are a first person's sentence for weight.
  const stops = words.filter((w) => w.endsWith(".") && !ABBREVIATION.test(w)).length;
  return stops >= 2 ? null : m;
}
const NAMED_HEADING = new RegExp(
  `^\\s*(?:prologue|epilogue|interlude|afterword|foreword|preface)${TITLE_TAIL}$`,
  "iu",
);
const MARKDOWN_HEADING = /^\s{0,3}#{1,2}[ \t]+(\S.*?)[ \t#]*$/u;
const MAX_HEADING_LENGTH = 100;
/** A line wholly inside one pair of emphasis marks: Gutenberg's and Markdown's `_Chapter I_`. */
const EMPHASIS = /^(_{1,2}|\*{1,2})(\S(?:.*\S)?)\1$/u;

/** The line without emphasis marks around the whole of it. */
function unemphasised(line: string): string {
  return EMPHASIS.exec(line)?.[2] ?? line;
}

/**
 * Whether a paragraph is a chapter heading. `markdown` also admits `#` and `##` headings.
 * Pure and cheap: one short regex on a short single-line paragraph.
 */
export function isChapterHeading(text: string, markdown = false): boolean {
  // A paragraph longer than any heading, with no space to trim: no copy, no scan.
  if (text.length > MAX_HEADING_LENGTH && trimKeeps(text, 0) && trimKeeps(text, text.length - 1))
    return false;
  const line = text.trim();
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH || line.includes("\n")) return false;
  const plain = unemphasised(line);
  if (NUMBERED_HEADING.test(plain) || NAMED_HEADING.test(plain) || romanTitled(plain)) return true;
  return markdown && MARKDOWN_HEADING.test(line);
}

/** Whether the character at i is none that trim() takes off (`\s` is trim's set). */
function trimKeeps(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c > 0x20 : !/\s/u.test(text[i]!);
}

/** The heading as the outline shows it: the line itself, without Markdown's `#` marks. */
export function chapterTitle(text: string): string {
  const line = text.trim();
  return MARKDOWN_HEADING.exec(line)?.[1] ?? unemphasised(line);
}

/** Whether a file name is a Markdown draft, whose `#` lines are headings. */
export function isMarkdownFile(file: string): boolean {
  return /\.(?:md|markdown)$/iu.test(file);
}

/** "drafts/the-bronze.txt" -> "the-bronze": the title of a story without headings. */
export function titleFromFileName(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? "";
  return base.replace(/\.[^.]+$/u, "") || "Untitled";
}

/**
 * A stack of headings: a part's heading (and its title lines) set over a chapter's own
 * ("BOOK I." / "MISS BROOKE." / "CHAPTER I.", "PART ONE" / "Chapter I: The Bertolini",
 * "# Part Two" / "## Chapter 5"). A reader sees one opening, not a chapter of title lines, so
 * the stack opens one chapter: it starts at the stack's top, and its own heading, the lowest of
 * the stack, titles it and is the line a rename edits. A heading stacks only over one of a
 * lower rank (volume over book or part over chapter): two chapter headings in a row are two
 * chapters, the first empty, as a writer lays chapters out ahead.
 */
export interface ChapterHeading {
  /** The stack's first paragraph: where the chapter starts. */
  readonly first: number;
  /** The chapter's own heading paragraph, the stack's last (`first` when nothing is stacked). */
  readonly own: number;
}

/** A part's title set between stacked headings: a line or two in capitals ("MISS BROOKE."). */
const TITLE_LINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const MAX_TITLE_LINE = 200;
/** Title lines a stack holds between two of its headings at most. */
const MAX_TITLE_LINES = 2;

function isTitleLine(text: string): boolean {
  const line = text.trim();
  return line.length <= MAX_TITLE_LINE && TITLE_LINE.test(line) && !isChapterHeading(line);
}

/**
 * A byline under a manuscript's title: "by" and a name ("by A. N. Other", "By Jo March"), a few
 * words that end no sentence or clause. "By the time…" and "by and by" are prose: the name
 * opens with a capital.
 */
const BYLINE = /^(?:by|By|BY)\s+\p{Lu}[^\r\n]{0,60}$/u;
const MAX_BYLINE_WORDS = 6;
export function isByline(paragraph: string): boolean {
  const line = paragraph.trim();
  return (
    BYLINE.test(line) &&
    !/[!?,;:…"“”]$/u.test(line) &&
    line.split(/\s+/u).length <= MAX_BYLINE_WORDS
  );
}

/**
 * A fic's front matter, labelled ("A/N:", "WARNING: MAJOR CHARACTER DEATH", "Summary -"): the
 * work's notes (export/chapters.ts), not its title, however it is cased.
 */
const FRONT_MATTER_LABEL =
  /^\W*(?:a\/n|author['’]?s['’]? notes?|notes?|summary|disclaimer|warnings?|content warnings?|rating|pairings?|fandom|beta|tw|cw)\W*\s*[:\-—–]/iu;

/**
 * A book's or a fic's title line at the top of the story: a short line of a few words that opens
 * no speech, is no labelled front matter, and is in capitals ("THE SCARLET LETTER") or in title
 * case ending no sentence or clause ("The Lighthouse Keeper's Ledger"), as `titleLine`
 * (export/title.ts) reads a draft's title.
 */
function isOpeningTitle(text: string): boolean {
  const line = text.trim();
  if (!titleSized(line) || FRONT_MATTER_LABEL.test(line)) return false;
  // A capitals line may end on its full stop ("MISS BROOKE."); nothing else ends a title.
  if (/[!?,;:…"“”'‘’—–-]$/u.test(line)) return false;
  return isTitleLine(line) || (!line.endsWith(".") && inTitleCase(line.split(/\s+/u)));
}

/**
 * The heading under a title block that starts at paragraph `first` (`textAt` as `ownHeading`
 * reads it): a title line or two (`isOpeningTitle`), perhaps a byline, then a chapter heading
 * with nothing else between. Null when `first` opens anything else. A careful reader takes such
 * lines at the top of a book as its title page, the first chapter's opening, not a chapter.
 */
export function headingUnderTitles(
  textAt: (paragraph: number) => string | undefined,
  first: number,
  markdown = false,
): number | null {
  let p = first;
  while (p - first < MAX_TITLE_LINES) {
    const text = textAt(p);
    if (text === undefined || isChapterHeading(text, markdown) || !isOpeningTitle(text)) break;
    p++;
  }
  if (p === first) return null;
  if (textAt(p) !== undefined && isByline(textAt(p)!)) p++;
  const heading = textAt(p);
  return heading !== undefined && isChapterHeading(heading, markdown) ? p : null;
}

/**
 * A heading's rank in a stack: a volume 0, a book or a part 1, the rest 2. A Markdown draft's
 * `#` ranks by its words too: "# Part Two" over "## Chapter 5" is a stack, "# Chapter 1" over
 * "## Morning" a chapter and its first subheading.
 */
function headingRank(text: string): number {
  const kind = numberedKind(unemphasised(chapterTitle(text).trim()));
  if (kind === "volume") return 0;
  return kind === "book" || kind === "part" ? 1 : 2;
}

/**
 * The chapter's own heading under the heading at paragraph `first` (`textAt(p)`: paragraph p's
 * text, undefined past the end or at a break line): the lowest heading stacked under it, or
 * `first` itself.
 */
export function ownHeading(
  textAt: (paragraph: number) => string | undefined,
  first: number,
  markdown = false,
): number {
  // A title block over the first heading (`headingUnderTitles`) is the top of its stack.
  const top = isChapterHeading(textAt(first) ?? "", markdown)
    ? first
    : (headingUnderTitles(textAt, first, markdown) ?? first);
  let own = top;
  let rank = headingRank(textAt(top) ?? "");
  for (let p = top + 1, titles = 0; ; p++) {
    const text = textAt(p);
    if (text === undefined) return own;
    if (isChapterHeading(text, markdown)) {
      const next = headingRank(text);
      if (next <= rank) return own;
      own = p;
      rank = next;
      titles = 0;
    } else if (!isTitleLine(text) || ++titles > MAX_TITLE_LINES) return own;
  }
}

/**
 * The chapters' headings among a story's paragraphs (`texts[p]`, null for a break line), in
 * order: each heading line opens a chapter but one stacked under another (see
 * `ChapterHeading`); the first starts at the story's top when only its title lines stand above
 * it (`headingUnderTitles`). Linear.
 */
export function chapterHeadings(
  texts: readonly (string | null)[],
  markdown = false,
): readonly ChapterHeading[] {
  const textAt = (p: number): string | undefined => texts[p] ?? undefined;
  const out: ChapterHeading[] = [];
  texts.forEach((text, p) => {
    if (text === null || (out.length > 0 && p <= out[out.length - 1]!.own)) return;
    if (isChapterHeading(text, markdown))
      out.push({ first: p, own: ownHeading(textAt, p, markdown) });
  });
  // A book's title lines over its first heading open the first chapter (`headingUnderTitles`).
  const opening = out[0];
  if (opening && opening.first > 0 && headingUnderTitles(textAt, 0, markdown) === opening.first)
    out[0] = { first: 0, own: opening.own };
  return out;
}

/**
 * Groups a story's paragraphs into chapters at its heading paragraphs (`headings`, ascending).
 * Paragraphs before the first heading, when there are any, form an opening chapter titled by
 * the file name, as does a story with no heading at all. `wordsOf(p)` counts paragraph p;
 * `sceneStarts` are the scenes' first paragraphs, in order. Linear.
 */
export function groupChapters(
  paragraphCount: number,
  headings: readonly number[],
  headingTitle: (paragraph: number) => string,
  wordsOf: (paragraph: number) => number,
  sceneStarts: readonly number[],
  file: string,
): readonly ChapterInfo[] {
  if (paragraphCount === 0) return [];
  const isHeading = new Set(headings);
  const starts = headings[0] === 0 ? [...headings] : [0, ...headings];
  const chapters: ChapterInfo[] = [];
  let scene = 0;
  starts.forEach((first, k) => {
    const last = k + 1 < starts.length ? starts[k + 1]! - 1 : paragraphCount - 1;
    let words = 0;
    for (let p = first; p <= last; p++) words += wordsOf(p);
    const scenes: number[] = [];
    while (scene < sceneStarts.length && sceneStarts[scene]! <= last) scenes.push(scene++);
    const title = isHeading.has(first) ? headingTitle(first) : titleFromFileName(file);
    chapters.push({ index: k, title, firstParagraph: first, lastParagraph: last, words, scenes });
  });
  return chapters;
}

/** A heading line cut where its title goes: what stays (`## `, `Chapter 3: `) and the title. */
interface HeadingParts {
  readonly prefix: string;
  readonly title: string;
  /** Trailing marks kept as written (a closing `#` run, a final period). */
  readonly suffix: string;
  /** The marks around the whole line (`## `, `_`…`_`), and the numbered heading's word inside. */
  readonly outer: { readonly prefix: string; readonly suffix: string };
  readonly kind: string | null;
}

const NUMBERED_PREFIX = new RegExp(
  compiledOnce(`^(\\s*${KIND}\\s+${NUMBER})(?:(\\s*[.:—–-]\\s*)(\\S.*?))?(\\s*[.:]?)$`),
  "iu",
);
const NAMED_PREFIX = new RegExp(
  `^(\\s*(?:prologue|epilogue|interlude|afterword|foreword|preface))(?:(\\s*[.:—–-]\\s*)(\\S.*?))?(\\s*[.:]?)$`,
  "iu",
);
const MARKDOWN_PARTS = /^(\s{0,3}#{1,2}[ \t]+)(\S.*?)([ \t#]*)$/u;

function headingParts(line: string, markdown: boolean): HeadingParts | null {
  const md = markdown ? MARKDOWN_PARTS.exec(line) : null;
  const em = md ? null : EMPHASIS.exec(line.trim());
  const outer = md
    ? { prefix: md[1]!, inner: md[2]!, suffix: md[3]! }
    : em
      ? { prefix: em[1]!, inner: em[2]!, suffix: em[1]! }
      : null;
  const inner = outer ? outer.inner : line;
  const m = NUMBERED_PREFIX.exec(inner) ?? NAMED_PREFIX.exec(inner);
  if (m) {
    const separator = m[2] ?? "";
    return {
      prefix: (outer?.prefix ?? "") + m[1]! + separator,
      title: m[3] ?? "",
      suffix: m[4]! + (outer?.suffix ?? ""),
      outer: { prefix: outer?.prefix ?? "", suffix: outer?.suffix ?? "" },
      kind: numberedKind(inner),
    };
  }
  const roman = romanTitled(inner);
  if (roman)
    return {
      prefix: (outer?.prefix ?? "") + roman[1]!,
      title: roman[2]!,
      suffix: roman[3]! + (outer?.suffix ?? ""),
      outer: { prefix: outer?.prefix ?? "", suffix: outer?.suffix ?? "" },
      kind: null,
    };
  return outer
    ? { prefix: outer.prefix, title: inner, suffix: outer.suffix, outer, kind: null }
    : null;
}

/** The word of a numbered heading ("chapter" of "Chapter 3: Old"), or null for any other text. */
function numberedKind(text: string): string | null {
  const m = NUMBERED_PREFIX.exec(text);
  const kind = m ? m[1]!.trim().split(/\s+/u)[0]!.toLowerCase() : null;
  return kind === "chap." ? "chapter" : kind;
}

/**
 * Whether a heading counts its chapter ("Chapter 3: Old", "CHAP. II.", "II. Mrs. Todd"), its
 * number then the reader's, not its title's; a named heading ("Prologue", "## Riley") does not.
 */
export function isNumberedHeading(line: string): boolean {
  const inner = unemphasised(chapterTitle(line).trim());
  return NUMBERED_PREFIX.test(inner) || romanTitled(inner) !== null;
}

/**
 * The title a writer renames in a heading line: "Chapter 3: Old" -> "Old", "## Old" -> "Old",
 * "Chapter 3" -> "". Null when the line is no heading.
 */
export function headingTitle(line: string, markdown = false): string | null {
  if (!isChapterHeading(line, markdown)) return null;
  return headingParts(line, markdown)?.title ?? null;
}

/**
 * The heading line with its title replaced, its style kept: "Chapter 3: Old" -> "Chapter 3:
 * New", "## Old" -> "## New", "Chapter 3" -> "Chapter 3: New"; an empty title leaves a numbered
 * heading its number ("Chapter 3"). A whole heading of the line's kind ("Chapter 4: New" for
 * "Chapter 3: Old") replaces the line inside its marks; in a Markdown draft, one typed with its
 * `#` marks replaces the whole line. Null when the line is no heading or the
 * result would not be one (a Markdown heading needs a title), so the text never loses its chapter.
 */
export function renameHeading(line: string, title: string, markdown = false): string | null {
  if (!isChapterHeading(line, markdown)) return null;
  const parts = headingParts(line, markdown);
  if (!parts) return null;
  const clean = title.replace(/\s+/gu, " ").trim();
  // In a Markdown draft, a heading typed with its own marks ("## Chapter Three") is the whole
  // line, not a title after the line's marks ("## ## Chapter Three").
  if (markdown && MARKDOWN_PARTS.test(clean)) return isChapterHeading(clean, true) ? clean : null;
  // A whole heading of the line's own kind typed in the title box ("Chapter Three: Low Water"
  // for "Chapter Two") is the line the writer means, not a title after "Chapter Two: ".
  if (parts.kind !== null && numberedKind(clean) === parts.kind) {
    const whole = `${parts.outer.prefix}${clean}${parts.outer.suffix}`;
    return isChapterHeading(whole, markdown) ? whole : null;
  }
  let prefix = parts.prefix;
  if (!clean) prefix = prefix.replace(/\s*[.:—–-]\s*$/u, "");
  else if (!parts.title && !/[.:—–-]\s*$/u.test(prefix)) prefix = `${prefix}: `;
  else if (!parts.title && !/\s$/u.test(prefix)) prefix = `${prefix} `;
  // Without a title, a trailing period goes with it; a Markdown closing `#` run stays.
  const suffix = clean || parts.suffix.includes("#") ? parts.suffix : "";
  const renamed = `${prefix}${clean}${suffix}`;
  return isChapterHeading(renamed, markdown) ? renamed : null;
}
