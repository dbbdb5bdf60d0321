/**
 * The incremental analysis behind the CLI, the editor's worker and the benchmark.
 *
 * Order matters: the cast (given, then discovered), quotes, speakers, voices (set by the
 * writer or inferred from each character's lines), then scenes and notes. Per-paragraph work
 * is a pure function of the paragraph's text (plus the cast or the speakers), so it is cached
 * by text: a full analysis after a one-word edit reads only the edited paragraph again.
 *
 * `update` is the editor's fast path: after an edit it re-reads only the changed paragraphs
 * against the last full analysis's story-wide context (cast, speakers, voices), in
 * milliseconds; the worker then runs the full analysis in idle time and its result replaces
 * the quick one.
 */
import {
  attributeSpeakers,
  compileCastMatcher,
  detectQuoteStyle,
  discoverCast,
  findQuotes,
  mentionsInParagraph,
  namesInParagraph,
  quoteMarks,
  quotesInParagraph,
  spokenInParagraph,
  type CastMatcher,
  type LocalQuote,
  type QuoteMarks,
  type QuoteStyle,
} from "./cast";
import type { ParagraphNames } from "./cast/paragraph-names";
import type { LocalMention, Mention } from "./cast/mentions";
import { readSegments } from "./cast/refs";
import { narratorOf, type AttributedQuote, type SpeakerWalkMemo } from "./cast/speakers";
import { isNarrationQuote, listedQuotes } from "./cast/scare-quotes";
import { foldSpokenAs, spokenAs } from "./cast/spoken-as";
import { narratorClues, type NarratorClues } from "./cast/narrator-clues";
import { inferNarrator, nameOwners, withNarrator, type NameOwners } from "./cast/narrator-name";
import { compileLexicon, lexiconEntries, type Lexicon } from "./lexicon";
import type { Analysis, Character, CharacterInfo, Note, Quote, SceneInfo, Voice } from "./model";
import {
  CONFIDENT_SPEAKER,
  createSpeller,
  nameWords,
  type DictionaryData,
  notesForParagraph,
  scanParagraph,
  storyNotes,
  voiceEvidence,
  voiceFromEvidence,
  type Speller,
} from "./notes";
import type { ParagraphScan } from "./notes/scan";
import { detectScenes, NARRATOR, paragraphFeatures, type ParagraphFeatures } from "./scenes";
import { chapterTitle, groupChapters, isChapterHeading, isMarkdownFile } from "./chapters";
import { parseStory, type StoryText } from "./story";
import { BoundaryMemo, sameNames, TitleMemo } from "./pass-memo";
import { TextCache, TextPool } from "./text-cache";
import { countWords } from "./words";

export { TextCache } from "./text-cache";

export interface AnalyzerOptions {
  /** Characters given by the writer; they win over discovered ones. */
  readonly cast?: readonly Character[];
  /**
   * The cast is only the characters the writer has touched so far, beside those found (the
   * app's Cast panel): a found name may then be the narrator. Otherwise (the command line's
   * `--cast`) only its members may tell the story.
   */
  readonly castIsPartial?: boolean;
  /** Words the writer added to the story dictionary. */
  readonly storyWords?: readonly string[];
  /** Hunspell dictionaries (en-GB, en-US); without them there are no spelling notes. */
  readonly dictionaries?: readonly DictionaryData[];
  /** A speller already loaded (loading takes a few hundred milliseconds). */
  readonly speller?: Speller;
  /**
   * The writer's speaker corrections, applied right after attribution so that everything
   * built on speakers (voices, voice notes, lines per character) follows them. Gets and returns
   * the attributed quotes (story offsets); a corrected quote should carry confidence 1.
   */
  readonly correctSpeakers?: (
    quotes: readonly AttributedQuote[],
    story: StoryText,
  ) => readonly AttributedQuote[];
}

type SpokenQuote = Quote & { readonly unnamed?: string };

/** The analysis plus what the editor draws: every mention of a character. */
export interface StoryAnalysis extends Analysis {
  readonly mentions: readonly Mention[];
  readonly quotes: readonly SpokenQuote[];
}

