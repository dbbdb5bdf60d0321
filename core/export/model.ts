/**
 * The input and options of every export format: plain data, independent of ProseMirror, so the
 * CLI builds it from a file and the app from its document.
 */
import { isChapterHeading } from "../chapters";
import type { LineEnding } from "../story";
import { printsTitleLine } from "./title";

/** One scene as exported: its title and its paragraphs' text (inner line breaks as written). */
export interface ExportScene {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /**
   * The draft's own scene-break line before this scene (`* * *`, `#`...), or null when the
   * scene boundary was detected or drawn by the writer without a marker. Plain text writes it
   * back as it was; formatted exports use it when asked for breaks at `markers` only.
   */
  readonly markerBefore?: string | null;
}

export interface ExportStory {
  /** The story's title (the writer's, else the file name prettified). */
  readonly title: string;
  /** The writer's name for the manuscript's first page and the document's properties. */
  readonly author?: string;
  /**
   * A Markdown draft: `#` headings are chapter headings, and `*emphasis*` and `_emphasis_` are
   * italics in DOCX, HTML and Markdown unless `ExportOptions.emphasis` says `none` (a plain-text
   * draft's are when it says `asterisks`; see emphasis.ts). The txt export keeps marks as typed.
   */
  readonly markdown?: boolean;
  readonly scenes: readonly ExportScene[];
  readonly eol: LineEnding;
  readonly finalNewline: boolean;
  /**
   * The story's text in its own conventions, as it would be saved (the file's text for an
   * unedited story). A whole-story `txt` export is exactly this, byte for byte.
   */
  readonly original?: string;
  /**
   * The column a hard-wrapped draft was wrapped at (`wrapped.ts`), or null when it was not: set
   * on a part exported on its own (a chapter, a scene's file) from the whole story, so the part
   * reads its lines as the whole does. Absent, it is worked out from `scenes`.
   */
  readonly wrapColumn?: number | null;
  /**
   * Whether the first scene's first paragraph is the draft's title line printed as the export's
   * title (`printsTitleLine`): set on a part exported on its own (a scene's file, a chapter)
   * from the whole story. Absent, it is worked out from `scenes`.
   */
  readonly titleLineFirst?: boolean;
}

export type ExportFormat = "txt" | "md" | "html" | "docx";

export const exportFormats: readonly ExportFormat[] = ["txt", "md", "html", "docx"];

/** Paper for DOCX: Letter where US English is the writer's language, A4 elsewhere. */
export type PageSize = "letter" | "a4";

/** How a scene break is shown: a rule, a centred `* * *`, or (DOCX only) a page break. */
export type BreakStyle = "rule" | "asterisks" | "page";

/**
 * Where a formatted export puts scene breaks: between every two scenes of the outline (the
 * default: the scenes the writer sees), only where the draft has a marker line, or never.
 */
export type BreakPlacement = "scenes" | "markers" | "none";

export const breakPlacements: readonly BreakPlacement[] = ["scenes", "markers", "none"];

/**
 * How a formatted export reads `*word*` and `_word_` (emphasis.ts): as italics (`asterisks`,
 * underscores included), or as text printed as typed (`none`). Plain text keeps its marks
 * either way.
 */
export type EmphasisReading = "asterisks" | "none";

export const emphasisReadings: readonly EmphasisReading[] = ["asterisks", "none"];

export interface ExportOptions {
  /** Scene titles as headings before each scene. */
  readonly sceneTitles: boolean;
  readonly breakStyle: BreakStyle;
  /** Where breaks go; `scenes` when absent. */
  readonly breaks?: BreakPlacement;
  /** DOCX paper; A4 when absent. */
  readonly pageSize?: PageSize;
  /** Indexes of the scenes to export, in story order; all scenes when absent. */
  readonly scenes?: readonly number[];
  /** One file per scene (chapter-by-chapter posting). */
  readonly perScene?: boolean;
  /**
   * Whether `*word*` and `_word_` are italics; absent, a Markdown draft's are and a plain-text
   * draft's are text (`emphasisDefault` gives the reading a draft asks for).
   */
  readonly emphasis?: EmphasisReading;
}

export const defaultExportOptions: ExportOptions = { sceneTitles: false, breakStyle: "asterisks" };

/** One file to write: a name to suggest and its content (DOCX as bytes). */
export interface ExportFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** The scenes an export covers, with whether a break goes before each. */
export interface ChosenScene extends ExportScene {
  readonly index: number;
  readonly breakBefore: boolean;
}

/** Whether a scene's paragraphs open with a chapter heading line. */
const opensChapter = (paragraphs: readonly string[], story: ExportStory): boolean =>
  paragraphs.length > 0 && isChapterHeading(paragraphs[0]!, story.markdown === true);

/**
 * Picks the chosen scenes in story order; out-of-range indexes are ignored. A break goes
 * before every chosen scene but the first, as `breaks` says; at `scenes`, a formatted export
 * (`body`) puts no ornament before a scene that opens with a chapter heading. For a formatted
 * export's `body`, the draft's title line is left out when the export prints it as its title
 * (`printsTitleLine`), and a first scene that held nothing else is skipped, break and all.
 */
export function chosenScenes(
  story: ExportStory,
  options: Pick<ExportOptions, "scenes" | "breaks"> & { readonly breakStyle?: BreakStyle },
  body = false,
): ChosenScene[] {
  const wanted = options.scenes ? new Set(options.scenes) : null;
  const placement = options.breaks ?? "scenes";
  const leaveOut = body && printsTitleLine(story);
  // A formatted export's chapter heading parts the scenes itself: an ornament right before it
  // is one break too many (a page break is not: a chapter starts on a new page).
  const headingNext = body && options.breakStyle !== "page";
  const out: ChosenScene[] = [];
  story.scenes.forEach((scene, index) => {
    if (wanted && !wanted.has(index)) return;
    const paragraphs = leaveOut && index === 0 ? scene.paragraphs.slice(1) : scene.paragraphs;
    if (leaveOut && index === 0 && paragraphs.length === 0) return;
    const breakBefore =
      out.length > 0 &&
      ((placement === "scenes" && !(headingNext && opensChapter(paragraphs, story))) ||
        (placement === "markers" && scene.markerBefore != null));
    out.push({ ...scene, paragraphs, index, breakBefore });
  });
  return out;
}

/** Whether the formatted exports write the story's emphasis marks as italics. */
export function readsEmphasis(story: ExportStory, options: ExportOptions): boolean {
  return options.emphasis ? options.emphasis === "asterisks" : story.markdown === true;
}

/** Whether `**bold**` is bold: in a Markdown draft whose emphasis is read (emphasis.ts). */
export function readsBold(story: ExportStory, options: ExportOptions): boolean {
  return story.markdown === true && readsEmphasis(story, options);
}

/** Whether the options ask for the whole story exactly as written (the verbatim txt path). */
export function isWholeStory(story: ExportStory, options: ExportOptions): boolean {
  const all = !options.scenes || story.scenes.every((_, i) => options.scenes!.includes(i));
  return all && !options.sceneTitles && !options.perScene;
}
