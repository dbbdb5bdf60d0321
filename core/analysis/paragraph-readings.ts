/**
 * What each paragraph reads as, cached by its text: its names, words, quote marks, quotes (and
 * which are spoken), narrator clues, and, read with the cast's names, its voice evidence,
 * lexicon scan, scene features, mentions, reference segments and notes. Every reading is a pure
 * function of the paragraph's text (plus the cast, or a short variant such as the quote style),
 * so a pass after a one-word edit reads only the edited paragraph again.
 *
 * One record per text holds all of its readings, filled in as each is first asked for, so a
 * pass looks each paragraph up once, not once per reading: `startPass` resolves every
 * paragraph's record in story order, and a later lookup tries the record after the last one
 * asked for (the folds walk the story in order) before hashing the text. The records own
 * their texts (copies: no pass's whole story is kept alive) and are let go once they hold
 * twice what the story needs, texts the story no longer has first.
 */
import {
  mentionsInParagraph,
  namesInParagraph,
  quoteMarks,
  quotesInParagraph,
  spokenInParagraph,
  type CastMatcher,
  type LocalQuote,
  type QuoteMarks,
  type QuoteStyle,
} from "../cast";
import type { LocalMention } from "../cast/mentions";
import { narratorClues, type NarratorClues } from "../cast/narrator-clues";
import type { ParagraphNames } from "../cast/paragraph-names";
import { readSegments, type Segment } from "../cast/refs";
import { isNarrationQuote } from "../cast/scare-quotes";
import type { Lexicon } from "../lexicon";
import type { Character, Note } from "../model";
import { nameWords, voiceEvidence } from "../notes";
import type { ParagraphScan } from "../notes/scan";
import { paragraphFeatures, type ParagraphFeatures } from "../scenes";
import type { StoryText } from "../story";
import { ownCopy } from "../own-copy";
import { countWords } from "../words";
import type { NoteReading, TextKeyed } from "./paragraph-notes";

/** Texts the records may hold past twice the story's paragraphs before they sweep. */
const SWEEP_FLOOR = 64;

/** One paragraph's spoken quotes and, for each, whether it is narration (isNarrationQuote). */
export interface SpokenQuotes {
  readonly quotes: readonly LocalQuote[];
  readonly narration: readonly boolean[];
}

/** Everything read from one text, each reading filled in when first asked for. */
/** A record's readings kept with the key they were read under. */
type KeyedSlot = "scan" | "notes";

/**
 * A reading kept in `slot` of the record `recordOf` gives (its cast's or speller's readings let
 * go when stale), read again when its key changes.
 */
function keptIn<S extends KeyedSlot>(
  recordOf: (text: string) => TextRecord,
  slot: S,
): TextKeyed<NonNullable<TextRecord[S]>["value"]> {
  return {
    get: (text, compute, key) => {
      const r = recordOf(text);
      const hit = r[slot];
      if (hit?.key === key) return hit.value;
      const value = compute();
      r[slot] = { key, value } as TextRecord[S];
      return value;
    },
  };
}

interface TextRecord {
  /** The record's own copy of the text, the key it is kept under. */
  readonly text: string;
  /** Its place in the last full pass (its last, when the story has the text twice). */
  at: number;
  /** The last pass that used it. */
  pass: number;
  // Depend on the text alone.
  words: number | undefined;
  marks: QuoteMarks | undefined;
  // Read with `style` too: other quote marks read them again.
  style: QuoteStyle | undefined;
  names: ParagraphNames | undefined;
  quotes: readonly LocalQuote[] | undefined;
  /**
   * The quotes someone speaks (named words left out) and which of them are narration (scare
   * quotes too): both read the paragraph alone, with regexes per quote, so they are kept.
   */
  spoken: SpokenQuotes | undefined;
  clues: NarratorClues | undefined;
  // Read with the cast's names too: `cast` is the cast they were read with (a generation).
  cast: number;
  evidence: { british: number; american: number } | undefined;
  features: ParagraphFeatures | undefined;
  mentions: readonly LocalMention[] | undefined;
  /** Read with the quote style and the cast's mentions. */
  segments: readonly Segment[] | undefined;
  /** The lexicon scan and notes, each with the quotes and speakers it was read with. */
  scan: { readonly key: string; readonly value: ParagraphScan } | undefined;
  notes: { readonly key: string; readonly value: Note[] } | undefined;
  /** The speller the notes were read with (a generation). */
  speller: number;
}