/** Which paragraphs an edit replaced: `deleteCount` old ones at `start` became `insertCount` new. */
export interface ParagraphEdit {
  readonly start: number;
  readonly deleteCount: number;
  readonly insertCount: number;
}

/** Texts a cache may hold past twice the story's paragraphs before it sweeps. */
const SWEEP_FLOOR = 64;

let sharedLexicon: Lexicon | null = null;
/** The compiled lexicon, built once per process. */
export function defaultLexicon(): Lexicon {
  return (sharedLexicon ??= compileLexicon(lexiconEntries));
}

function moved<T extends { from: number; to: number; paragraph: number }>(
  item: T,
  delta: number,
  paragraph: number,
): T {
  return { ...item, from: item.from + delta, to: item.to + delta, paragraph };
}

/** One paragraph's cached notes and scan (`from`) placed at its offset and number. */
interface PlacedNotes {
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

/** One paragraph's spoken quotes and, for each, whether it is narration (isNarrationQuote). */
interface SpokenQuotes {
  readonly quotes: readonly LocalQuote[];
  readonly narration: readonly boolean[];
}

/** The story-wide facts of the last full analysis, which the fast path reuses. */
interface Context {
  readonly story: StoryText;
  readonly result: StoryAnalysis;
  readonly style: QuoteStyle;
  readonly matcher: CastMatcher;
  readonly voices: ReadonlyMap<string, Voice>;
  readonly speller: Speller | undefined;
  /** Descriptions shown as the character who speaks their lines (spokenAs): their mentions too. */
  readonly folded: ReadonlyMap<string, string>;
}

export class StoryAnalyzer {
  private readonly lexicon = defaultLexicon();
  private baseSpeller: Speller | undefined;
  private readonly storyWords: readonly string[];
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
  /** The speaker walk of the last pass: the next resumes it before the first changed paragraph. */
  private readonly speakerMemo: SpeakerWalkMemo = {};
  private readonly notes = new TextCache<Note[]>();
  /** Each paragraph's notes as the last full pass placed them (findNotes). */
  private placedNotes: readonly (PlacedNotes | undefined)[] = [];
  private readonly boundaries = new BoundaryMemo();
  private readonly titles = new TitleMemo();
  private castKey = "";
  /**
   * What depends on the cast's names, aliases and `unnamed` alone, kept while they stay (most
   * passes keep their cast): the compiled matcher and which member each description means.
   */
  private byNames: {
    key: string;
    matcher: CastMatcher;
    described: Map<string, string | null>;
  } | null = null;
  /** The last discovery's inputs (each prose paragraph's names, in order) and its cast. */
  private discovery: {
    style: QuoteStyle;
    names: readonly ParagraphNames[];
    cast: readonly Character[];
  } | null = null;
  /** Which character owns each name form, for the cast the narrator is looked for in. */
  private owners: { cast: readonly Character[]; of: NameOwners } | null = null;
  /** Words of the cast's names: never lexicon terms when capitalised. */
  private castNames: ReadonlySet<string> = new Set();
  private context: Context | null = null;
  /** The speller for the last cast (spellerFor). */
  private spelled: { cast: readonly Character[]; speller: Speller } | null = null;

  constructor(private readonly options: AnalyzerOptions = {}) {
    this.storyWords = options.storyWords ?? [];
    this.baseSpeller =
      options.speller ??
      (options.dictionaries?.length ? createSpeller(options.dictionaries) : undefined);
  }

  /**
   * Spells with `speller` from the next pass on (the app's dictionaries arrive after the story
   * is open and analysed). Only the notes were read with the speller: the other caches stay, so
   * that pass costs the spelling, not a whole first pass again.
   */
  useSpeller(speller: Speller): void {
    this.baseSpeller = speller;
    this.spelled = null;
    this.notes.clear();
    // The fast path reads the last pass's speller: the next pass is a full one.
    this.context = null;
  }

