/**
 * The analysis engine as the worker runs it: the story's paragraphs, kept in step by splices,
 * and the core analyzer with its text-keyed caches. Also used directly (no worker) in tests.
 */
import { StoryAnalyzer, type ParagraphEdit, type StoryAnalysis } from "../../core/analyzer";
import { isChapterHeading, isMarkdownFile } from "../../core/chapters";
import { createSpeller, suggestSpelling, type Speller } from "../../core/notes";
import type { AttributedQuote } from "../../core/cast/speakers";
import { storyFromParagraphs, type StoryText } from "../../core/story";
import { NARRATOR } from "../../core/scenes/detect";
import { sameData } from "../../core/same-data";
import {
  applyCorrections,
  withNarratorNamed,
  type SpeakerCorrection,
} from "../../core/cast/corrections";
import { forEachMention, mentionTable } from "./mention-table";
import { applyPatch, itemsIn } from "./patch";
import type {
  AnalysisPatch,
  AnalysisSettings,
  Dictionaries,
  DocAnalysis,
  LocalMention,
  LocalNote,
  LocalQuote,
  ParagraphSplice,
} from "./protocol";

/** What the analyzer is made with: equal inputs, the same readings (configure keeps it). */
interface AnalyzerInputs {
  readonly cast: AnalysisSettings["cast"];
  readonly storyWords: AnalysisSettings["storyWords"];
  readonly corrections: NonNullable<AnalysisSettings["corrections"]>;
}

/** The fast path re-reads at most this many paragraphs; more goes to the full pass. */
const MAX_QUICK_PARAGRAPHS = 4;

export class AnalysisEngine {
  private paragraphs: string[] = [];
  private analyzer = new StoryAnalyzer({});
  /**
   * What the analyzer was made with (cast, story words, corrections), or null before the first
   * configure: settings equal in these keep it, and its caches, for the next story opened.
   */
  private made: AnalyzerInputs | null = null;
  /**
   * Whether the analyzer read a whole pass since the last configure. A kept analyzer still
   * holds the pass before it, which a new one (whose answer a kept one must give) has not.
   */
  private passed = false;
  private corrections: readonly SpeakerCorrection[] = [];
  private dismissed: ReadonlySet<string> = new Set();
  /** Loading the dictionaries takes a few hundred milliseconds: once, not per cast edit. */
  private speller: Speller | null = null;
  private settings: AnalysisSettings = { cast: [], storyWords: [] };
  /** Edits since the last analysis; one edit can take the fast path. */
  private edits: ParagraphEdit[] = [];
  /**
   * Whether a request since the last analysis replaced the whole story (a story opened). Its
   * edit can look like a keystroke when both stories are short, but the last analysis, whose
   * cast the fast path reads, is another story's.
   */
  private replaced = false;
  /** The last answer given (local offsets): the fast path's patch applies to it. */
  private last: DocAnalysis | null = null;

  configure(settings: AnalysisSettings): void {
    this.settings = settings;
    this.corrections = withNarratorNamed(settings.corrections ?? [], settings.cast, NARRATOR);
    this.dismissed = new Set(settings.dismissed ?? []);
    // A story opened again (a reload, a reopen, the tests' reset) has the same cast, words and
    // corrections: its text, read before, is read from the caches. The file name is given per
    // pass and the dismissed names are left out after it, so neither counts.
    const inputs: AnalyzerInputs = {
      cast: settings.cast,
      storyWords: settings.storyWords,
      corrections: settings.corrections ?? [],
    };
    if (!this.made || !sameData(inputs, this.made)) {
      this.made = inputs;
      this.analyzer = new StoryAnalyzer({
        cast: settings.cast,
        // The Cast panel's cast is whom the writer touched; found characters stand beside it.
        castIsPartial: true,
        storyWords: settings.storyWords,
        ...(this.speller ? { speller: this.speller } : {}),
        correctSpeakers: (quotes, story) => this.correct(quotes, story),
      });
    }
    this.passed = false;
    this.edits = [];
    this.last = null;
  }

  /** The writer's corrections on attributed quotes (story offsets), before voices are inferred. */
  private correct(
    quotes: readonly AttributedQuote[],
    story: StoryText,
  ): readonly AttributedQuote[] {
    if (this.corrections.length === 0) return quotes;
    const offsetOf = (p: number): number => story.paragraphs[p]?.offset ?? 0;
    const local = quotes.map((q) => ({
      ...q,
      from: q.from - offsetOf(q.paragraph),
      to: q.to - offsetOf(q.paragraph),
    }));
    return applyCorrections(local, (p) => story.paragraphs[p]?.text ?? "", this.corrections).map(
      (q) => ({ ...q, from: q.from + offsetOf(q.paragraph), to: q.to + offsetOf(q.paragraph) }),
    );
  }

  /** Loads the spelling dictionaries (sent once, after the story is open). */
  setDictionaries(dictionaries: Dictionaries): void {
    this.speller = createSpeller(dictionaries);
    // The same analyzer, caches and all: the cast and the story's words have not changed.
    this.analyzer.useSpeller(this.speller);
    this.edits = [];
    this.last = null;
  }

  /**
   * What the notes' card offers for a misspelt word: the speller's suggestions, with the
   * story's words and the cast's names as the notes know them. Throws before the dictionaries.
   */
  suggest(word: string): string[] {
    const speller = this.analyzer.speller();
    if (!speller) throw new Error("The spelling dictionaries are not loaded.");
    return suggestSpelling(word, speller);
  }

