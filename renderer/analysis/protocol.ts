/**
 * Messages between the editor and its analysis worker. The worker keeps its own copy of the
 * story's paragraphs and is sent only what changed (one splice per request), so typing in a
 * novel never copies the whole text across threads.
 */
import type { DictionaryFiles } from "../../core/host-api";
import type { ChapterInfo, CharacterInfo, Note, SceneInfo } from "../../core/model";
import type { MentionTable } from "./mention-table";
import type { LocalMention, LocalRange } from "./local-range";

export type { LocalMention, LocalRange };

/** Replace `deleteCount` paragraphs at `start` with `insert` (texts, break lines included). */
export interface ParagraphSplice {
  readonly start: number;
  readonly deleteCount: number;
  readonly insert: readonly string[];
}

export interface LocalQuote extends LocalRange {
  readonly index: number;
  readonly speaker: string | null;
  readonly confidence: number;
  readonly unnamed?: string;
  /** The quoted words. */
  readonly text?: string;
  /** True when the writer corrected the speaker (the correction wins over attribution). */
  readonly corrected?: boolean;
  /** True when the correction was made for another line of the paragraph and carried here. */
  readonly carried?: boolean;
}

export type LocalNote = Omit<Note, "from" | "to"> & LocalRange;

/** What the editor draws and lists; offsets are local so they survive edits elsewhere. */
export interface DocAnalysis {
  readonly scenes: readonly SceneInfo[];
  /**
   * The story's chapters (paragraph indexes are the document's blocks), or none when it has no
   * chapter heading: a draft without headings is one implicit chapter and the outline shows none.
   */
  readonly chapters?: readonly ChapterInfo[];
  readonly characters: readonly CharacterInfo[];
  readonly quotes: readonly LocalQuote[];
  /** Packed (mention-table.ts): a novel has tens of thousands. */
  readonly mentions: MentionTable;
  readonly notes: readonly LocalNote[];
  /** How long the worker took, for the status bar's diagnostics and the benchmark. */
  readonly ms: number;
  /**
   * True for the fast path's answer after an edit: the edited paragraphs were read again, the
   * story-wide facts (scenes, speakers elsewhere) are the last full pass's until the next one.
   */
  readonly partial?: boolean;
}

/**
 * The fast path's answer as a change to the last answer sent (patch.ts): the paragraphs an edit
 * replaced, with their items, and the small story-wide part whole.
 */
export interface AnalysisPatch {
  /** `deleteCount` paragraphs at `start` became `insertCount` (the edit the fast path read). */
  readonly start: number;
  readonly deleteCount: number;
  readonly insertCount: number;
  /** The new paragraphs' items (paragraph numbers of the new document), in order. */
  readonly quotes: readonly LocalQuote[];
  readonly notes: readonly LocalNote[];
  readonly mentions: readonly LocalMention[];
  readonly scenes: DocAnalysis["scenes"];
  readonly chapters: DocAnalysis["chapters"];
  readonly characters: DocAnalysis["characters"];
  readonly ms: number;
}

export interface AnalysisSettings {
  /** The writer's cast (names, aliases, voices); discovered characters are added to it. */
  readonly cast: readonly import("../../core/model").Character[];
  /** Words the writer added to the story dictionary. */
  readonly storyWords: readonly string[];
  /** The writer's speaker corrections (core/cast/corrections.ts), applied after attribution. */
  readonly corrections?: readonly import("../../core/cast/corrections").SpeakerCorrection[];
  /** Found names the writer deleted from the cast: left out of the result. */
  readonly dismissed?: readonly string[];
  /**
   * The story's file name: a Markdown draft's `#` lines are chapter headings, and a story's
   * opening chapter without a heading is titled by it (as the CLI's `analyze` does).
   */
  readonly file?: string;
}

/** Hunspell data (affix and word files) for the spelling notes. */
export type Dictionaries = readonly DictionaryFiles[];

export type WorkerRequest =
  | { readonly type: "settings"; readonly settings: AnalysisSettings }
  | { readonly type: "dictionaries"; readonly dictionaries: Dictionaries }
  | { readonly type: "analyze"; readonly version: number; readonly splice: ParagraphSplice }
  /**
   * Suggestions for a misspelt word (a note's card): answered at once, apart from the
   * analysis (its answer carries no `WorkerProgress`, and the page does not count it).
   */
  | { readonly type: "suggest"; readonly id: number; readonly word: string };

/**
 * What every answer says of the worker's work, so the page can tell when it is idle: requests
 * can be on their way or queued while an answer is, and a full pass follows the fast one.
 */
export interface WorkerProgress {
  /** How many requests (of any type) the worker had taken when it answered. */
  readonly handled: number;
  /** True when a full pass is still to come after this answer (the fast path's answer). */
  readonly more: boolean;
}

export type WorkerResponse =
  | (WorkerProgress &
      (
        | { readonly type: "result"; readonly version: number; readonly analysis: DocAnalysis }
        /** The fast path's answer as a change to the last answer sent (patch.ts). */
        | { readonly type: "patch"; readonly version: number; readonly patch: AnalysisPatch }
        | { readonly type: "error"; readonly version: number; readonly message: string }
      ))
  /** The answer to the "suggest" request `id`: its words, or why there are none to give. */
  | { readonly type: "suggestions"; readonly id: number; readonly words: readonly string[] }
  | { readonly type: "suggestions"; readonly id: number; readonly error: string };