  /** Analyses a story's text (or parsed story). The file name is only reported back. */
  analyze(input: string | StoryText, file = ""): StoryAnalysis {
    const story = this.startPass(typeof input === "string" ? parseStory(input) : input);
    const style = detectQuoteStyle(story, (text) => this.marks.get(text, () => quoteMarks(text)));
    const cast = this.narrated(story, style, this.discover(story, style));
    this.useCast(cast);
    const { matcher, described } = this.namesOf(cast);
    // spokenIn reads the paragraph's quotes itself (cached by text), so findQuotes needs no quotesOf.
    const spokenOf = (text: string, style: QuoteStyle): readonly LocalQuote[] =>
      this.spokenIn(text, style).quotes;
    const spans = findQuotes(story, style, undefined, spokenOf);
    const walked = attributeSpeakers(story, spans, cast, {
      mentionsOf: (text) => this.mentionsIn(text, matcher),
      segmentsOf: (text, local, mentions) =>
        this.segments.get(text, () => readSegments(text, local, mentions), style),
      described,
      memo: this.speakerMemo,
      // The writer's word wins before anything reads the speakers, self-introductions too.
      correct: this.options.correctSpeakers && ((q) => this.options.correctSpeakers!(q, story)),
    }) as readonly AttributedQuote[];
    // Each line's narration flag is kept beside its paragraph's spoken quotes (read above).
    const narration = walked.map(
      (q) => this.spokenIn(story.paragraphs[q.paragraph]!.text, style).narration[q.index]!,
    );
    // The writer's corrections are in (attributeSpeakers' `correct`): a voice inferred from a
    // line the writer gave to someone else would otherwise stay with the wrong character.
    const quotes = listedQuotes(walked, narration);
    const voices = this.voices(cast, quotes);
    const speller = this.spellerFor(cast);
    const voiceOf = new Map([...voices].map(([name, v]) => [name, v.voice]));
    // "the child" whose tags all went to Randolph is Randolph: one card, its mentions his.
    const found = this.findMentions(story, matcher);
    let sceneNo = 0;
    const sceneAt = story.paragraphs.map((p) => (p.isBreak ? ++sceneNo : sceneNo));
    const folded = spokenAs(
      cast,
      quotes,
      (q) => {
        const p = story.paragraphs[q.paragraph]!;
        return p.text.slice(q.to - p.offset);
      },
      {
        sceneOf: (q) => sceneAt[q.paragraph]!,
        mentionedOutside: (d, own) =>
          found.some((m) => m.character === d && !own.has(sceneAt[m.paragraph]!)),
      },
    );
    const mentions =
      folded.size === 0
        ? found
        : found.map((m) => {
            const who = folded.get(m.character);
            return who === undefined ? m : { ...m, character: who };
          });
    const markdown = isMarkdownFile(file);
    const headings: number[] = [];
    story.paragraphs.forEach((p, i) => {
      if (!p.isBreak && isChapterHeading(p.text, markdown)) headings.push(i);
    });
    // Each paragraph's count, looked up once for the scenes, the chapters and the total.
    const wordsAt = story.paragraphs.map((p) => this.words(p.text, p.isBreak));
    const scenes = this.scenes(story, cast, mentions, headings, wordsAt);
    const chapters = groupChapters(
      story.paragraphs.length,
      headings,
      (i) => chapterTitle(story.paragraphs[i]!.text),
      (i) => wordsAt[i]!,
      scenes.map((s) => s.firstParagraph),
      file,
    );
    const notes = this.findNotes(story, quotes, voiceOf, speller);
    const result: StoryAnalysis = {
      file,
      paragraphs: story.paragraphs.length,
      words: wordsAt.reduce((n, w) => n + w, 0),
      scenes,
      chapters,
      characters: this.characterInfo(foldSpokenAs(cast, folded), voices, mentions, scenes),
      quotes: quotes.map(({ evidence: _evidence, ...q }) => q),
      notes,
      mentions,
    };
    this.context = { story, result, style, matcher, voices: voiceOf, speller, folded };
    return result;
  }

