/**
 * The plain data that crosses every boundary: CLI JSON, IPC, the renderer's plugins.
 * Shapes follow ../shared/CONTRACT.md; fields may be added, never renamed.
 */

import type { ChapterInfo } from "./chapters";

export type { ChapterInfo } from "./chapters";

export type Voice = "british" | "american" | "unknown";

/** Where a scene boundary came from. */
export type SceneSource = "marker" | "detected" | "writer";

export type SceneStatus = "draft" | "revised" | "done";

export interface SceneInfo {
  readonly index: number;
  /** First and last paragraph numbers (CONTRACT numbering), marker lines excluded. */
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly title: string;
  readonly pov: string | null;
  readonly characters: readonly string[];
  readonly words: number;
  readonly source: SceneSource;
  /**
   * How sure the boundary that opens the scene is, 0.5..1: 1 for a break line, the story's
   * start or a writer's split; lower for a detected one. Below 0.75 the break is a suggestion
   * (the outline may draw it dashed until the writer confirms it).
   */
  readonly confidence?: number;
}

export interface Character {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly voice: Voice;
  /** True when the voice was inferred from the character's dialogue, not set by the writer. */
  readonly voiceInferred?: boolean;
  /** Unnamed speakers ("the cashier") are kept as descriptions. */
  readonly unnamed?: boolean;
  /** The writer says this character tells the story ("I"): first-person lines and POV are theirs. */
  readonly narrator?: boolean;
  readonly color?: string;
  readonly notes?: string;
}

export interface CharacterInfo extends Character {
  /**
   * Descriptions shown among the aliases because the story's reading folded them into this
   * character (cast/spoken-as.ts): not the writer's, so never saved into the writer's cast.
   */
  readonly spokenAs?: readonly string[];
  readonly mentions: number;
  readonly scenes: readonly number[];
}

export interface Quote {
  readonly paragraph: number;
  /** Index of the quote within its paragraph, from 0. */
  readonly index: number;
  /** Offsets into the file's text of the quoted words, quote marks excluded. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly speaker: string | null;
  /** 0..1: how sure the attribution is. */
  readonly confidence?: number;
}

export type NoteKind = "voice" | "variant" | "spelling-mix" | "spelling" | "encoding" | "gloss";

export type Severity = "warning" | "info";

export interface Note {
  readonly kind: NoteKind;
  readonly severity: Severity;
  readonly paragraph: number;
  /** Offsets into the file's text as read (UTF-16 code units). */
  readonly from: number;
  readonly to: number;
  /** The exact slice `text.slice(from, to)`. */
  readonly text: string;
  readonly speaker?: string | null;
  readonly message: string;
  readonly fixes: readonly string[];
  /** Short meaning of a slang term, for the hover card. */
  readonly gloss?: string;
  /** Stable identity for ignore/dismiss: kind + normalised term (+ speaker). */
  readonly key?: string;
}

export interface Analysis {
  readonly file: string;
  readonly paragraphs: number;
  readonly words: number;
  readonly scenes: readonly SceneInfo[];
  /** The story's chapters, in order; one titled by the file name when it has no headings. */
  readonly chapters: readonly ChapterInfo[];
  readonly characters: readonly CharacterInfo[];
  readonly quotes: readonly Quote[];
  readonly notes: readonly Note[];
}
