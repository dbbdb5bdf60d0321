/**
 * The incremental analysis behind the CLI, the editor's worker and the benchmark.
 *
 * Order matters: the cast (given, then discovered), quotes, speakers, voices (set by the
 * writer or inferred from each character's lines), then scenes and notes. Per-paragraph work
 * is a pure function of the paragraph's text (plus the cast or the speakers), so it is cached
 * by text: after a one-word edit only the edited paragraph is read again, and the story-wide
 * passes run over cached summaries.
 */
import { attributeSpeakers, discoverCast, findQuotes, mentionsInParagraph, compileCastMatcher, detectQuoteStyle, namesInParagraph } from "./cast";
import type { ParagraphNames } from "./cast/discover";
import type { LocalMention, Mention } from "./cast/mentions";
import { readSegments } from "./cast/refs";
import type { AttributedQuote } from "./cast/speakers";
import { compileLexicon, lexiconEntries, type Lexicon } from "./lexicon";
import type { Analysis, Character, CharacterInfo, Note, Quote, SceneInfo, Voice } from "./model";
import { createSpeller, notesForParagraph, scanParagraph, storyNotes, voiceEvidence, voiceFromEvidence, type Speller } from "./notes";
import type { ParagraphScan } from "./notes/scan";
import { detectScenes, paragraphFeatures, type ParagraphFeatures } from "./scenes";
import { parseStory, type StoryText } from "./story";
import { countWords } from "./words";

export interface AnalyzerOptions {
  /** Characters given by the writer; they win over discovered ones. */
  readonly cast?: readonly Character[];
  /** Words the writer added to the story dictionary. */
  readonly storyWords?: readonly string[];
  /** Hunspell dictionaries (en-GB, en-US); without them there are no spelling notes. */
  readonly dictionaries?: readonly { readonly aff: string | Uint8Array; readonly dic: string | Uint8Array }[];
  /** A speller already loaded (loading takes a few hundred milliseconds). */
  readonly speller?: Speller;
}

/** The analysis plus what the editor draws: every mention of a character. */
export interface StoryAnalysis extends Analysis {
  readonly mentions: readonly Mention[];
  readonly quotes: readonly (Quote & { readonly unnamed?: string })[];
}

/** Bounded text-keyed cache: old entries go first, so a long session does not grow forever. */
export class TextCache<V> {
  private map = new Map<string, V>();

  constructor(private readonly limit = 20_000) {}

  get(key: string, compute: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute();
      if (this.map.size >= this.limit) this.map = new Map([...this.map].slice(this.limit / 2));
      this.map.set(key, value);
    }
    return value;
  }
}

let sharedLexicon: Lexicon | null = null;
/** The compiled lexicon, built once per process. */
export function defaultLexicon(): Lexicon {
  return (sharedLexicon ??= compileLexicon(lexiconEntries));
}

function shift<T extends { from: number; to: number; paragraph: number }>(item: T, offset: number, paragraph: number): T {
  return { ...item, from: item.from + offset, to: item.to + offset, paragraph };
}

export class StoryAnalyzer {
  private readonly lexicon = defaultLexicon();
  private readonly speller: Speller | undefined;
  private readonly features = new TextCache<ParagraphFeatures>();
  private readonly mentions = new TextCache<readonly LocalMention[]>();
  private readonly names = new TextCache<ParagraphNames>();
  private readonly segments = new TextCache<ReturnType<typeof readSegments>>();
  private readonly notes = new TextCache<Note[]>();
  private readonly scans = new TextCache<ParagraphScan>();
  private readonly evidence = new TextCache<{ british: number; american: number }>();
  private readonly wordCounts = new TextCache<number>();
  private readonly storyWords: readonly string[];

  constructor(private readonly options: AnalyzerOptions = {}) {
    this.storyWords = options.storyWords ?? [];
    this.speller = options.speller ?? (options.dictionaries?.length ? createSpeller(options.dictionaries) : undefined);
  }

  /** Analyses a story's text (or parsed story). The file name is only reported back. */
  analyze(input: string | StoryText, file = ""): StoryAnalysis {
    const story = typeof input === "string" ? parseStory(input) : input;
    const cast = discoverCast(story, this.options.cast ?? [], (text, style) => this.names.get(`${style}\u0000${text}`, () => namesInParagraph(text, style)));
    const castKey = JSON.stringify(cast.map((c) => [c.name, c.aliases]));
    const matcher = compileCastMatcher(cast);
    const mentionsOf = (text: string) => this.mentions.get(`${castKey}\u0000${text}`, () => mentionsInParagraph(text, matcher));
    const style = detectQuoteStyle(story);
    const spans = findQuotes(story, style);
    const quotes = attributeSpeakers(story, spans, cast, {
      mentionsOf,
      segmentsOf: (text, local, mentions) => this.segments.get(`${castKey}\u0000${style}\u0000${text}`, () => readSegments(text, local, mentions)),
    }) as readonly AttributedQuote[];
    const voices = this.voices(cast, quotes);
    // Names and aliases are words of this story: never spelling mistakes.
    const speller = this.speller?.withWords([...this.storyWords, ...cast.flatMap((c) => [c.name, ...c.aliases, ...`${c.name} ${c.aliases.join(" ")}`.split(/\s+/)])]);
    const mentions = this.findMentions(story, mentionsOf);
    const scenes = this.scenes(story, cast, castKey, mentions);
    const notes = this.findNotes(story, quotes, voices, speller, castKey);
    const characters = this.characterInfo(cast, voices, mentions, scenes);
    return {
      file,
      paragraphs: story.paragraphs.length,
      words: story.paragraphs.reduce((n, p) => n + (p.isBreak ? 0 : this.words(p.text)), 0),
      scenes,
      characters,
      quotes: quotes.map(({ evidence: _evidence, ...q }) => q),
      notes,
      mentions,
    };
  }