  apply(splice: ParagraphSplice): void {
    // Only a new editor state's first request deletes more than there is (sync.ts never does).
    if (splice.deleteCount > this.paragraphs.length) this.replaced = true;
    const deleteCount = Math.max(
      0,
      Math.min(splice.deleteCount, this.paragraphs.length - splice.start),
    );
    this.paragraphs.splice(splice.start, deleteCount, ...splice.insert);
    if (deleteCount > 0 || splice.insert.length > 0)
      this.edits.push({ start: splice.start, deleteCount, insertCount: splice.insert.length });
  }

  /** Analyses the current paragraphs; offsets in the result are local to each paragraph. */
  analyze(): DocAnalysis {
    const started = performance.now();
    const story = storyFromParagraphs(this.paragraphs);
    this.edits = [];
    this.replaced = false;
    this.passed = true;
    this.last = this.localize(
      this.analyzer.analyze(story, this.settings.file ?? ""),
      story,
      started,
    );
    return this.last;
  }

  /**
   * The fast path: the one edit since the last result, re-read against the last full
   * analysis's cast and speakers. Null when it does not apply (no edit, several, a new story).
   */
  quick(): DocAnalysis | null {
    return this.quickPatch()?.analysis ?? null;
  }

  /**
   * The fast path's answer, and as a patch to the answer before it when it can be one: only
   * the edited paragraphs' items are localized, the rest are the last answer's. The writer's
   * speaker corrections count a quote's words over the whole story, so with corrections the
   * answer is localized whole (patch null).
   */
  quickPatch(): { analysis: DocAnalysis; patch: AnalysisPatch | null } | null {
    const edit = this.edits[0];
    // A new story, a paste or a scene move is not a keystroke: it gets the full pass.
    if (
      this.replaced ||
      this.edits.length !== 1 ||
      !edit ||
      edit.deleteCount > MAX_QUICK_PARAGRAPHS ||
      edit.insertCount > MAX_QUICK_PARAGRAPHS
    )
      return null;
    const started = performance.now();
    const story = storyFromParagraphs(this.paragraphs);
    const result = this.passed ? this.analyzer.update(story, edit) : null;
    this.edits = [];
    if (!result) return null;
    const last = this.last;
    if (!last || this.corrections.length > 0) {
      this.last = { ...this.localize(result, story, started), partial: true };
      return { analysis: this.last, patch: null };
    }
    // The edited paragraphs' items, localized as a whole answer would localize them.
    const end = edit.start + edit.insertCount;
    const local = this.localize(
      {
        ...result,
        quotes: itemsIn(result.quotes, edit.start, end),
        notes: itemsIn(result.notes, edit.start, end),
        mentions: itemsIn(result.mentions, edit.start, end),
      },
      story,
      started,
    );
    const mentions: LocalMention[] = [];
    forEachMention(local.mentions, (paragraph, from, to, character) =>
      mentions.push({ paragraph, from, to, character }),
    );
    const done: AnalysisPatch = {
      ...edit,
      quotes: local.quotes,
      notes: local.notes,
      mentions,
      scenes: local.scenes,
      chapters: local.chapters,
      characters: local.characters,
      ms: performance.now() - started,
    };
    this.last = applyPatch(last, done);
    return { analysis: this.last, patch: done };
  }

  /** Whether the story has a chapter heading (one chapter may still be the implicit one). */
  private hasHeadings(result: StoryAnalysis): boolean {
    if (result.chapters.length !== 1) return result.chapters.length > 1;
    const first = this.paragraphs[result.chapters[0]!.firstParagraph] ?? "";
    return isChapterHeading(first, isMarkdownFile(this.settings.file ?? ""));
  }

  private localize(
    result: StoryAnalysis,
    story: ReturnType<typeof storyFromParagraphs>,
    started: number,
  ): DocAnalysis {
    const offsetOf = (p: number): number => story.paragraphs[p]?.offset ?? 0;
    const local = <T extends { paragraph: number; from: number; to: number }>(r: T): T => ({
      ...r,
      from: r.from - offsetOf(r.paragraph),
      to: r.to - offsetOf(r.paragraph),
    });
    const kept = (name: string | null): boolean => name === null || !this.dismissed.has(name);
    // The quoted words are left out: the editor reads them from its own text when it shows
    // them, and a novel's ten thousand lines were a second copy of its dialogue in memory.
    const quotes = result.quotes.map(({ text: _words, ...q }): LocalQuote => {
      const l = local({ ...q, confidence: q.confidence ?? 1 });
      return kept(l.speaker) ? l : { ...l, speaker: null, confidence: 0 };
    });
    return {
      chapters: this.hasHeadings(result) ? result.chapters : [],
      scenes: result.scenes.map((s) =>
        this.dismissed.size
          ? { ...s, characters: s.characters.filter(kept), pov: kept(s.pov) ? s.pov : null }
          : s,
      ),
      characters: result.characters.filter((c) => kept(c.name)),
      // The writer's corrections win over attribution.
      quotes: applyCorrections(quotes, (p) => this.paragraphs[p] ?? "", this.corrections),
      mentions: mentionTable(result.mentions.filter((m) => kept(m.character)).map(local)),
      notes: result.notes.map((n) => local(n) as LocalNote),
      ms: performance.now() - started,
    };
  }
}