function newRecord(text: string): TextRecord {
  // Every field set, so every record has one shape.
  return {
    text,
    at: -1,
    pass: 0,
    words: undefined,
    marks: undefined,
    style: undefined,
    names: undefined,
    quotes: undefined,
    spoken: undefined,
    clues: undefined,
    cast: 0,
    evidence: undefined,
    features: undefined,
    mentions: undefined,
    segments: undefined,
    scan: undefined,
    notes: undefined,
    speller: 0,
  };
}

/** A hard bound for a caller that never starts passes (the fast path alone): drop the oldest half. */
const MOST_TEXTS = 50_000;

export class ParagraphReadings {
  /** The records by text, each kept under its own copy. */
  private records = new Map<string, TextRecord>();
  private pass = 0;
  /** The last full pass's records, in story order. */
  private order: readonly TextRecord[] = [];
  /** Where in `order` the next lookup is likely to be: after the last one. */
  private next = 0;
  /** How many paragraphs' spoken quotes were read rather than kept (what the tests count). */
  spokenReads = 0;
  /** Counts lookups by hashing the text (what the tests count). */
  textLookups = 0;
  private castKey = "";
  /** The current cast's generation: a record read with an older one reads again. */
  private castRead = 0;
  /** The current speller's generation, likewise for the notes. */
  private spellerRead = 0;
  /** Words of the cast's names: never lexicon terms when capitalised. */
  private castNames: ReadonlySet<string> = new Set();
  private readonly scans = keptIn<"scan">((text) => this.withCast(text), "scan");
  private readonly notes = keptIn<"notes">((text) => this.withSpeller(text), "notes");

  constructor(private readonly lexicon: Lexicon) {}

  /**
   * Starts a full pass: the records let go of texts the story no longer has once they hold
   * twice what it needs, and the story's paragraphs are read through them (same offsets,
   * same texts, owned strings).
   */
  startPass(story: StoryText): StoryText {
    const pass = ++this.pass;
    // The floor keeps a short story's records from sweeping after every edit. Past it, those
    // the last two passes did not use go: an edited paragraph's old text, a deleted one's. Two,
    // not one: a pass may skip what the next needs again (the speaker walk reads only around
    // an edit).
    if (this.records.size > 2 * story.paragraphs.length + SWEEP_FLOOR)
      for (const [text, r] of this.records) if (r.pass < pass - 2) this.records.delete(text);
    // Always new paragraphs: `===` compares strings by content, so which are the records' own
    // copies cannot be told from the rest. A text equal to the last pass's at its place (or at
    // its place counted from the end, past an edit that added or removed paragraphs) is found
    // by that comparison, cheaper than hashing it to look it up: after an edit, all but one.
    const last = this.order;
    const shift = story.paragraphs.length - last.length;
    const order: TextRecord[] = [];
    const paragraphs = story.paragraphs.map((p, i) => {
      const here = last[i];
      const shifted = last[i - shift];
      const record =
        here?.text === p.text ? here : shifted?.text === p.text ? shifted : this.lookUp(p.text);
      record.at = i;
      record.pass = pass;
      order.push(record);
      return { ...p, text: record.text };
    });
    this.order = order;
    this.next = 0;
    return { ...story, paragraphs };
  }

  /** The records' own copy of a text. */
  own(text: string): string {
    return this.recordOf(text).text;
  }

  /** How many texts the records hold: what a long session of edits must not grow. */
  cachedTexts(): number {
    return this.records.size;
  }

  /** A new cast invalidates everything read with the old one. */
  useCast(cast: readonly Character[]): void {
    // Whether a member is unnamed counts too: the scenes read only named members, so a
    // described speaker who becomes one by an edit changes every paragraph's features.
    const key = JSON.stringify(cast.map((c) => [c.name, c.aliases, c.voice, c.unnamed ?? false]));
    if (key === this.castKey) return;
    this.castKey = key;
    this.castNames = nameWords(cast.filter((c) => !c.unnamed));
    this.castRead++;
  }

  /** Forgets the notes: they were read with a speller that is being replaced. */
  forgetNotes(): void {
    this.spellerRead++;
  }

  namesIn(text: string, style: QuoteStyle): ParagraphNames {
    const r = this.withStyle(text, style);
    return (r.names ??= namesInParagraph(r.text, style));
  }

  marksIn(text: string): QuoteMarks {
    const r = this.recordOf(text);
    return (r.marks ??= quoteMarks(r.text));
  }

