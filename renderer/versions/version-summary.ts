/**
 * What the Earlier Versions dialog says of each kept version, as plain functions of text and
 * time: when it was kept in the writer's words ("today 12:41"), its words against the text now,
 * its opening, and the first paragraph where it differs from the text now.
 */

/** A blank line between paragraphs (a line of spaces and tabs counts as blank). */
const SEPARATOR = /\r?\n[ \t]*\r?\n/g;

/** Spaces and line breaks as one space, and none at either end: the words as they read. */
const reading = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Paragraphs as the editor reads them: runs of text between blank lines, none empty, each with
 * its lines (a draft laid out one paragraph per line is one paragraph of lines until the writer
 * separates them, line-paragraphs.ts).
 */
function paragraphsOf(text: string): string[] {
  return text.split(SEPARATOR).filter((p) => /\S/.test(p));
}

/** The lines of a paragraph as they read, none empty. */
const linesOf = (paragraph: string): string[] =>
  paragraph
    .split(/\r?\n/)
    .map(reading)
    .filter((line) => line !== "");

/**
 * Where a paragraph of several lines (in either text) first differs, line by line: the line
 * (1 for its first), and a preview of the version's line from where it parts, or of the line
 * the text now has there when the version's paragraph ends before it (`endsBeforeLine`).
 * Line by line, not by the place in the paragraph's reading: a line added after the last both
 * have, or cut, parts there too, and was named as the line before it, which reads the same.
 */
function lineDifference(
  was: string,
  is: string,
): Pick<Difference, "line" | "paragraph" | "endsBeforeLine"> | null {
  const wasLines = linesOf(was);
  const isLines = linesOf(is);
  if (wasLines.length < 2 && isLines.length < 2) return null;
  for (let i = 0; i < Math.max(wasLines.length, isLines.length); i++) {
    const line = wasLines[i];
    const now = isLines[i];
    if (line === now) continue;
    if (line === undefined) return { line: i + 1, paragraph: preview(now!), endsBeforeLine: true };
    return { line: i + 1, paragraph: previewFrom(line, commonStart(line, now ?? "")) };
  }
  return null;
}

const withoutMark = (text: string): string => text.replace(/^\uFEFF/, "");

/**
 * Where the paragraphs of `text` ending before `at` end (just past the last blank line wholly
 * before it; 0 for none), and how many of them there are. Only that far is read: a novel's
 * versions share most of their text, which need not be split and rewritten to be compared.
 */
function paragraphsBefore(
  text: string,
  at: number,
): { readonly end: number; readonly count: number } {
  let end = 0;
  let count = 0;
  const separator = new RegExp(SEPARATOR.source, "g");
  for (let m = separator.exec(text); m && m.index + m[0].length <= at; m = separator.exec(text)) {
    if (/\S/.test(text.slice(end, m.index))) count++;
    end = m.index + m[0].length;
  }
  return { end, count };
}

