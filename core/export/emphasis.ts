/**
 * Emphasis marks: `*word*` and `_word_` read as italics, in a Markdown draft always and in a
 * plain-text draft that uses the convention (`usesEmphasisMarks`). Kept deliberately narrow,
 * so prose that merely holds an asterisk or an underscore is never taken for emphasis: the
 * opening mark follows a space, a line start or punctuation and comes before a non-space; the
 * closing mark follows a non-space and comes before a space, punctuation or the line's end;
 * the span stays on one line and holds no mark of its own kind. `**bold**` and `__bold__` are
 * bold only in a Markdown draft, whose format they are (`emphasisRuns(line, true)`); in a
 * plain-text draft they stay text. Shared by the exports (italic and bold runs) and the editor
 * (italic decorations).
 */

import type { EmphasisReading, ExportStory } from "./model";

/** An emphasised span in a line: `from`..`to` include both marks. */
export interface EmphasisSpan {
  readonly from: number;
  readonly to: number;
}

const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?![\s*_])([^\n]*?[^\s\\])\1(?![\p{L}\p{N}*_])/gu;

/** The emphasised spans of `text`, in order, none overlapping. */
export function emphasisSpans(text: string): EmphasisSpan[] {
  if (!text.includes("*") && !text.includes("_")) return [];
  const spans: EmphasisSpan[] = [];
  for (const match of text.matchAll(EMPHASIS)) {
    const inner = match[2]!;
    // One kind of mark per span: "*a_b*" is fine, "*a*b*" is not one span.
    if (inner.includes(match[1]!)) continue;
    spans.push({ from: match.index, to: match.index + match[0].length });
  }
  return spans;
}

/** A stretch of a line with or without emphasis, marks removed. */
export interface Run {
  readonly text: string;
  readonly italic: boolean;
  /** Inside a `**bold**` span of a Markdown draft. */
  readonly bold?: true;
}

/**
 * `**x**` or `__x__`, bounded as an italic span is; the inner text may hold italics, and may
 * open with one (`***x***`, `**_x_**`: bold italics), but not with a mark that touches a space or
 * another mark (`*****` is no span).
 */
const STRONG =
  /(?<![\p{L}\p{N}*_\\])(\*\*|__)(?!\s|[*_][\s*_])([^\n]*?[^\s\\])\1(?![\p{L}\p{N}*_])/gu;

/** A line's words without its emphasis marks, for a field that takes no italics. */
export function withoutEmphasisMarks(line: string): string {
  return emphasisRuns(line)
    .map((run) => run.text)
    .join("");
}

/**
 * A line as runs: the emphasised spans' text in italics, their marks dropped; with `strong` (a
 * Markdown draft) its `**bold**` spans too, bold, with the italics inside or around them.
 */
export function emphasisRuns(line: string, strong = false): Run[] {
  if (!strong) return italicRuns(line);
  const spans = markdownSpans(line);
  if (spans.strong.length === 0) return italicRuns(line);
  const marks = new Set<number>();
  const italic = new Set<number>();
  const bold = new Set<number>();
  const mark = (span: EmphasisSpan, width: number, inner: Set<number>): void => {
    for (let i = 0; i < width; i++) marks.add(span.from + i).add(span.to - 1 - i);
    for (let i = span.from + width; i < span.to - width; i++) inner.add(i);
  };
  for (const span of spans.strong) mark(span, 2, bold);
  for (const span of spans.italic) mark(span, 1, italic);
  // Each shown character's state, consecutive ones alike joined into a run.
  const runs: { text: string; italic: boolean; bold: boolean }[] = [];
  for (let i = 0; i < line.length; i++) {
    if (marks.has(i)) continue;
    const last = runs.at(-1);
    if (last && last.italic === italic.has(i) && last.bold === bold.has(i)) last.text += line[i];
    else runs.push({ text: line[i]!, italic: italic.has(i), bold: bold.has(i) });
  }
  return runs.map(({ text, italic, bold }) => ({ text, italic, ...(bold ? { bold } : {}) }));
}

/**
 * A Markdown draft's spans in a line: its bold ones, and its italic ones, each inside a bold
 * span, around it or apart from it; an italic span that crosses a bold one's mark is none.
 */
