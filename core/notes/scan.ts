/**
 * The lexicon terms in one paragraph, each tagged with where it was said: in which quote and by
 * whom, or in the narration. A pure function of the paragraph text and its quotes, so callers can
 * cache it by text; every note rule reads these hits instead of matching again.
 */
import type { Quote } from "../model";
import {
  isFormOfAddress,
  matchTerms,
  type Lexicon,
  type LexiconEntry,
  type Region,
} from "../lexicon";

/** A paragraph as the note rules see it. */
export interface ParagraphInput {
  readonly index: number;
  /** Offset of `text` in the file's text. */
  readonly offset: number;
  readonly text: string;
}

export interface TermHit {
  readonly entry: LexiconEntry;
  /** The variety of the matched form (an American spelling of a British spelling entry). */
  readonly side: Region;
  /** The form as listed in the lexicon ("'preciate", "luv"). */
  readonly form: string;
  /** File offsets and the exact slice. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** Index of the quote it is in (within its paragraph), or null in the narration. */
  readonly quote: number | null;
  readonly speaker: string | null;
  /** A word after it settles an ambiguous term ("bloody hell"). */
  readonly strong: boolean;
  readonly fixes: readonly string[];
}

export interface ParagraphScan {
  readonly paragraph: number;
  readonly hits: readonly TermHit[];
}

/** `quotes` are this paragraph's quotes (any order); offsets are file offsets. */
export function scanParagraph(
  paragraph: ParagraphInput,
  quotes: readonly Quote[],
  lexicon: Lexicon,
): ParagraphScan {
  const { text, offset } = paragraph;
  const hits: TermHit[] = [];
  const push = (from: number, to: number, quote: Quote | null): void => {
    for (const m of matchTerms(text, lexicon, from, to)) {
      const context = m.form.entry.context;
      if (quote === null && (context === "address" || context === "dialogue")) continue;
      if (quote !== null && context === "address" && !isFormOfAddress(text, m.from, m.to, from, to))
        continue;
      hits.push({
        entry: m.form.entry,
        side: m.form.side,
        form: m.form.form,
        from: offset + m.from,
        to: offset + m.to,
        text: text.slice(m.from, m.to),
        quote: quote?.index ?? null,
        speaker: quote?.speaker ?? null,
        strong: m.strong,
        fixes: m.form.fixes,
      });
    }
  };
  const sorted = [...quotes].sort((a, b) => a.from - b.from);
  let cursor = 0;
  for (const q of sorted) {
    const from = Math.max(cursor, q.from - offset);
    const to = Math.min(text.length, q.to - offset);
    if (from > cursor) push(cursor, from, null);
    if (to > from) push(from, to, q);
    cursor = Math.max(cursor, to);
  }
  if (cursor < text.length) push(cursor, text.length, null);
  return { paragraph: paragraph.index, hits };
}

/** Whether a hit can be trusted as a marker of its variety, not just a word that may be one. */
export function isClearMarker(hit: TermHit): boolean {
  return hit.entry.context !== "ambiguous" || hit.strong;
}
