/**
 * The one line `analyze` prints on standard error for a file laid out one paragraph per line
 * (core/text/line-paragraphs.ts): its numbers are right by the contract but not what the writer
 * meant, and standard output stays the contract's JSON, so scripts read it unchanged.
 */
import { detectLineParagraphs } from "../core/text/line-paragraphs";
import { oneLine } from "./safe-text";

/** The hint for `text`, or null when the file separates its paragraphs with blank lines. */
export function lineParagraphsHint(file: string, text: string, paragraphs: number): string | null {
  if (!detectLineParagraphs(text)) return null;
  const read = paragraphs === 1 ? "one paragraph" : `${paragraphs} paragraphs`;
  return oneLine(
    `draftwise: ${file} puts each paragraph on its own line with no blank line between them, ` +
      `so it is read as ${read}; put a blank line between paragraphs ` +
      `(in the Draftwise editor: "Separate paragraphs") to analyse each one`,
  );
}
