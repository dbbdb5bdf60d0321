/**
 * Emphasis in Markdown drafts: `*word*` and `_word_` read as italics. Kept deliberately narrow,
 * so prose that merely holds an asterisk or an underscore is never taken for emphasis: the
 * opening mark follows a space, a line start or punctuation and comes before a non-space; the
 * closing mark follows a non-space and comes before a space, punctuation or the line's end;
 * the span stays on one line and holds no mark of its own kind. `**` (bold) is left as text.
 * Shared by the exports (italic runs) and the editor (italic decorations).
 */

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
}

/** A line as runs: the emphasised spans' text in italics, their marks dropped. */
export function emphasisRuns(line: string): Run[] {
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