/** A preview: the first `limit` characters, cut at a word and marked with an ellipsis. */
export function preview(paragraph: string, limit = 160): string {
  if (paragraph.length <= limit) return paragraph;
  const cut = paragraph.slice(0, limit);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The version's first paragraph, as a preview; "" for an empty text. */
export function openingOf(text: string): string {
  const plain = withoutMark(text);
  const separator = new RegExp(SEPARATOR.source, "g");
  let start = 0;
  // Read up to the first paragraph with text, not the whole story.
  for (let m = separator.exec(plain); m; m = separator.exec(plain)) {
    const [first] = paragraphsOf(plain.slice(start, m.index));
    if (first !== undefined) return preview(reading(first));
    start = m.index + m[0].length;
  }
  return preview(reading(paragraphsOf(plain.slice(start))[0] ?? ""));
}

/** Where two paragraphs part: the length of the text they start with. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A preview of `paragraph` that shows where it parts from the text now: from its start when
 * that is near, else from a word a little before the place, after an ellipsis.
 */
function previewFrom(paragraph: string, parts: number, limit = 160): string {
  const lead = 40;
  if (parts <= limit - lead) return preview(paragraph, limit);
  const space = paragraph.lastIndexOf(" ", parts - lead);
  return `…${preview(paragraph.slice(space + 1), limit)}`;
}

/** Where a version first differs from the text now (`firstDifference`). */
export interface Difference {
  /** A preview of the version's paragraph (or line) from a little before where it differs. */
  readonly paragraph: string;
  /** The paragraph's number, 1 for the first. */
  readonly number: number;
  /** The line of that paragraph, when it has several (a draft of one paragraph per line). */
  readonly line?: number;
  /**
   * The version's paragraph ends before `line`, which the text now has (a line typed on): the
   * preview is then the text now's line.
   */
  readonly endsBeforeLine?: true;
  /** The version ends before paragraph `number`, which the text now has. */
  readonly removed: boolean;
}

/**
 * The first paragraph of `version` that the text now does not have at the same place, as a
 * preview that shows where it parts from it; null when the two read the same paragraph by
 * paragraph. A paragraph of several lines names the line. A version that is the text now cut
 * short (its paragraphs all there) names the first paragraph the text now has beyond it.
 */
export function firstDifference(version: string, now: string): Difference | null {
  const a = withoutMark(version);
  const b = withoutMark(now);
  // The paragraphs wholly inside the text both start with are the same: only what follows
  // them is read paragraph by paragraph (a long novel's five versions took 1.9 s of the page's
  // CPU when each was split whole).
  const { end, count } = paragraphsBefore(a, commonStart(a, b));
  const was = paragraphsOf(a.slice(end));
  const is = paragraphsOf(b.slice(end));
  for (let i = 0; i < Math.max(was.length, is.length); i++) {
    const wasRead = was[i] === undefined ? undefined : reading(was[i]!);
    const isRead = is[i] === undefined ? undefined : reading(is[i]!);
    if (wasRead === isRead) continue;
    const number = count + i + 1;
    if (wasRead === undefined) return { paragraph: preview(isRead!), number, removed: true };
    const parted = lineDifference(was[i]!, is[i] ?? "");
    if (parted) return { ...parted, number, removed: false };
    const paragraph = previewFrom(wasRead, commonStart(wasRead, isRead ?? ""));
    return { paragraph, number, removed: false };
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/**
 * When a version was kept, in local time: "today 12:41", "yesterday 18:02", "3 Dec 09:15", and
 * with the year when it is not this one ("28 Dec 2025 09:15"); with `seconds`, "today 12:41:07"
 * (two versions kept in one minute).
 */
export function whenKept(iso: string, now: Date = new Date(), seconds = false): string {
  const at = new Date(iso);
  const clock = `${pad(at.getHours())}:${pad(at.getMinutes())}${seconds ? `:${pad(at.getSeconds())}` : ""}`;
  const day = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  // Calendar days apart, by local midnight (a daylight-saving day is not 24 hours).
  const daysAgo = Math.round((day(now) - day(at)) / 86_400_000);
  if (daysAgo === 0) return `today ${clock}`;
  if (daysAgo === 1) return `yesterday ${clock}`;
  const date = `${at.getDate()} ${MONTHS[at.getMonth()]}`;
  return at.getFullYear() === now.getFullYear()
    ? `${date} ${clock}`
    : `${date} ${at.getFullYear()} ${clock}`;
}

/** "1,204 words (−36 against now)", "12 words (+3 against now)", "1 word (as many as now)". */
export function wordsAgainst(words: number, wordsNow: number): string {
  const count = `${words.toLocaleString("en-GB")} word${words === 1 ? "" : "s"}`;
  const delta = words - wordsNow;
  if (delta === 0) return `${count} (as many as now)`;
  const sign = delta > 0 ? "+" : "−";
  return `${count} (${sign}${Math.abs(delta).toLocaleString("en-GB")} against now)`;
}
