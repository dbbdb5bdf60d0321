/**
 * The writer's speaker corrections, applied right after attribution (by the editor's analysis
 * worker; plain data, so the CLI could apply them too).
 *
 * A correction is keyed by the paragraph's text (hashed) and the quoted words, not by paragraph
 * number: scenes move and paragraphs are inserted above, and a correction must stay on its line.
 * Editing the paragraph itself drops the exact key; a correction whose quoted words still occur
 * exactly once in the story then follows them.
 */

import { CONFIDENT_SPEAKER } from "../notes/confident-speaker";
import { calledNarrator } from "./narrator-of";

export interface SpeakerCorrection {
  /** `paragraphHash` of the paragraph's text when the correction was made. */
  readonly paragraph: string;
  /** The quoted words (the paragraph's text from the quote's `from` to its `to`). */
  readonly quote: string;
  /** The speaker the writer chose; null says "nobody in the cast". */
  readonly speaker: string | null;
}

/**
 * The corrections as the cast now reads them: a line the writer gave to the unnamed first-person
 * narrator (`unnamed`, the word the speaker menu offers while the cast names no narrator) is the
 * narrator's once the writer names one in the cast (`narrator: true`, or the name or alias "I"
 * or "narrator"), rather than staying with no one's card.
 */
export function withNarratorNamed(
  corrections: readonly SpeakerCorrection[],
  cast: readonly {
    readonly name: string;
    readonly aliases?: readonly string[];
    readonly narrator?: boolean;
  }[],
  unnamed: string,
): readonly SpeakerCorrection[] {
  // As `narratorOf` reads the cast: the flag first, else the name or alias "I" or "narrator".
  const flagged = cast.filter((c) => c.narrator);
  const narrators = flagged.length > 0 ? flagged : cast.filter(calledNarrator);
  // Two narrators (a story told by turns) leave the line as the writer gave it.
  if (narrators.length !== 1) return corrections;
  const name = narrators[0]!.name;
  return corrections.map((c) => (c.speaker === unnamed ? { ...c, speaker: name } : c));
}

/** A short stable hash of a paragraph's text (FNV-1a, 32 bits, with the length). */
export function paragraphHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** What a correction needs of a quote: where its words are and who says them. */
export interface CorrectableQuote {
  /** The paragraph's index; `from` and `to` are offsets in that paragraph's text. */
  readonly paragraph: number;
  readonly from: number;
  readonly to: number;
  readonly speaker: string | null;
  readonly confidence?: number;
  readonly unnamed?: string;
}

/**
 * A quote with the writer's correction applied; `carried` when the choice was made for another
 * line of its paragraph (see `applyCorrections`), so the editor can say so.
 */
export type CorrectedQuote<Q> = Q & { readonly corrected?: boolean; readonly carried?: boolean };

/**
 * Applies corrections to quotes: an exact key (paragraph hash + words) wins; otherwise a
 * correction whose words occur in exactly one quote of the story follows them. Linear: the
 * paragraph hash is computed only for quotes whose words were corrected.
 *
 * A correction also carries to the other quotes of its paragraph that attribution gave the same
 * speaker only as a guess (below `CONFIDENT_SPEAKER`): "Maybe," he said. "You want some?" is
 * one line to the writer, and the guess that tied the second quote to the first was wrong with
 * it. A paragraph's quotes are one speaker's in 394 of 415 LitBank paragraphs with several and
 * in all 457 of speakers-dev's. A quote with its own tag, its own correction, or another
 * speaker keeps its speaker.
 */
export function applyCorrections<Q extends CorrectableQuote>(
  quotes: readonly Q[],
  paragraphText: (paragraph: number) => string,
  corrections: readonly SpeakerCorrection[],
): CorrectedQuote<Q>[] {
  if (corrections.length === 0) return quotes as Q[];
  const byWords = new Map<string, SpeakerCorrection[]>();
  for (const c of corrections)
    (byWords.get(c.quote) ?? byWords.set(c.quote, []).get(c.quote)!).push(c);
  const wordsOf = (q: Q): string => paragraphText(q.paragraph).slice(q.from, q.to);
  const uses = new Map<string, number>();
  for (const q of quotes) {
    const words = wordsOf(q);
    if (byWords.has(words)) uses.set(words, (uses.get(words) ?? 0) + 1);
  }
  const chosenFor = (q: Q): SpeakerCorrection | undefined => {
    const words = wordsOf(q);
    const candidates = byWords.get(words);
    if (!candidates) return undefined;
    const hash = paragraphHash(paragraphText(q.paragraph));
    const exact = candidates.find((c) => c.paragraph === hash);
    return exact ?? (uses.get(words) === 1 && candidates.length === 1 ? candidates[0] : undefined);
  };
  const chosen = quotes.map(chosenFor);
  // Per paragraph, the guessed speaker a correction replaced, and the writer's choice for it.
  // A choice that replaced nothing (the guess confirmed, or corrections applied a second time,
  // as the editor does to the speaker walk's answer) carries nothing.
  const carried = new Map<number, { from: string | null; to: string | null }>();
  quotes.forEach((q, i) => {
    const c = chosen[i];
    if (c && c.speaker !== q.speaker && !carried.has(q.paragraph))
      carried.set(q.paragraph, { from: q.speaker, to: c.speaker });
  });
  return quotes.map((q, i) => {
    const carry = carried.get(q.paragraph);
    const own = chosen[i];
    const speaker = own
      ? own.speaker
      : carry && carry.from === q.speaker && (q.confidence ?? 0) < CONFIDENT_SPEAKER
        ? carry.to
        : undefined;
    if (speaker === undefined) return q;
    const { unnamed: _unnamed, ...rest } = q;
    const carriedHere = own ? {} : { carried: true };
    return {
      ...rest,
      speaker,
      confidence: 1,
      corrected: true,
      ...carriedHere,
    } as CorrectedQuote<Q>;
  });
}
