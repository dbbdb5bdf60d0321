/**
 * Files laid out one paragraph per line. Word's and Google Docs' "plain text", and many fic
 * archives, end each paragraph with one line break and put no blank line between paragraphs;
 * the contract reads paragraphs as blocks between blank lines (story.ts), so such a file is one
 * paragraph. Its numbering cannot change (the contract only grows): the writer is told, and
 * offered `separateLineParagraphs`, which rewrites the text the contract's way.
 *
 * Hard-wrapped text (LitBank's Gutenberg excerpts: lines of 60 to 80 characters, each paragraph
 * a block of them) also has lines with no blank line between them, so line breaks alone prove
 * nothing: a line the file joins to the next must look like a whole paragraph, ending its
 * sentence, and some lines must be longer than any wrap; or at least four lines in five are
 * indented, as a paragraph's first line is.
 */
import { isBlankLine, isBreakLine } from "../story";

export interface LineParagraphLayout {
  /**
   * Which test found it: "lines" when the joined lines end their sentences and some are longer
   * than any wrap (indented or not: the bundled story tabbed is "lines"); "indented" only when
   * that fails but at least four lines in five open with a tab or spaces, as a first line does.
   */
  readonly kind: "lines" | "indented";
  /** Lines of prose that sit directly above another (each would open a paragraph of its own). */
  readonly joinedLines: number;
}

/** Text editors and archives wrap at 80 characters at most: a longer line was never wrapped. */
const LONGER_THAN_A_WRAP = 100;
/** A few joined lines prove nothing: a letter's address, a short verse inside a story. */
const MIN_JOINED_LINES = 3;

/**
 * The end of a sentence, closing quotes and emphasis after it; a colon bringing in a letter or
 * a song ("a letter:--"); or speech broken off ("But—").
 */
const ENDS_A_SENTENCE = /(?:[.!?…:]["'”’»)\]*_]*(?:--|—)?|(?:—|–|--)["'”’»*_]+)$/;
/** A heading, a date or a sign-off ("CHAPTER I", "Your friend,") is a paragraph on one line. */
const HEADING_LENGTH = 40;
/** Joined lines for each line set apart by a blank line: fewer, and it is a blank-line story. */
const JOINED_PER_APART = 4;
/** Of the joined lines, the share that must end a sentence (or be heading-short) ... */
const WHOLE_PARAGRAPH_ENDINGS = 0.75;
/** ... and of all prose lines, the share longer than any wrap. */
const UNWRAPPED_SHARE = 0.15;
/** For the indented test: lines indented, joined lines that end a sentence, mean line length. */
const INDENTED_SHARE = 0.8;
const INDENTED_ENDINGS = 0.5;
const INDENTED_MEAN_LENGTH = 40;
const INDENTED = /^(?:\t| {2,}|\u3000)/;

/**
 * Calls `each` with every line of `text` that has a character (after a byte-order mark; LF or
 * CRLF endings, a lone CR kept in its line) and its index. An empty line is only counted: no
 * string is made for it, where a split made one for each of a file's millions of blank lines
 * (most of the time on such a file, and its garbage).
 */
function forEachFullLine(text: string, each: (line: string, index: number) => void): void {
  let start = text.startsWith("\uFEFF") ? 1 : 0;
  let index = 0;
  for (;;) {
    const lf = text.indexOf("\n", start);
    const stop = lf < 0 ? text.length : lf;
    const end = lf > start && text.charCodeAt(lf - 1) === 13 ? lf - 1 : stop;
    if (end > start) each(text.slice(start, end), index);
    index++;
    if (lf < 0) return;
    start = lf + 1;
  }
}

function isProse(line: string): boolean {
  return !isBlankLine(line) && !isBreakLine(line);
}

/**
 * Whether `text` puts each paragraph on a line of its own with no blank lines between them, and
 * how; null for a text the contract already reads by paragraph (blank lines between them), for
 * hard-wrapped prose, and for verse.
 */
export function detectLineParagraphs(text: string): LineParagraphLayout | null {
  const prose: string[] = [];
  const joined: string[] = [];
  let apart = 0;
  let previous = -1;
  let blankSince = false;
  let last = -1;
  forEachFullLine(text, (line, i) => {
    // The lines skipped since the last one were empty, so blank.
    if (i > last + 1) blankSince = previous >= 0;
    last = i;
    if (isBlankLine(line)) blankSince = previous >= 0;
    if (!isProse(line)) return;
    if (blankSince) apart++;
    else if (previous >= 0 && previous === i - 1) joined.push(prose.at(-1)!);
    prose.push(line);
    previous = i;
    blankSince = false;
  });
  // Most prose lines must meet their neighbour with no blank line: a blank-line story with a
  // few single line breaks inside its paragraphs (a letter, a poem) is read as it is.
  if (joined.length < MIN_JOINED_LINES || joined.length < JOINED_PER_APART * apart) return null;
  const share = (lines: readonly string[], test: (line: string) => boolean): number =>
    lines.filter(test).length / lines.length;
  // Verse and headings are short lines too: the long lines below keep verse out.
  const endings = share(joined, (line) => {
    const trimmed = line.trim();
    return trimmed.length <= HEADING_LENGTH || ENDS_A_SENTENCE.test(trimmed);
  });
  const long = share(prose, (line) => line.trim().length > LONGER_THAN_A_WRAP);
  if (endings >= WHOLE_PARAGRAPH_ENDINGS && long >= UNWRAPPED_SHARE)
    return { kind: "lines", joinedLines: joined.length };
  // Indenting every line (not only a paragraph's first) says each line is a paragraph; the
  // endings still rule out an indented block of hard-wrapped lines or of verse.
  const indented = share(prose, (line) => INDENTED.test(line));
  const meanLength = prose.reduce((n, line) => n + line.trim().length, 0) / prose.length;
  if (
    indented >= INDENTED_SHARE &&
    endings >= INDENTED_ENDINGS &&
    meanLength >= INDENTED_MEAN_LENGTH
  )
    return { kind: "indented", joinedLines: joined.length };
  return null;
}

/**
 * Puts one blank line between every two lines that have none between them (scene-break lines
 * included), each blank line in the line ending the file has there. Nothing else changes: the
 * words, their order, indentation, the byte-order mark, the text before the first line and
 * after the last. Idempotent; a text with a blank line between all its lines is returned as is.
 */
export function separateLineParagraphs(text: string): string {
  // Lines at even places, each followed by its own line ending.
  const parts = text.split(/(\r\n|\n)/);
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  let out = "";
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    const ending = parts[i + 1] ?? "";
    const next = parts[i + 2];
    const apart =
      next === undefined || isBlankLine(i === 0 ? line.slice(bom) : line) || isBlankLine(next);
    out += apart ? line + ending : line + ending + ending;
  }
  return out;
}
