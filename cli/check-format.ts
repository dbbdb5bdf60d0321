/** `FILE:LINE:COLUMN: KIND: MESSAGE` lines for `draftwise check`, 1-based like compilers print. */
import type { Note } from "../core/model";
import { visible } from "./safe-text";

/** Line and column (1-based, UTF-16 columns) of an offset in the file's text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function formatCheckLine(file: string, text: string, note: Note): string {
  const { line, column } = lineAndColumn(text, note.from);
  // A file name with a newline or an escape sequence must not forge or colour a line.
  return `${visible(file)}:${line}:${column}: ${note.kind}: ${visible(note.message)}`;
}
