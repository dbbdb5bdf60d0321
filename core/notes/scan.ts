/**
 * The lexicon terms in one paragraph, each tagged with where it was said: in which quote and by
 * whom, or in the narration. A pure function of the paragraph text and its quotes, so callers can
 * cache it by text; every note rule reads these hits instead of matching again.
 */
import type { Quote } from "../model";
import {
  isFormOfAddress,
  matchTerms,
  normaliseWord,
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
  /** The words around it select the regional meaning ("bloody hell", "mad at"). */
  readonly strong: boolean;
  /** The words around it leave the meaning open ("a real good hunter"). */
  readonly unsure: boolean;
  /** How sure the quote's attribution is (1 when the caller gave no confidence); 1 in narration. */
  readonly confidence: number;
  readonly fixes: readonly string[];
}

export interface ParagraphScan {
  readonly paragraph: number;
  readonly hits: readonly TermHit[];
}

/**
 * `quotes` are this paragraph's quotes (any order); offsets are file offsets. `names` are the
 * lower-cased words of the characters' names and aliases, never read as terms when capitalised.
 */
export function scanParagraph(
  paragraph: ParagraphInput,
  quotes: readonly Quote[],
  lexicon: Lexicon,
  names?: ReadonlySet<string>,
): ParagraphScan {
  const { text, offset } = paragraph;
  const hits: TermHit[] = [];
  const push = (from: number, to: number, quote: Quote | null): void => {
    for (const m of matchTerms(text, lexicon, from, to, names)) {
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
        unsure: m.unsure,
        confidence: quote?.confidence ?? 1,
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
export function isClearMarker(hit: {
  readonly entry: LexiconEntry;
  readonly strong: boolean;
  readonly unsure: boolean;
}): boolean {
  if (hit.unsure || hit.entry.shared !== undefined) return false;
  return hit.entry.context !== "ambiguous" || hit.strong;
}

/**
 * The names of a cast as `scanParagraph` wants them: every word of every name and alias, lower
 * case ("Mr. Peter Pett" gives mr, peter, pett).
 */
export function nameWords(
  cast: readonly { readonly name: string; readonly aliases: readonly string[] }[],
): Set<string> {
  const words = new Set<string>();
  for (const c of cast)
    for (const n of [c.name, ...c.aliases])
      for (const w of n.split(/[^\p{L}\p{M}'’-]+/u)) if (w) words.add(normaliseWord(w));
  return words;
}
