/**
 * Hard-wrapped text. A draft typed in an editor that wraps at a column (or a Project Gutenberg
 * text) breaks every paragraph into lines of about the same length, mid-sentence; those breaks
 * are not the writer's. A line that the next line's first word would still have fitted on was
 * ended by the writer (a poem's, an address's, a list's), and keeps its break. Beside
 * `line-paragraphs.ts`, which tells such text from one paragraph per line.
 */

/** The fewest inner lines that tell a story's habit, not one paragraph's. */
const MIN_LINES = 8;
/** A wrap column: narrower is verse or a list, wider is not a column at all. */
const MIN_WIDTH = 55;
const MAX_WIDTH = 100;
/**
 * The column is read as the 95th percentile of the inner lines' lengths, a little under the
 * true one; a line was wrapped when it and the next line's first word would pass this share of it.
 */
const SLACK = 0.9;
/** Of the inner lines: how many were wrapped, and how many stop mid-sentence. */
const MOST_WRAPPED = 0.75;
const MID_SENTENCE_SHARE = 0.4;
/**
 * Verse of long lines opens most lines with a capital; a wrap opens one with a capital only
 * where a sentence or a name starts there (a German noun too: hence not lower).
 */
const MOST_CAPITALIZED = 0.6;
const CAPITAL = /^\p{Lu}/u;
/** A line that stops mid-sentence: on a letter, a digit, a comma or a dash. */
const MID_SENTENCE = /[\p{L}\p{N},\-–—]$/u;
/** A line that starts an item of its own: a list's bullet or number, a "Name:" label. */
const OWN_LINE = /^(?:[-*•+]\s|\d+[.)]\s|\p{Lu}[\p{L}'’-]*:\s)/u;
/** A dash that ends a line and joins the next with no space ("well-" "known", "cellar—" "the"). */
const CLOSED_DASH = /\S[-–—]$/u;
/** A letter's sign-off: a name alone on the last line after a comma ("your friend," "Nadia"). */
const SIGNATURE = /^(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;

const length = (line: string): number => [...line].length;
const firstWord = (line: string): string => line.split(/\s/u, 1)[0]!;

/**
 * A line of words this much longer than the column that ends a sentence was not made by the
 * wrap: a writer typed it as one line (a paragraph added later, a line pasted in) and broke it
 * themselves. Half again, not a little: the column is read a little under the true one, and a
 * wrap by a window's width in a proportional font leaves lines longer than the rest. A long
 * line that stops mid-sentence is a wrapped one the writer has since written more into.
 */
const OVERRUN = 1.5;

/** Whether `line` was ended by a wrap at `width` rather than by the writer. */
function wrappedAt(line: string, next: string, width: number): boolean {
  const size = length(line);
  if (size > OVERRUN * width && /\s/u.test(line) && !MID_SENTENCE.test(line)) return false;
  return !OWN_LINE.test(next) && size + 1 + length(firstWord(next)) > SLACK * width;
}

/**
 * The column a text's paragraphs were wrapped at, or null when they were not. `paragraphs`:
 * each paragraph's lines, trimmed, with no blank ones.
 */
export function wrapColumn(paragraphs: Iterable<readonly string[]>): number | null {
  const pairs: [string, string][] = [];
  for (const lines of paragraphs)
    for (let i = 0; i + 1 < lines.length; i++) pairs.push([lines[i]!, lines[i + 1]!]);
  if (pairs.length < MIN_LINES) return null;
  const lengths = pairs.map(([line]) => length(line)).sort((a, b) => a - b);
  // The column: the longest line but for a few that overran it (a long word, a URL).
  const width = lengths[Math.floor((lengths.length - 1) * 0.95)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  const wrapped = pairs.filter(([line, next]) => wrappedAt(line, next, width)).length;
  const mid = pairs.filter(([line]) => MID_SENTENCE.test(line)).length;
  const capitals = pairs.filter(([, next]) => CAPITAL.test(next)).length;
  return wrapped >= MOST_WRAPPED * pairs.length &&
    mid >= MID_SENTENCE_SHARE * pairs.length &&
    capitals < MOST_CAPITALIZED * pairs.length
    ? width
    : null;
}

/**
 * For each line of a paragraph but the last (trimmed, no blank ones), whether a wrap at `width`
 * ended it (true) or the writer did. `keepsBreak`: a line the writer broke by hand however long
 * it is (a Markdown hard break), by its index.
 */
export function wrapBreaks(
  lines: readonly string[],
  width: number,
  keepsBreak: (index: number) => boolean = () => false,
): boolean[] {
  return lines.slice(0, -1).map((line, i) => {
    const next = lines[i + 1]!;
    const signed = i === lines.length - 2 && line.endsWith(",") && SIGNATURE.test(next);
    return !signed && !keepsBreak(i) && wrappedAt(line, next, width);
  });
}

/**
 * A paragraph's lines (trimmed, no blank ones) with the lines a wrap at `width` ended joined to
 * the next: by a space, or by nothing after a closed dash. `keepsBreak`: as for `wrapBreaks`.
 */
export function unwrapLines(
  lines: readonly string[],
  width: number,
  keepsBreak: (index: number) => boolean = () => false,
): string[] {
  if (lines.length < 2) return [...lines];
  const joins = wrapBreaks(lines, width, keepsBreak);
  const out = [lines[0]!];
  for (const [k, line] of lines.slice(1).entries()) {
    if (!joins[k]) out.push(line);
    else out[out.length - 1] += `${wrapJoint(lines[k]!)}${line}`;
  }
  return out;
}

/** What joins a wrapped line to the next: a space, or nothing after a closed dash ("well-"). */
export function wrapJoint(line: string): string {
  return CLOSED_DASH.test(line) ? "" : " ";
}

/** A Markdown hard break at a line's end: two spaces or a backslash. */
export const MARKDOWN_BREAK = /(?: {2}|\\)$/u;

/**
 * Which of the line breaks in a paragraph's text (as the file has it, any line ending) a wrap at
 * `width` made, one entry per break in order: the reading `unwrapLines` joins by, for a view that
 * shows the wrapped lines as one. A break next to a line with no words stays the writer's; in a
 * Markdown draft so does a Markdown hard break.
 */
export function wrapBreaksIn(text: string, width: number, markdown = false): boolean[] {
  const raw = text.split(/\r\n|\n|\r/u);
  const lines = raw.map((line) => line.trim());
  const breaks = new Array<boolean>(raw.length - 1).fill(false);
  // Runs of lines with words, read as `unwrapLines` reads a paragraph's lines.
  let start = 0;
  for (let end = 0; end <= lines.length; end++) {
    if (end < lines.length && lines[end] !== "") continue;
    const run = lines.slice(start, end);
    const hard = (i: number): boolean => markdown && MARKDOWN_BREAK.test(raw[start + i]!);
    wrapBreaks(run, width, hard).forEach((joined, i) => (breaks[start + i] = joined));
    start = end + 1;
  }
  return breaks;
}
