/**
 * The notes of a pass, read paragraph by paragraph: each paragraph's notes and lexicon scan
 * are cached by its text, quotes and speakers with offsets relative to the paragraph, then
 * placed at its offset and number; the story-wide notes (spelling mixed in the narration) come
 * from the placed scans.
 */
import type { AttributedQuote } from "../cast/speakers";
import type { Lexicon } from "../lexicon";
import type { Note, Quote, Voice } from "../model";
import {
  byPlace,
  CONFIDENT_SPEAKER,
  notesForParagraph,
  scanParagraph,
  namesAlike,
  storyNotes,
  type Speller,
} from "../notes";
import type { ParagraphScan } from "../notes/scan";
import type { StoryText } from "../story";

/** An item moved by `delta` code units into paragraph `paragraph`. */
export function moved<T extends { from: number; to: number; paragraph: number }>(
  item: T,
  delta: number,
  paragraph: number,
): T {
  return { ...item, from: item.from + delta, to: item.to + delta, paragraph };
}

/** One paragraph's cached notes and scan (`from`) placed at its offset and number. */
export interface PlacedNotes {
  readonly from: { readonly notes: readonly Note[]; readonly scan: ParagraphScan };
  readonly offset: number;
  readonly notes: readonly Note[];
  readonly scan: ParagraphScan;
}

function placeNotes(
  from: { readonly notes: readonly Note[]; readonly scan: ParagraphScan },
  offset: number,
  paragraph: number,
): PlacedNotes {
  return {
    from,
    offset,
    notes: from.notes.map((n) => moved(n, offset, paragraph)),
    scan: {
      paragraph,
      hits: from.scan.hits.map((h) => ({ ...h, from: h.from + offset, to: h.to + offset })),
    },
  };
}

/** A reading kept by paragraph text: `compute`'s value, kept while `variant` stays. */
export interface TextKeyed<V> {
  get(text: string, compute: () => V, variant: string): V;
}

/** What reading a paragraph's notes takes: the analyzer's two caches and the pass's words. */
export interface NoteReading {
  /** Cleared when the cast changes, as the notes are: both read the cast's names. */
  readonly scans: TextKeyed<ParagraphScan>;
  readonly notes: TextKeyed<Note[]>;
  readonly lexicon: Lexicon;
  /** Words of the cast's names: never lexicon terms when capitalised. */
  readonly names: ReadonlySet<string>;
}

/**
 * One paragraph's notes and lexicon scan, cached by its text, quotes and speakers, with
 * offsets relative to the paragraph (the very cached objects while those stay).
 */
export function readNotes(
  reading: NoteReading,
  text: string,
  offset: number,
  quotes: readonly Quote[],
  voices: ReadonlyMap<string, Voice>,
  speller: Speller | undefined,
): { notes: Note[]; scan: ParagraphScan } {
  const quoteKey = quotes
    .map(
      (q) =>
        `${q.from - offset}:${q.to - offset}:${q.speaker ?? ""}:` +
        `${q.speaker ? voices.get(q.speaker) : ""}:${(q.confidence ?? 1) >= CONFIDENT_SPEAKER}`,
    )
    .join(",");
  // Made only on a cache miss. Inline, not a named closure: the bench runs through tsx, whose
  // keepNames names every named closure as it is made (10 ms a pass on the novel).
  // The input and the context too: after an edit, all but one paragraph hit both caches.
  let local: Quote[] | undefined;
  const { lexicon, names } = reading;
  const scan = reading.scans.get(
    text,
    () =>
      scanParagraph(
        { index: 0, offset: 0, text },
        (local ??= quotes.map((q) => moved(q, -offset, 0))),
        lexicon,
        names,
      ),
    quoteKey,
  );
  const notes = reading.notes.get(
    text,
    () =>
      notesForParagraph(
        { index: 0, offset: 0, text },
        (local ??= quotes.map((q) => moved(q, -offset, 0))),
        { voices, lexicon, names, ...(speller ? { speller } : {}) },
        scan,
      ),
    quoteKey,
  );
  return { notes, scan };
}

/**
 * Every note of the story, in order: each paragraph's (read, or kept from `last`, the last
 * full pass's placed notes), then the story-wide ones, with names alike (namesAlike). Answers
 * `read`, the same notes before namesAlike, for the fast path to build on (a name's note given
 * to a sentence-start use is the whole story's fact, not the paragraph's), and `placed`, for the
 * next pass.
 */
export function findNotes(
  reading: NoteReading,
  story: StoryText,
  quotes: readonly AttributedQuote[],
  voices: ReadonlyMap<string, Voice>,
  speller: Speller | undefined,
  last: readonly (PlacedNotes | undefined)[],
): { notes: Note[]; read: Note[]; placed: PlacedNotes[] } {
  const byParagraph = new Map<number, AttributedQuote[]>();
  for (const q of quotes)
    (byParagraph.get(q.paragraph) ?? byParagraph.set(q.paragraph, []).get(q.paragraph)!).push(q);
  const notes: Note[] = [];
  const scans: ParagraphScan[] = [];
  // A paragraph whose cached notes and scan are the last pass's, at the same place, keeps
  // last pass's placed copies: after an edit, every paragraph before it.
  const placed: PlacedNotes[] = [];
  story.paragraphs.forEach((p, paragraph) => {
    if (p.isBreak) return;
    const read = readNotes(
      reading,
      p.text,
      p.offset,
      byParagraph.get(paragraph) ?? [],
      voices,
      speller,
    );
    const kept = last[paragraph];
    const here =
      kept &&
      kept.from.notes === read.notes &&
      kept.from.scan === read.scan &&
      kept.offset === p.offset
        ? kept
        : placeNotes(read, p.offset, paragraph);
    placed[paragraph] = here;
    notes.push(...here.notes);
    scans.push(here.scan);
  });
  notes.push(...storyNotes(scans));
  notes.sort(byPlace);
  return { notes: namesAlike(notes), read: notes, placed };
}