  /**
   * The fast path after an edit: re-reads the changed paragraphs against the last full
   * analysis (its cast, speakers and voices); everything else is shifted into place. New quotes
   * keep the speaker of the quote they replace, by position, until the next full analysis.
   * Returns null when there is no earlier analysis to build on.
   */
  update(story: StoryText, edit: ParagraphEdit): StoryAnalysis | null {
    const context = this.context;
    if (
      !context ||
      context.story.paragraphs.length - edit.deleteCount + edit.insertCount !==
        story.paragraphs.length
    )
      return null;
    const old = context.result;
    const end = edit.start + edit.deleteCount;
    const delta = edit.insertCount - edit.deleteCount;
    // Keeps an item of an unchanged paragraph, moved to where that paragraph is now.
    const keep = <T extends { paragraph: number; from: number; to: number }>(item: T): T | null => {
      if (item.paragraph < edit.start) return item;
      if (item.paragraph < end) return null;
      const paragraph = item.paragraph + delta;
      return moved(
        item,
        story.paragraphs[paragraph]!.offset - context.story.paragraphs[item.paragraph]!.offset,
        paragraph,
      );
    };
    const keepAll = <T extends { paragraph: number; from: number; to: number }>(
      items: readonly T[],
    ): T[] => items.map(keep).filter((x): x is T => x !== null);
    const fresh = { quotes: [] as SpokenQuote[], mentions: [] as Mention[], notes: [] as Note[] };
    const previous = old.quotes.filter((q) => q.paragraph >= edit.start && q.paragraph < end);
    for (let i = edit.start; i < edit.start + edit.insertCount; i++) {
      const p = { ...story.paragraphs[i]!, text: this.texts.own(story.paragraphs[i]!.text) };
      if (p.isBreak) continue;
      // The same kept reading the full pass lists from, not the narration checks again per key.
      const spoken = this.spokenIn(p.text, context.style);
      const local = spoken.quotes.filter((_, i) => !spoken.narration[i]);
      const quotes = local.map((q, index): SpokenQuote => {
        const before = previous.find(
          (o) => o.index === index && o.paragraph - edit.start === i - edit.start,
        );
        return {
          paragraph: i,
          index,
          from: p.offset + q.from,
          to: p.offset + q.to,
          text: p.text.slice(q.from, q.to),
          speaker: before?.speaker ?? null,
          confidence: before?.confidence ?? 0,
        };
      });
      fresh.quotes.push(...quotes);
      for (const m of this.mentionsIn(p.text, context.matcher))
        fresh.mentions.push({
          paragraph: i,
          from: p.offset + m.from,
          to: p.offset + m.to,
          character: context.folded.get(m.character) ?? m.character,
        });
      const read = this.readNotes(p.text, p.offset, quotes, context.voices, context.speller);
      fresh.notes.push(...read.notes.map((n) => moved(n, p.offset, i)));
    }
    const byPosition = (a: { from: number }, b: { from: number }): number => a.from - b.from;
    const scenes = old.scenes.map((s) => {
      const first = s.firstParagraph >= end ? s.firstParagraph + delta : s.firstParagraph;
      const last =
        s.lastParagraph >= end - 1 ? Math.max(first, s.lastParagraph + delta) : s.lastParagraph;
      let words = s.words;
      if (s.lastParagraph >= edit.start && s.firstParagraph < end) {
        words = 0;
        for (let p = first; p <= last; p++)
          words += this.words(story.paragraphs[p]!.text, story.paragraphs[p]!.isBreak);
      }
      return { ...s, firstParagraph: first, lastParagraph: last, words };
    });
    // Chapters shift with their paragraphs; a heading typed or removed waits for the full pass.
    const chapters = old.chapters.map((c) => {
      const first = c.firstParagraph >= end ? c.firstParagraph + delta : c.firstParagraph;
      const last =
        c.lastParagraph >= end - 1 ? Math.max(first, c.lastParagraph + delta) : c.lastParagraph;
      const words = scenes
        .filter((s) => s.firstParagraph >= first && s.firstParagraph <= last)
        .reduce((n, s) => n + s.words, 0);
      return { ...c, firstParagraph: first, lastParagraph: last, words };
    });
    const result: StoryAnalysis = {
      ...old,
      paragraphs: story.paragraphs.length,
      words: scenes.reduce((n, s) => n + s.words, 0),
      scenes,
      chapters,
      quotes: [...keepAll(old.quotes), ...fresh.quotes].sort(byPosition),
      mentions: [...keepAll(old.mentions), ...fresh.mentions].sort(byPosition),
      notes: [...keepAll(old.notes), ...fresh.notes].sort(byPosition),
    };
    // The next edit builds on this one; the story-wide facts stay those of the last full pass.
    this.context = { ...context, story, result };
    return result;
  }

