/**
 * Hard-wrapped drafts. A draft typed in an editor that wraps at a column (or a Project Gutenberg
 * text) breaks every paragraph into lines of about the same length, mid-sentence. Those breaks
 * are not the writer's: kept in a formatted export they post as a `<br />` every 70 columns,
 * ragged at any other width. A letter's address, a poem or a list keeps its breaks: its lines
 * are short or end where the sentence does.
 */
import type { ExportStory } from "./model";
import { paragraphLines } from "./clean-text";

/** The fewest wrapped lines that tell a story's habit, not one paragraph's. */
const MIN_LINES = 8;
/** A wrap column: narrower is verse or a list, wider is not a column at all. */
const MIN_WIDTH = 55;
const MAX_WIDTH = 100;
/** A line this share of the column or longer filled it before the wrap. */
const FILLED = 0.6;
/** Of the lines that end short of a paragraph's end: how many fill the column. */
const MOST = 0.75;
/** ... and how many stop mid-sentence (a prose wrap stops wherever the column does). */
const MID_SENTENCE_SHARE = 0.4;
/** A line that stops mid-sentence: on a letter, a digit, a comma or a dash. */
const MID_SENTENCE = /[\p{L}\p{N},\-–—]$/u;

/** The column a story's paragraphs were wrapped at, or null when they were not. */
export function wrapColumn(story: ExportStory): number | null {
  const inner: string[] = [];
  for (const scene of story.scenes)
    for (const paragraph of scene.paragraphs) inner.push(...paragraphLines(paragraph).slice(0, -1));
  if (inner.length < MIN_LINES) return null;
  const lengths = inner.map((line) => [...line].length).sort((a, b) => a - b);
  // The column: the longest line but for a few that overran it (a long word, a URL).
  const width = lengths[Math.floor((lengths.length - 1) * 0.95)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  const filled = lengths.filter((n) => n >= FILLED * width).length;
  const mid = inner.filter((line) => MID_SENTENCE.test(line)).length;
  return filled >= MOST * inner.length && mid >= MID_SENTENCE_SHARE * inner.length ? width : null;
}

const columns = new WeakMap<ExportStory, number | null>();

/**
 * A paragraph's lines for a formatted export: as `paragraphLines` gives them, with a
 * hard-wrapped story's wrapped lines joined by a space. A line that stops short of the column
 * (a poem's, an address's, the end of a sentence set on its own line) keeps its break.
 */
export function exportLines(story: ExportStory, paragraph: string): string[] {
  if (!columns.has(story)) columns.set(story, wrapColumn(story));
  const width = columns.get(story);
  const lines = paragraphLines(paragraph);
  if (!width) return lines;
  const out: string[] = [];
  let joining = false;
  for (const line of lines) {
    if (joining) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    joining = [...line].length >= FILLED * width;
  }
  return out;
}