  private words(text: string): number {
    return this.wordCounts.get(text, () => countWords(text));
  }

  /** The writer's voice where set; otherwise inferred from the character's own lines. */
  private voices(cast: readonly Character[], quotes: readonly AttributedQuote[]): Map<string, { voice: Voice; inferred: boolean }> {
    const tally = new Map<string, { british: number; american: number }>();
    for (const q of quotes) {
      if (!q.speaker) continue;
      const e = this.evidence.get(q.text, () => voiceEvidence(q.text, this.lexicon));
      const t = tally.get(q.speaker) ?? tally.set(q.speaker, { british: 0, american: 0 }).get(q.speaker)!;
      t.british += e.british;
      t.american += e.american;
    }
    const voices = new Map<string, { voice: Voice; inferred: boolean }>();
    for (const c of cast) {
      const t = tally.get(c.name);
      if (c.voice !== "unknown") voices.set(c.name, { voice: c.voice, inferred: false });
      else voices.set(c.name, { voice: voiceFromEvidence(t?.british ?? 0, t?.american ?? 0).voice, inferred: true });
    }
    return voices;
  }

  private findMentions(story: StoryText, mentionsOf: (text: string) => readonly LocalMention[]): Mention[] {
    const out: Mention[] = [];
    story.paragraphs.forEach((p, paragraph) => {
      if (p.isBreak) return;
      for (const m of mentionsOf(p.text)) {
        out.push({ paragraph, from: p.offset + m.from, to: p.offset + m.to, character: m.character });
      }
    });
    return out;
  }

  private scenes(story: StoryText, cast: readonly Character[], castKey: string, mentions: readonly Mention[]): SceneInfo[] {
    const characters = cast.filter((c) => !c.unnamed);
    const detected = detectScenes(story, {
      characters,
      featuresOf: (text) => this.features.get(`${castKey}\u0000${text}`, () => paragraphFeatures(text, characters)),
    });
    const byParagraph = new Map<number, Set<string>>();
    for (const m of mentions) (byParagraph.get(m.paragraph) ?? byParagraph.set(m.paragraph, new Set()).get(m.paragraph)!).add(m.character);
    return detected.map((s, index) => {
      const present = new Set<string>();
      let words = 0;
      for (let p = s.firstParagraph; p <= s.lastParagraph; p++) {
        for (const name of byParagraph.get(p) ?? []) present.add(name);
        const para = story.paragraphs[p]!;
        if (!para.isBreak) words += this.words(para.text);
      }
      if (s.pov) present.add(s.pov);
      const order = cast.map((c) => c.name).filter((n) => present.has(n));
      return { index, firstParagraph: s.firstParagraph, lastParagraph: s.lastParagraph, title: s.title, pov: s.pov, characters: order, words, source: s.source };
    });
  }

  private findNotes(
    story: StoryText,
    quotes: readonly AttributedQuote[],
    voices: ReadonlyMap<string, { voice: Voice }>,
    speller: Speller | undefined,
    castKey: string,
  ): Note[] {
    const voiceMap = new Map([...voices].map(([name, v]) => [name, v.voice]));
    const voiceKey = JSON.stringify([...voiceMap]);
    const byParagraph = new Map<number, AttributedQuote[]>();
    for (const q of quotes) (byParagraph.get(q.paragraph) ?? byParagraph.set(q.paragraph, []).get(q.paragraph)!).push(q);
    const notes: Note[] = [];
    const scans: ParagraphScan[] = [];
    story.paragraphs.forEach((p, paragraph) => {
      if (p.isBreak) return;
      const local = (byParagraph.get(paragraph) ?? []).map((q) => shift(q, -p.offset, 0));
      const quoteKey = local.map((q) => `${q.from}:${q.to}:${q.speaker ?? ""}`).join(",");
      const key = `${castKey}\u0000${voiceKey}\u0000${quoteKey}\u0000${p.text}`;
      const input = { index: 0, offset: 0, text: p.text };
      const scan = this.scans.get(`${quoteKey}\u0000${p.text}`, () => scanParagraph(input, local, this.lexicon));
      const ctx = { voices: voiceMap, lexicon: this.lexicon, ...(speller ? { speller } : {}) };
      for (const n of this.notes.get(key, () => notesForParagraph(input, local, ctx, scan))) {
        notes.push(shift(n, p.offset, paragraph));
      }
      scans.push({ paragraph, hits: scan.hits.map((h) => ({ ...h, from: h.from + p.offset, to: h.to + p.offset })) });
    });
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
    return cast.map((c) => {
      const v = voices.get(c.name);
      return {
        ...c,
        voice: v?.voice ?? c.voice,
        ...(v?.inferred ? { voiceInferred: true } : {}),
        mentions: counts.get(c.name) ?? 0,
        scenes: scenes.filter((s) => s.characters.includes(c.name)).map((s) => s.index),
      };
    });
  }
}
