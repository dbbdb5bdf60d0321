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

/** Whether `line` was ended by a wrap at `width` rather than by the writer. */
function wrappedAt(line: string, next: string, width: number): boolean {
  return !OWN_LINE.test(next) && length(line) + 1 + length(firstWord(next)) > SLACK * width;
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
  return wrapped >= MOST_WRAPPED * pairs.length && mid >= MID_SENTENCE_SHARE * pairs.length
    ? width
    : null;
}

/**
 * A paragraph's lines (trimmed, no blank ones) with the lines a wrap at `width` ended joined to
 * the next: by a space, or by nothing after a closed dash. `keepsBreak`: a line the writer
 * broke by hand however long it is (a Markdown hard break).
 */
export function unwrapLines(
  lines: readonly string[],
  width: number,
  keepsBreak: (line: string) => boolean = () => false,
): string[] {
  if (lines.length < 2) return [...lines];
  const out = [lines[0]!];
  // The line as written before `line`: what the wrap is read on, whatever it was joined to.
  let previous = lines[0]!;
  for (const [k, line] of lines.slice(1).entries()) {
    const signed = k === lines.length - 2 && previous.endsWith(",") && SIGNATURE.test(line);
    if (signed || keepsBreak(previous) || !wrappedAt(previous, line, width)) out.push(line);
    else out[out.length - 1] += `${CLOSED_DASH.test(previous) ? "" : " "}${line}`;
    previous = line;
  }
  return out;
}
