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
 *
 * This file is the pass itself, in that order; its parts live in `core/analysis/`: each
 * paragraph's cached readings (paragraph-readings.ts), the story's cast (story-cast.ts), the
 * notes (paragraph-notes.ts), the scenes and characters as reported (scene-info.ts,
 * character-info.ts) and the fast path (fast-update.ts).
 */
import {
  attributeSpeakers,
  compileCastMatcher,
  detectQuoteStyle,
  findQuotes,
  type CastMatcher,
  type LocalQuote,
  type QuoteStyle,
} from "./cast";
import type { Mention } from "./cast/mentions";
import type { SpeakerModel } from "./cast/ranker";
import type { AttributedQuote, SpeakerWalkMemo } from "./cast/speakers";
import { listedQuotes } from "./cast/scare-quotes";
import { foldSpokenAs, spokenAs } from "./cast/spoken-as";
import { compileLexicon, lexiconEntries, type Lexicon } from "./lexicon";
import type { Analysis, Character, Quote, SceneInfo } from "./model";
import { createSpeller, type DictionaryData, type Speller } from "./notes";
import { detectScenes } from "./scenes";
import { chapterHeadings, chapterTitle, groupChapters, isMarkdownFile } from "./chapters";
import { parseStory, type StoryText } from "./story";
import { BoundaryMemo, TitleMemo } from "./pass-memo";
import { characterInfo, inferVoices } from "./analysis/character-info";
import { updateAfterEdit, type LastPass } from "./analysis/fast-update";
import { findNotes, type PlacedNotes } from "./analysis/paragraph-notes";
import { ParagraphReadings } from "./analysis/paragraph-readings";
import { describeScenes } from "./analysis/scene-info";
import { StoryCast } from "./analysis/story-cast";

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
  /** The speaker ranker's weights; the shipped model unless a trainer scores another. */
  readonly speakerModel?: SpeakerModel;
}

/** A quote as the analysis lists it; `unnamed` describes a speaker who has no name. */
export type SpokenQuote = Quote & { readonly unnamed?: string };

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

let sharedLexicon: Lexicon | null = null;
/** The compiled lexicon, built once per process. */
export function defaultLexicon(): Lexicon {
  return (sharedLexicon ??= compileLexicon(lexiconEntries));
}

export class StoryAnalyzer {
  private baseSpeller: Speller | undefined;
  private readonly storyWords: readonly string[];
  /** Each paragraph's readings, cached by its text (paragraph-readings.ts). */
  private readonly readings = new ParagraphReadings(defaultLexicon());
  /** The cast, discovered and its narrator marked, with what lets the next pass keep it. */
  private readonly storyCast: StoryCast;
  /** The speaker walk of the last pass: the next resumes it before the first changed paragraph. */
  private readonly speakerMemo: SpeakerWalkMemo = {};
  /** Each paragraph's notes as the last full pass placed them (findNotes). */
  private placedNotes: readonly (PlacedNotes | undefined)[] = [];
  private readonly boundaries = new BoundaryMemo();
  private readonly titles = new TitleMemo();
  /**
   * What depends on the cast's names, aliases and `unnamed` alone, kept while they stay (most
   * passes keep their cast): the compiled matcher and which member each description means.
   */
  private byNames: {
    key: string;
    matcher: CastMatcher;
    described: Map<string, string | null>;
  } | null = null;
  private context: LastPass | null = null;
  /** The speller for the last cast (spellerFor). */
  private spelled: { cast: readonly Character[]; speller: Speller } | null = null;

  constructor(private readonly options: AnalyzerOptions = {}) {
    this.storyWords = options.storyWords ?? [];
    this.baseSpeller =
      options.speller ??
      (options.dictionaries?.length ? createSpeller(options.dictionaries) : undefined);
    this.storyCast = new StoryCast(options, this.readings);
  }

  /** How many paragraphs' spoken quotes were read rather than kept (what the tests count). */
  get spokenReads(): number {
    return this.readings.spokenReads;
  }

  /**
   * Spells with `speller` from the next pass on (the app's dictionaries arrive after the story
   * is open and analysed). Only the notes were read with the speller: the other caches stay, so
   * that pass costs the spelling, not a whole first pass again.
   */
  useSpeller(speller: Speller): void {
    this.baseSpeller = speller;
    this.spelled = null;
    this.readings.forgetNotes();
    // The fast path reads the last pass's speller: the next pass is a full one.
    this.context = null;
  }

