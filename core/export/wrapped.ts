/**
 * Hard-wrapped drafts. A draft typed in an editor that wraps at a column (or a Project Gutenberg
 * text) breaks every paragraph into lines of about the same length, mid-sentence. Those breaks
 * are not the writer's: kept in a formatted export they post as a `<br />` every 70 columns,
 * ragged at any other width. A line that the next line's first word would still have fitted on
 * was ended by the writer (a poem's, an address's, a list's), and keeps its break.
 */
import type { ExportStory } from "./model";
import { paragraphLines, stripForbiddenChars } from "./clean-text";

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
const LINE_BREAK = /\r\n|\r|\n/;
/** A letter's sign-off: a name alone on the last line after a comma ("your friend," "Nadia"). */
const SIGNATURE = /^(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;

const length = (line: string): number => [...line].length;
const firstWord = (line: string): string => line.split(/\s/u, 1)[0]!;

/** Whether `line` was ended by a wrap at `width` rather than by the writer. */
function wrappedAt(line: string, next: string, width: number): boolean {
  return !OWN_LINE.test(next) && length(line) + 1 + length(firstWord(next)) > SLACK * width;
}

/** The column a story's paragraphs were wrapped at, or null when they were not. */
export function wrapColumn(story: ExportStory): number | null {
  const pairs: [string, string][] = [];
  for (const scene of story.scenes)
    for (const paragraph of scene.paragraphs) {
      const lines = paragraphLines(paragraph);
      for (let i = 0; i + 1 < lines.length; i++) pairs.push([lines[i]!, lines[i + 1]!]);
    }
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

const columns = new WeakMap<ExportStory, number | null>();

/**
 * The story's wrap column, read once: from the whole story when a part of it is exported on its
 * own (a chapter, a scene's file: they carry it in `wrapColumn`), else worked out and kept.
 */
export function storyWrapColumn(story: ExportStory): number | null {
  if (story.wrapColumn !== undefined) return story.wrapColumn;
  if (!columns.has(story)) columns.set(story, wrapColumn(story));
  return columns.get(story)!;
}

/**
 * A paragraph's lines for a formatted export: as `paragraphLines` gives them, with a
 * hard-wrapped story's wrapped lines joined (by a space, or by nothing after a closed dash). A
 * Markdown line that ends in a hard break (two spaces or a backslash) keeps it.
 */
export function exportLines(story: ExportStory, paragraph: string): string[] {
  const width = storyWrapColumn(story);
  const lines = paragraphLines(paragraph);
  if (!width || lines.length < 2) return lines;
  const hardBreaks =
    story.markdown === true
      ? new Set(
          stripForbiddenChars(paragraph)
            .split(LINE_BREAK)
            .filter((raw) => /(?: {2}|\\)$/u.test(raw))
            .map((raw) => raw.trim()),
        )
      : new Set<string>();
  const out = [lines[0]!];
  // The line as written before `line`: what the wrap is read on, whatever it was joined to.
  let previous = lines[0]!;
  for (const [k, line] of lines.slice(1).entries()) {
    const signed = k === lines.length - 2 && previous.endsWith(",") && SIGNATURE.test(line);
    if (signed || hardBreaks.has(previous) || !wrappedAt(previous, line, width)) out.push(line);
    else out[out.length - 1] += `${CLOSED_DASH.test(previous) ? "" : " "}${line}`;
    previous = line;
  }
  return out;
}
