/**
 * Files whose lines end with a carriage return alone: classic Mac OS (9 and before) wrote them,
 * and old word processors' "Text Only" still can. The contract's line ends are LF and CRLF
 * (story.ts), so such a file reads as one paragraph and its scene-break lines as none. Its
 * numbering cannot change (the contract only grows): the writer is told, and offered
 * `withLfLineEnds`, which rewrites the line ends the contract's way and nothing else.
 */

/**
 * How many line ends of `text` are a carriage return alone, when it has no LF at all (a file
 * that ends its lines so); 0 for LF and CRLF files, and for an LF file with a stray CR.
 */
export function classicMacLineEnds(text: string): number {
  if (text.includes("\n")) return 0;
  let n = 0;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1)) n++;
  return n;
}

/** `text` with each carriage-return line end made an LF; a text with any LF is returned as is. */
export function withLfLineEnds(text: string): string {
  return classicMacLineEnds(text) > 0 ? text.replaceAll("\r", "\n") : text;
}