  /** Analyses a story's text (or parsed story). The file name is only reported back. */
  analyze(input: string | StoryText, file = ""): StoryAnalysis {
    const readings = this.readings;
    const story = readings.startPass(typeof input === "string" ? parseStory(input) : input);
    const style = detectQuoteStyle(story, (text) => readings.marksIn(text));
    const cast = this.storyCast.of(story, style);
    readings.useCast(cast);
    const { matcher, described } = this.namesOf(cast);
    // spokenIn reads the paragraph's quotes itself (cached by text), so findQuotes needs no quotesOf.
    const spokenOf = (text: string, style: QuoteStyle): readonly LocalQuote[] =>
      readings.spokenIn(text, style).quotes;
    const spans = findQuotes(story, style, undefined, spokenOf);
    const walked = attributeSpeakers(story, spans, cast, {
      mentionsOf: (text) => readings.mentionsIn(text, matcher),
      segmentsOf: (text, local, mentions) => readings.segmentsIn(text, local, mentions, style),
      described,
      memo: this.speakerMemo,
      model: this.options.speakerModel,
      // The writer's word wins before anything reads the speakers, self-introductions too.
      correct: this.options.correctSpeakers && ((q) => this.options.correctSpeakers!(q, story)),
    }) as readonly AttributedQuote[];
    // Each line's narration flag is kept beside its paragraph's spoken quotes (read above).
    const narration = walked.map((q) => {
      const p = story.paragraphs[q.paragraph]!;
      return readings.spokenIn(p.text, style, q.paragraph).narration[q.index]!;
    });
    // The writer's corrections are in (attributeSpeakers' `correct`): a voice inferred from a
    // line the writer gave to someone else would otherwise stay with the wrong character.
    const quotes = listedQuotes(walked, narration);
    const voices = inferVoices(cast, quotes, (text) => readings.evidenceIn(text));
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
    const stacks = chapterHeadings(
      story.paragraphs.map((p) => (p.isBreak ? null : p.text)),
      markdown,
    );
    const headings = stacks.map((h) => h.first);
    const ownOf = new Map(stacks.map((h) => [h.first, h.own]));
    // Each paragraph's count, looked up once for the scenes, the chapters and the total.
    const wordsAt = story.paragraphs.map((p) => readings.words(p.text, p.isBreak));
    const scenes = this.scenes(story, cast, mentions, headings, wordsAt);
    const chapters = groupChapters(
      story.paragraphs.length,
      headings,
      (i) => chapterTitle(story.paragraphs[ownOf.get(i) ?? i]!.text),
      (i) => wordsAt[i]!,
      scenes.map((s) => s.firstParagraph),
      file,
    );
    const read = findNotes(
      readings.noteReading(),
      story,
      quotes,
      voiceOf,
      speller,
      this.placedNotes,
    );
    this.placedNotes = read.placed;
    const result: StoryAnalysis = {
      file,
      paragraphs: story.paragraphs.length,
      words: wordsAt.reduce((n, w) => n + w, 0),
      scenes,
      chapters,
      characters: characterInfo(foldSpokenAs(cast, folded), voices, mentions, scenes),
      quotes: quotes.map(({ evidence: _evidence, ...q }) => q),
      notes: read.notes,
      mentions,
    };
    this.context = {
      story,
      result,
      notes: read.read,
      style,
      matcher,
      voices: voiceOf,
      speller,
      folded,
    };
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
    const { result, notes } = updateAfterEdit(context, story, edit, this.readings);
    // The next edit builds on this one; the story-wide facts stay those of the last full pass.
    this.context = { ...context, story, result, notes };
    return result;
  }

  /**
   * The speller the last pass spelled with (the story's words and its cast's names and aliases
   * as words), or the writer's cast's before any pass; undefined without dictionaries. The
   * notes' card asks it for suggestions, so they know the words the notes know.
   */
  speller(): Speller | undefined {
    return this.spelled?.speller ?? this.spellerFor(this.options.cast ?? []);
  }

  /** The most texts any one cache holds: what a long session of edits must not grow. */
  cachedTexts(): number {
    return this.readings.cachedTexts();
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

  private findMentions(story: StoryText, matcher: CastMatcher): Mention[] {
    const out: Mention[] = [];
    story.paragraphs.forEach((p, paragraph) => {
      if (p.isBreak) return;
      for (const m of this.readings.mentionsIn(p.text, matcher))
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
      featuresOf: (text) => this.readings.featuresIn(text, characters),
      boundariesOf: this.boundaries.pass().boundariesOf,
      titlesOf: this.titles.pass().titlesOf,
    });
    return describeScenes(detected, story.paragraphs.length, cast, mentions, wordsAt);
  }
}