export function markdownSpans(line: string): {
  strong: EmphasisSpan[];
  italic: EmphasisSpan[];
} {
  const strong = strongSpans(line);
  if (strong.length === 0) return { strong, italic: emphasisSpans(line) };
  // The bold marks hidden, so an italic span around a bold one holds no mark of its own kind.
  let masked = line;
  for (const span of strong)
    masked =
      masked.slice(0, span.from) +
      "\0\0" +
      masked.slice(span.from + 2, span.to - 2) +
      "\0\0" +
      masked.slice(span.to);
  const nests = (a: EmphasisSpan, b: EmphasisSpan): boolean =>
    a.to <= b.from ||
    b.to <= a.from ||
    (a.from > b.from && a.to < b.to) ||
    (b.from > a.from && b.to < a.to);
  const italic = emphasisSpans(masked).filter((span) => strong.every((s) => nests(span, s)));
  return { strong, italic };
}

/** The `**bold**` and `__bold__` spans of `text` (a Markdown draft's), marks included. */
export function strongSpans(text: string): EmphasisSpan[] {
  if (!text.includes("**") && !text.includes("__")) return [];
  return [...text.matchAll(STRONG)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
}

function italicRuns(line: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const span of emphasisSpans(line)) {
    if (span.from > at) runs.push({ text: line.slice(at, span.from), italic: false });
    runs.push({ text: line.slice(span.from + 1, span.to - 1), italic: true });
    at = span.to;
  }
  if (at < line.length) runs.push({ text: line.slice(at), italic: false });
  return runs;
}

/** A run of marks (`*`, `__`, `**`...) and what touches it. */
const MARK_RUN = /[*_]+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The spans of `lines` and their stray marks: a single `*` or `_` outside every span that
 * touches a word on one side only, as an emphasis mark would ("lawyer*", an opening `*` whose
 * span runs on past the line's end). Marks inside a word ("snake_case", "f*ck"), between spaces
 * ("5 * 3", "* * *") and doubled (`**bold**`) are no one's emphasis and not counted.
 */
export function emphasisMarkCounts(lines: Iterable<string>): { spans: number; strays: number } {
  let spans = 0;
  let strays = 0;
  for (const text of lines) {
    if (!text.includes("*") && !text.includes("_")) continue;
    for (const line of text.split(/\r\n|\r|\n/)) {
      const found = emphasisSpans(line);
      spans += found.length;
      const paired = new Set(found.flatMap((span) => [span.from, span.to - 1]));
      for (const run of line.matchAll(MARK_RUN)) {
        if (run[0].length > 1 || paired.has(run.index)) continue;
        const before = WORD_CHAR.test(line.charAt(run.index - 1));
        const after = WORD_CHAR.test(line.charAt(run.index + 1));
        if (before !== after) strays++;
      }
    }
  }
  return { spans, strays };
}

/**
 * Whether a plain-text draft marks italics with `*word*` or `_word_`: it holds such spans, and
 * at most one stray mark for every ten of them (more, and the marks may mean something else:
 * footnotes, emphasis carried over a line break, which the one-line reading leaves as text).
 */
export function usesEmphasisMarks(paragraphs: Iterable<string>): boolean {
  return readsAsEmphasis(emphasisMarkCounts(paragraphs));
}

const readsAsEmphasis = ({ spans, strays }: { spans: number; strays: number }): boolean =>
  spans > 0 && strays * 10 <= spans;

/**
 * What a draft offers the writer, from one reading of its marks: whether it holds any span at
 * all (the Export dialog then offers "Asterisks as italics"), and the reading it asks for (a
 * Markdown draft's marks are its emphasis; a plain-text draft's are when it uses them so). The
 * writer may choose otherwise.
 */
export function emphasisChoice(story: ExportStory): { offered: boolean; reading: EmphasisReading } {
  const counts = emphasisMarkCounts(story.scenes.flatMap((scene) => scene.paragraphs));
  const asks = story.markdown === true || readsAsEmphasis(counts);
  return { offered: counts.spans > 0, reading: asks ? "asterisks" : "none" };
}

/** The reading a draft asks for (`emphasisChoice`). */
export function emphasisDefault(story: ExportStory): EmphasisReading {
  if (story.markdown === true) return "asterisks";
  return emphasisChoice(story).reading;
}
