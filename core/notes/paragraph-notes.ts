/**
 * The per-paragraph notes: voice, gloss, encoding and spelling. A pure function of the paragraph
 * text, its quotes (spans and speakers), the speakers' voices and the speller's word list, so the
 * editor can cache results by paragraph text and re-check only the paragraphs that changed.
 * Offsets are file offsets; a caller that caches by text alone shifts them by the offset delta.
 */
import type { Note, Quote, Voice } from "../model";
import type { Lexicon } from "../lexicon";
import { encodingNotes } from "./encoding";
import { scanParagraph, type ParagraphInput, type ParagraphScan } from "./scan";
import { spellingNotes, type Speller } from "./spelling";
import { termNotes } from "./voice";
import { byPlace } from "./note-order";

export interface NoteContext {
  /** Speaker name -> voice; speakers missing here count as unknown (no voice notes). */
  readonly voices: ReadonlyMap<string, Voice>;
  readonly lexicon: Lexicon;
  /** Lower-cased words of the characters' names (`nameWords`): never terms when capitalised. */
  readonly names?: ReadonlySet<string>;
  /** Without a speller there are no spelling notes. */
  readonly speller?: Speller;
}

/**
 * All per-paragraph notes, sorted by position. `quotes` are this paragraph's quotes; pass `scan`
 * when the caller already has it (it is also what the story-wide rules read).
 */
export function notesForParagraph(
  paragraph: ParagraphInput,
  quotes: readonly Quote[],
  ctx: NoteContext,
  scan: ParagraphScan = scanParagraph(paragraph, quotes, ctx.lexicon, ctx.names),
): Note[] {
  const encoding = encodingNotes(paragraph.text, paragraph.offset, paragraph.index);
  const spelling = ctx.speller
    ? spellingNotes(paragraph.text, paragraph.offset, paragraph.index, ctx.speller, ctx.lexicon)
    : [];
  // A garbled word breaks into odd fragments; its encoding note says all there is to say.
  const outsideGarbled = spelling.filter(
    (s) => !encoding.some((e) => s.from < e.to && e.from < s.to),
  );
  const notes = [...termNotes(scan, ctx.voices), ...encoding, ...outsideGarbled];
  return notes.sort(byPlace);
}