  quotesIn(text: string, style: QuoteStyle): readonly LocalQuote[] {
    const r = this.withStyle(text, style);
    return (r.quotes ??= quotesInParagraph(r.text, style));
  }

  /** A paragraph's spoken quotes; `at`, its place in the pass's story, spares looking it up. */
  spokenIn(text: string, style: QuoteStyle, at?: number): SpokenQuotes {
    const hit = this.withStyle(text, style, at).spoken;
    if (hit) return hit;
    this.spokenReads++;
    const quotes = spokenInParagraph(text, style, (t, s) => this.quotesIn(t, s));
    const spoken = { quotes, narration: quotes.map((q) => isNarrationQuote(text, q)) };
    // Looked up again: reading the quotes may have asked with other marks.
    this.withStyle(text, style).spoken = spoken;
    return spoken;
  }

  cluesIn(text: string, quotes: readonly LocalQuote[], style: QuoteStyle): NarratorClues {
    const r = this.withStyle(text, style);
    return (r.clues ??= narratorClues(r.text, quotes));
  }

  words(text: string, isBreak = false): number {
    if (isBreak) return 0;
    const r = this.recordOf(text);
    return (r.words ??= countWords(r.text));
  }

  mentionsIn(text: string, matcher: CastMatcher): readonly LocalMention[] {
    const r = this.withCast(text);
    return (r.mentions ??= mentionsInParagraph(r.text, matcher));
  }

  segmentsIn(
    text: string,
    quotes: readonly LocalQuote[],
    mentions: readonly LocalMention[],
    style: QuoteStyle,
  ): readonly Segment[] {
    this.withStyle(text, style);
    const r = this.withCast(text);
    return (r.segments ??= readSegments(r.text, quotes, mentions));
  }

  /** British and American words in a line (what a character's voice is inferred from). */
  evidenceIn(text: string): { british: number; american: number } {
    const r = this.withCast(text);
    return (r.evidence ??= voiceEvidence(r.text, this.lexicon, this.castNames));
  }

  /** A paragraph's scene features, read with the named members of the cast. */
  featuresIn(text: string, characters: readonly Character[]): ParagraphFeatures {
    const r = this.withCast(text);
    return (r.features ??= paragraphFeatures(r.text, characters, this.words(text)));
  }

  /** The note caches and the words the notes read with the current cast (paragraph-notes.ts). */
  noteReading(): NoteReading {
    return { scans: this.scans, notes: this.notes, lexicon: this.lexicon, names: this.castNames };
  }

  /**
   * A text's record: the one at `at` (by default after the last asked for), or the last asked
   * for again, when it holds this text (pointer-equal strings compare at once); else looked up
   * by the text.
   */
  private recordOf(text: string, at = this.next): TextRecord {
    const next = this.order[at];
    if (next !== undefined && next.text === text) {
      this.next = at + 1;
      return next;
    }
    const again = this.order[this.next - 1];
    if (again !== undefined && again.text === text) return again;
    const record = this.lookUp(text);
    this.next = record.at + 1;
    return record;
  }

  private lookUp(text: string): TextRecord {
    this.textLookups++;
    let record = this.records.get(text);
    if (record === undefined) {
      if (this.records.size >= MOST_TEXTS)
        this.records = new Map([...this.records].slice(MOST_TEXTS / 2));
      record = newRecord(ownCopy(text));
      this.records.set(record.text, record);
    }
    record.pass = this.pass;
    return record;
  }

  /** The record, its readings with quote marks other than `style` let go. */
  private withStyle(text: string, style: QuoteStyle, at?: number): TextRecord {
    const r = this.recordOf(text, at);
    if (r.style !== style) {
      r.style = style;
      r.names = r.quotes = r.spoken = r.clues = r.segments = undefined;
    }
    return r;
  }

  /** The record, its readings with another cast let go. */
  private withCast(text: string): TextRecord {
    const r = this.recordOf(text);
    if (r.cast !== this.castRead) {
      r.cast = this.castRead;
      r.evidence = r.features = r.mentions = r.segments = r.scan = r.notes = undefined;
    }
    return r;
  }

  /** The record, its notes read with another speller (or cast) let go. */
  private withSpeller(text: string): TextRecord {
    const r = this.withCast(text);
    if (r.speller !== this.spellerRead) {
      r.speller = this.spellerRead;
      r.notes = undefined;
    }
    return r;
  }
}