  /**
   * Starts a full pass: the caches let go of texts the story no longer has once they hold
   * twice what it needs, and the story's paragraphs are read through the pool (same offsets,
   * same texts, owned strings).
   */
  private startPass(story: StoryText): StoryText {
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
  private useCast(cast: readonly Character[]): void {
    // Whether a member is unnamed counts too: the scenes read only named members, so a
    // described speaker who becomes one by an edit changes every paragraph's features.
    const key = JSON.stringify(cast.map((c) => [c.name, c.aliases, c.voice, c.unnamed ?? false]));
    if (key === this.castKey) return;
    this.castKey = key;
    this.castNames = nameWords(cast.filter((c) => !c.unnamed));
    for (const cache of this.castCaches()) cache.clear();
  }

  /**
   * The discovered cast. Discovery reads nothing but each prose paragraph's names (and the
   * given cast, fixed per analyzer), and of their lowercase words only which words the story
   * has: when every paragraph reads as before, as after most keystrokes, the cast is the last
   * pass's, without tallying the whole story again.
   */
  private discover(story: StoryText, style: QuoteStyle): readonly Character[] {
    const names: ParagraphNames[] = [];
    for (const p of story.paragraphs)
      if (!p.isBreak)
        names.push(this.names.get(p.text, () => namesInParagraph(p.text, style), style));
    const last = this.discovery;
    if (last && last.style === style && sameNames(last.names, names)) {
      this.discovery = { ...last, names };
      return last.cast;
    }
    const cast = discoverCast(
      story,
      this.options.cast ?? [],
      (text, style) => this.names.get(text, () => namesInParagraph(text, style), style),
      style,
      this.options.castIsPartial,
    );
    this.discovery = { style, names, cast };
    return cast;
  }

  /**
   * The cast with its first-person narrator marked: the writer's when the cast marks one, else
   * the name the story gives (narrator-name.ts), which must be a given member when a whole cast
   * is given (the command line's); with none, or a partial one (`castIsPartial`, the app's), a
   * discovered character of that name or a new one.
   */
  private narrated(
    story: StoryText,
    style: QuoteStyle,
    cast: readonly Character[],
  ): readonly Character[] {
    if (narratorOf(cast) !== NARRATOR) return cast;
    const given = this.options.castIsPartial ? [] : (this.options.cast ?? []);
    // With a whole cast, only its members may tell the story; else any name the story shows.
    const pool = given.length > 0 ? given : cast;
    if (this.owners?.cast !== pool) this.owners = { cast: pool, of: nameOwners(pool) };
    const owners = this.owners.of;
    const name = inferNarrator(
      story.paragraphs.map((p) => ({
        text: p.text,
        isBreak: p.isBreak,
        quotes: p.isBreak ? [] : this.quotesIn(p.text, style),
      })),
      (written) => owners.resolve(written, given.length === 0),
      (p) => this.clues.get(p.text, () => narratorClues(p.text, p.quotes), style),
      (name) => owners.formsOf(name),
    );
    return name === null ? cast : withNarrator(cast, name);
  }

  /**
   * The speller, with the cast's names and aliases as words of this story (never spelling
   * mistakes): made once per cast, which most passes keep.
   */
  private spellerFor(cast: readonly Character[]): Speller | undefined {
    if (!this.baseSpeller) return undefined;
    if (this.spelled?.cast !== cast) {
      const names = cast.flatMap((c) => [
        c.name,
        ...c.aliases,
        ...`${c.name} ${c.aliases.join(" ")}`.split(/\s+/),
      ]);
      this.spelled = { cast, speller: this.baseSpeller.withWords([...this.storyWords, ...names]) };
    }
    return this.spelled.speller;
  }

  private namesOf(cast: readonly Character[]): NonNullable<StoryAnalyzer["byNames"]> {
    const key = JSON.stringify(cast.map((c) => [c.name, c.aliases, c.unnamed ?? false]));
    if (this.byNames?.key !== key)
      this.byNames = { key, matcher: compileCastMatcher(cast), described: new Map() };
    return this.byNames;
  }

  private quotesIn(text: string, style: QuoteStyle): readonly LocalQuote[] {
    return this.quotes.get(text, () => quotesInParagraph(text, style), style);
  }

  private spokenIn(text: string, style: QuoteStyle): SpokenQuotes {
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

  private words(text: string, isBreak = false): number {
    return isBreak ? 0 : this.wordCounts.get(text, () => countWords(text));
  }

  private mentionsIn(text: string, matcher: CastMatcher): readonly LocalMention[] {
    return this.mentions.get(text, () => mentionsInParagraph(text, matcher));
  }

  /**
   * The writer's voice where set; otherwise inferred from the character's own lines, counting
   * only lines whose speaker is sure: a misattributed line would lend one character another's
   * words.
   */
  private voices(
    cast: readonly Character[],
    quotes: readonly AttributedQuote[],
  ): Map<string, { voice: Voice; inferred: boolean }> {
    const tally = new Map<string, { british: number; american: number }>();
    for (const q of quotes) {
      if (!q.speaker || (q.confidence ?? 1) < CONFIDENT_SPEAKER) continue;
      const e = this.evidence.get(q.text, () =>
        voiceEvidence(q.text, this.lexicon, this.castNames),
      );
      const t =
        tally.get(q.speaker) ?? tally.set(q.speaker, { british: 0, american: 0 }).get(q.speaker)!;
      t.british += e.british;
      t.american += e.american;
    }
    const voices = new Map<string, { voice: Voice; inferred: boolean }>();
    for (const c of cast) {
      const t = tally.get(c.name);
      if (c.voice !== "unknown") voices.set(c.name, { voice: c.voice, inferred: false });
      else
        voices.set(c.name, {
          voice: voiceFromEvidence(t?.british ?? 0, t?.american ?? 0).voice,
          inferred: true,
        });
    }
    return voices;
  }

  private findMentions(story: StoryText, matcher: CastMatcher): Mention[] {
    const out: Mention[] = [];
    story.paragraphs.forEach((p, paragraph) => {
      if (p.isBreak) return;
      for (const m of this.mentionsIn(p.text, matcher))
        out.push({
          paragraph,
          from: p.offset + m.from,
          to: p.offset + m.to,
          character: m.character,
        });
    });
    return out;
  }

  private scenes(
    story: StoryText,
    cast: readonly Character[],
    mentions: readonly Mention[],
    chapterStarts: readonly number[],
    wordsAt: readonly number[],
  ): SceneInfo[] {
    const characters = cast.filter((c) => !c.unnamed);
    const detected = detectScenes(story, {
      characters,
      chapterStarts,
      featuresOf: (text) =>
        this.features.get(text, () => paragraphFeatures(text, characters, this.words(text))),
      boundariesOf: this.boundaries.pass().boundariesOf,
      titlesOf: this.titles.pass().titlesOf,
    });
    // Who is present in each scene: its mentions' characters (one set per scene, not per
    // paragraph), listed in the cast's order.
    const sceneAt = new Int32Array(story.paragraphs.length).fill(-1);
    detected.forEach((s, index) => sceneAt.fill(index, s.firstParagraph, s.lastParagraph + 1));
    const present = detected.map(() => new Set<string>());
    for (const m of mentions) present[sceneAt[m.paragraph]!]?.add(m.character);
    const places = new Map<string, number[]>();
    cast.forEach((c, i) => {
      const at = places.get(c.name);
      if (at) at.push(i);
      else places.set(c.name, [i]);
    });
    // Scenes told in the first person follow the narrator: the cast's, when it names one.
    const narrator = narratorOf(cast);
    return detected.map((s, index) => {
      const pov = s.pov === NARRATOR ? narrator : s.pov;
      let words = 0;
      for (let p = s.firstParagraph; p <= s.lastParagraph; p++) words += wordsAt[p]!;
      const here = present[index]!;
      if (pov) here.add(pov);
      const at: number[] = [];
      for (const name of here) for (const i of places.get(name) ?? []) at.push(i);
      const order = at.sort((a, b) => a - b).map((i) => cast[i]!.name);
      return {
        index,
        firstParagraph: s.firstParagraph,
        lastParagraph: s.lastParagraph,
        title: s.title,
        pov,
        characters: order,
        words,
        source: s.source,
        confidence: s.confidence,
      };
    });
  }

  /**
   * One paragraph's notes and lexicon scan, cached by its text, quotes and speakers, with
   * offsets relative to the paragraph (the very cached objects while those stay).
   */
  private readNotes(
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
    const names = this.castNames;
    const scan = this.scans.get(
      text,
      () =>
        scanParagraph(
          { index: 0, offset: 0, text },
          (local ??= quotes.map((q) => moved(q, -offset, 0))),
          this.lexicon,
          names,
        ),
      quoteKey,
    );
    const notes = this.notes.get(
      text,
      () =>
        notesForParagraph(
          { index: 0, offset: 0, text },
          (local ??= quotes.map((q) => moved(q, -offset, 0))),
          { voices, lexicon: this.lexicon, names, ...(speller ? { speller } : {}) },
          scan,
        ),
      quoteKey,
    );
    return { notes, scan };
  }

  private findNotes(
    story: StoryText,
    quotes: readonly AttributedQuote[],
    voices: ReadonlyMap<string, Voice>,
    speller: Speller | undefined,
  ): Note[] {
    const byParagraph = new Map<number, AttributedQuote[]>();
    for (const q of quotes)
      (byParagraph.get(q.paragraph) ?? byParagraph.set(q.paragraph, []).get(q.paragraph)!).push(q);
    const notes: Note[] = [];
    const scans: ParagraphScan[] = [];
    // A paragraph whose cached notes and scan are the last pass's, at the same place, keeps
    // last pass's placed copies: after an edit, every paragraph before it.
    const last = this.placedNotes;
    const placed: PlacedNotes[] = [];
    story.paragraphs.forEach((p, paragraph) => {
      if (p.isBreak) return;
      const read = this.readNotes(
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
    this.placedNotes = placed;
    notes.push(...storyNotes(scans));
    return notes.sort((a, b) => a.from - b.from || a.to - b.to);
  }

  private characterInfo(
    cast: readonly Character[],
    voices: ReadonlyMap<string, { voice: Voice; inferred: boolean }>,
    mentions: readonly Mention[],
    scenes: readonly SceneInfo[],
  ): CharacterInfo[] {
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.character, (counts.get(m.character) ?? 0) + 1);
    // Gathered once: a filter per character was cast x scene characters (seconds at 8,000 names).
    const scenesOf = new Map<string, number[]>();
    for (const s of scenes) {
      for (const name of new Set(s.characters)) {
        const list = scenesOf.get(name);
        if (list) list.push(s.index);
        else scenesOf.set(name, [s.index]);
      }
    }
    return cast.map((c) => {
      const v = voices.get(c.name);
      return {
        ...c,
        voice: v?.voice ?? c.voice,
        ...(v?.inferred ? { voiceInferred: true } : {}),
        mentions: counts.get(c.name) ?? 0,
        scenes: [...(scenesOf.get(c.name) ?? [])],
      };
    });
  }
}
