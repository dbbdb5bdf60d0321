/**
 * What each paragraph reads as, cached by its text: its names, words, quote marks, quotes (and
 * which are spoken), narrator clues, and, read with the cast's names, its voice evidence,
 * lexicon scan, scene features, mentions, reference segments and notes. Every reading is a pure
 * function of the paragraph's text (plus the cast, or a short variant such as the quote style),
 * so a pass after a one-word edit reads only the edited paragraph again.
 *
 * The texts themselves are owned by a pool: the caches keep no pass's whole story alive, and
 * they let go of texts the story no longer has once they hold twice what it needs.
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
import { TextCache, TextPool } from "../text-cache";
import { countWords } from "../words";
import type { NoteReading } from "./paragraph-notes";

/** Texts a cache may hold past twice the story's paragraphs before it sweeps. */
const SWEEP_FLOOR = 64;

/** One paragraph's spoken quotes and, for each, whether it is narration (isNarrationQuote). */
export interface SpokenQuotes {
  readonly quotes: readonly LocalQuote[];
  readonly narration: readonly boolean[];
}

export class ParagraphReadings {
  /** Every paragraph's text, owned: the caches below keep no pass's whole story alive. */
  private readonly texts = new TextPool();
  /** The last full pass's paragraph texts, the pool's copies, in order. */
  private ownTexts: readonly string[] = [];
  // Depend on the text alone (or a short variant).
  private readonly names = new TextCache<ParagraphNames>();
  private readonly wordCounts = new TextCache<number>();
  private readonly marks = new TextCache<QuoteMarks>();
  private readonly quotes = new TextCache<readonly LocalQuote[]>();
  /**
   * The quotes someone speaks (named words left out) and which of them are narration (scare
   * quotes too): both read the paragraph alone, with regexes per quote, so they are kept.
   */
  private readonly spoken = new TextCache<SpokenQuotes>();
  /** How many paragraphs' spoken quotes were read rather than kept (what the tests count). */
  spokenReads = 0;
  private readonly clues = new TextCache<NarratorClues>();
  // Depend on the cast too: cleared when it changes.
  private readonly evidence = new TextCache<{ british: number; american: number }>();
  private readonly scans = new TextCache<ParagraphScan>();
  private readonly features = new TextCache<ParagraphFeatures>();
  private readonly mentions = new TextCache<readonly LocalMention[]>();
  private readonly segments = new TextCache<ReturnType<typeof readSegments>>();
  private readonly notes = new TextCache<Note[]>();
  private castKey = "";
  /** Words of the cast's names: never lexicon terms when capitalised. */
  private castNames: ReadonlySet<string> = new Set();

  constructor(private readonly lexicon: Lexicon) {}

  /**
   * Starts a full pass: the caches let go of texts the story no longer has once they hold
   * twice what it needs, and the story's paragraphs are read through the pool (same offsets,
   * same texts, owned strings).
   */
  startPass(story: StoryText): StoryText {
    // The floor keeps a short story's caches from sweeping after every edit.
    const bound = 2 * story.paragraphs.length + SWEEP_FLOOR;
    for (const cache of this.caches()) cache.nextPass(bound);
    // Always new paragraphs: `===` compares strings by content, so which are the pool's own
    // copies cannot be told from the rest. A text equal to the last pass's at its place (or at
    // its place counted from the end, past an edit that added or removed paragraphs) is found
    // by that comparison, cheaper than hashing it to look it up: after an edit, all but one.
    const last = this.ownTexts;
    const shift = story.paragraphs.length - last.length;
    const paragraphs = story.paragraphs.map((p, i) => {
      const here = last[i];
      const shifted = last[i - shift];
      const known = here === p.text ? here : shifted === p.text ? shifted : p.text;
      return { ...p, text: this.texts.own(known) };
    });
    this.ownTexts = paragraphs.map((p) => p.text);
    return { ...story, paragraphs };
  }

  /** The pool's own copy of a text. */
  own(text: string): string {
    return this.texts.own(text);
  }

  /** The most texts any one cache holds: what a long session of edits must not grow. */
  cachedTexts(): number {
    return Math.max(...this.caches().map((c) => c.size));
  }

  private caches(): TextCache<unknown>[] {
    return [
      this.texts,
      this.names,
      this.wordCounts,
      this.marks,
      this.quotes,
      this.spoken,
      this.clues,
      ...this.castCaches(),
    ];
  }

  /** The caches whose entries were read with the cast's names. */
  private castCaches(): TextCache<unknown>[] {
    return [this.evidence, this.scans, this.features, this.mentions, this.segments, this.notes];
  }

  /** A new cast invalidates everything read with the old one. */
  useCast(cast: readonly Character[]): void {
    // Whether a member is unnamed counts too: the scenes read only named members, so a
    // described speaker who becomes one by an edit changes every paragraph's features.
    const key = JSON.stringify(cast.map((c) => [c.name, c.aliases, c.voice, c.unnamed ?? false]));
    if (key === this.castKey) return;
    this.castKey = key;
    this.castNames = nameWords(cast.filter((c) => !c.unnamed));
    for (const cache of this.castCaches()) cache.clear();
  }

  /** Forgets the notes: they were read with a speller that is being replaced. */
  forgetNotes(): void {
    this.notes.clear();
  }

  namesIn(text: string, style: QuoteStyle): ParagraphNames {
    return this.names.get(text, () => namesInParagraph(text, style), style);
  }

  marksIn(text: string): QuoteMarks {
    return this.marks.get(text, () => quoteMarks(text));
  }

  quotesIn(text: string, style: QuoteStyle): readonly LocalQuote[] {
    return this.quotes.get(text, () => quotesInParagraph(text, style), style);
  }

  spokenIn(text: string, style: QuoteStyle): SpokenQuotes {
    return this.spoken.get(
      text,
      () => {
        this.spokenReads++;
        const quotes = spokenInParagraph(text, style, (t, s) => this.quotesIn(t, s));
        return { quotes, narration: quotes.map((q) => isNarrationQuote(text, q)) };
      },
      style,
    );
  }

  cluesIn(text: string, quotes: readonly LocalQuote[], style: QuoteStyle): NarratorClues {
    return this.clues.get(text, () => narratorClues(text, quotes), style);
  }

  words(text: string, isBreak = false): number {
    return isBreak ? 0 : this.wordCounts.get(text, () => countWords(text));
  }

  mentionsIn(text: string, matcher: CastMatcher): readonly LocalMention[] {
    return this.mentions.get(text, () => mentionsInParagraph(text, matcher));
  }

  segmentsIn(
    text: string,
    quotes: readonly LocalQuote[],
    mentions: readonly LocalMention[],
    style: QuoteStyle,
  ): readonly Segment[] {
    return this.segments.get(text, () => readSegments(text, quotes, mentions), style);
  }

  /** British and American words in a line (what a character's voice is inferred from). */
  evidenceIn(text: string): { british: number; american: number } {
    return this.evidence.get(text, () => voiceEvidence(text, this.lexicon, this.castNames));
  }

  /** A paragraph's scene features, read with the named members of the cast. */
  featuresIn(text: string, characters: readonly Character[]): ParagraphFeatures {
    return this.features.get(text, () => paragraphFeatures(text, characters, this.words(text)));
  }

  /** The note caches and the words the notes read with the current cast (paragraph-notes.ts). */
  noteReading(): NoteReading {
    return { scans: this.scans, notes: this.notes, lexicon: this.lexicon, names: this.castNames };
  }
}
