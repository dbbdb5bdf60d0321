/**
 * Files whose lines end with a carriage return alone: classic Mac OS (9 and before) wrote them,
 * and old word processors' "Text Only" still can. The contract's line ends are LF and CRLF
 * (story.ts), so such a file reads as one paragraph and its scene-break lines as none. Its
 * numbering cannot change (the contract only grows): the writer is told, and offered
 * `withLfLineEnds`, which rewrites the line ends the contract's way and nothing else.
 *
 * Such a file may hold some LF or CRLF line ends too (lines added on another system, a stretch
 * pasted from elsewhere): it is still one, and its lone carriage returns still the line ends to
 * rewrite, as long as they outnumber its LFs. A lone carriage return or two in an LF file is
 * a stray character, not a line end, and left alone.
 */

/** A carriage return that no LF follows. */
const LONE_CR = /\r(?!\n)/gu;

/**
 * How many line ends of `text` are a carriage return alone, when they are more than its LFs
 * (a file that ends its lines so, even with a few LF or CRLF ones); 0 for LF and CRLF files,
 * and for an LF file with a stray CR.
 */
export function classicMacLineEnds(text: string): number {
  if (!text.includes("\r")) return 0;
  let lone = 0;
  let lf = 0;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1))
    if (text.charCodeAt(i + 1) !== 10) lone++;
  for (let i = text.indexOf("\n"); i !== -1 && lf < lone; i = text.indexOf("\n", i + 1)) lf++;
  return lone > lf ? lone : 0;
}

/**
 * `text` with each lone carriage-return line end made an LF, its LF and CRLF ones kept; a text
 * that is no classic Mac file (`classicMacLineEnds`) is returned as is.
 */
export function withLfLineEnds(text: string): string {
  return classicMacLineEnds(text) > 0 ? text.replace(LONE_CR, "\n") : text;
}
