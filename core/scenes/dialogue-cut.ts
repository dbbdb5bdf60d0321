/**
 * Cutting dialogue out of a paragraph: each quote (or speech set off by a dash) becomes one mark,
 * so the readings of the narration (POV, the opening's time and place) leave speech out.
 * Separate because it reads quotes, which the rest of the paragraph reading never does.
 */

import { quotesInParagraph } from "../cast/quotes";

/**
 * A quote, closed or running on to the paragraph's end: double quotes may stay open anywhere,
 * single ones only where the paragraph opens on one ("‘My mother was still up when I got in,
 * ..." going on into the next paragraph, as speech of several paragraphs is set), since a lone
 * ’ inside a paragraph is most often an apostrophe.
 */
const QUOTE_SPANS =
  /"[^"]*"?|“[^”]*”?|‘(?:[^’]|’(?=\p{L}))*’(?!\p{L})|(?<=^|[\s(—–-])'(?:[^']|'(?=\p{L}))*'(?!\p{L})|^\s*‘(?:[^’]|’(?=\p{L}))*$|^\s*'(?:[^']|'(?=\p{L}))*$/gu;
export const QUOTE_MARK = "\u2063";

/** A paragraph that opens with a dash, the way speech is set with no quote marks. */
const DASH_START = /^\s*(?:\u2014|--)/u;

/**
 * Speech opened by a dash ("— Are you coming? she said.") has no closing mark; the quote
 * reader finds where it pauses for its tag, so its "I" and "you" are not read as narration.
 */
function cutDashSpeech(text: string): ReturnType<typeof cutDialogue> | null {
  const spoken = quotesInParagraph(text, "double+dash");
  if (!spoken[0]?.dash) return null;
  let narration = "";
  let quoted = 0;
  let at = 0;
  for (const q of spoken) {
    narration += text.slice(at, q.from) + QUOTE_MARK;
    quoted += q.to - q.from;
    at = q.to;
  }
  return { narration: narration + text.slice(at), quoted, startsWithQuote: true };
}

export function cutDialogue(text: string): {
  narration: string;
  quoted: number;
  startsWithQuote: boolean;
} {
  if (DASH_START.test(text)) {
    const dashed = cutDashSpeech(text);
    if (dashed) return dashed;
  }
  let quoted = 0;
  let first = -1;
  const narration = text.replace(QUOTE_SPANS, (span: string, offset: number) => {
    if (first < 0) first = offset;
    quoted += span.length;
    return QUOTE_MARK;
  });
  const startsWithQuote = first >= 0 && text.slice(0, first).trim() === "";
  return { narration, quoted, startsWithQuote };
}
