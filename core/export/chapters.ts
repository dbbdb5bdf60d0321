/**
 * The story's chapters for export, from the heading lines that open its scenes, and the title
 * AO3's chapter field takes for each. Light (no format builders), so the Export dialog lists
 * chapters without loading them.
 */
import {
  chapterTitle,
  headingTitle,
  headingUnderTitles,
  isByline,
  isChapterHeading,
  isNumberedHeading,
  ownHeading,
} from "../chapters";
import { cleanTitle } from "./clean-text";
import { countWords } from "../words";
import type { ExportStory } from "./model";
import { printsTitleLine } from "./title";

export interface ExportChapter {
  /**
   * The heading line as written, or "" for an opening chapter without one. Under a part's
   * heading and title lines, the chapter's own heading below them (core/chapters.ts,
   * `ChapterHeading`): the part's lines are the chapter's text.
   */
  readonly heading: string;
  /** The heading's place among its first scene's paragraphs (0 but under a part's lines). */
  readonly headingAt: number;
  /** What goes in AO3's chapter title field. */
  readonly ao3Title: string;
  /** Indexes of the chapter's scenes, in order. */
  readonly scenes: readonly number[];
  /**
   * The byline's place in the first chapter's first scene, when the story's title line and
   * byline open that scene over its heading (core/chapters.ts, `headingUnderTitles`) and the
   * export prints the title line as its title (`printsTitleLine`): AO3's own author field, so
   * left out of the pasted text as the title line is.
   */
  readonly bylineAt?: number;
  /**
   * An opening without a heading that is the work's front matter (an author's note, a summary, a
   * disclaimer), which AO3 takes in the work's Notes field, not as a chapter.
   */
  readonly notes?: true;
}

/**
 * The labels fan fiction puts on its front matter, followed by a colon or a dash ("A/N" also by a
 * space): "Notes on a scandal..." and "Author's notes were everywhere" are prose. A label may be
 * set in emphasis marks ("**A/N:**", as Markdown drafts bold it) and spelt with a curly
 * apostrophe ("Author’s Note:", as a word processor writes it).
 */
const FRONT_MATTER =
  /^\s*[*_]{0,3}(?:a\/n\b[*_]{0,3}\s*[:.\-—–]?|author['’]?s['’]? notes?[*_]{0,3}\s*[:.\-—–]|(?:notes?|summary|disclaimer|warnings?|content warnings?|rating|pairings?|fandom|beta|unbeta['’]?d|tw|cw)[*_]{0,3}\s*[:\-—–])/iu;
/** Front matter is short: an opening longer than this is prose, a chapter whatever its label. */
const MAX_NOTES_WORDS = 300;

/** Whether an opening's paragraphs are the work's notes (see `ExportChapter.notes`). */
function isFrontMatter(paragraphs: readonly string[]): boolean {
  if (!FRONT_MATTER.test(paragraphs[0] ?? "")) return false;
  let words = 0;
  for (const p of paragraphs) words += countWords(p);
  return words <= MAX_NOTES_WORDS;
}

/** What AO3's chapter title field takes for a heading line (see the file comment). */
export function ao3ChapterTitle(heading: string, markdown = false): string {
  const title = headingTitle(heading, markdown);
  if (title === null) return cleanTitle(heading);
  // A numbered heading's number is AO3's to write; a named one ("Prologue") is the title.
  return cleanTitle(isNumberedHeading(heading) ? title : chapterTitle(heading));
}

/**
 * A paragraph's text as a heading when it is a chapter heading line (the lines the analysis
 * counts as chapters, wherever they stand), else null: "Chapter Two" stays "Chapter Two", a
 * Markdown draft's "## Riley" loses only its marks. Formatted exports write it as a heading.
 */
export function headingText(paragraph: string, markdown = false): string | null {
  return isChapterHeading(paragraph, markdown) ? chapterTitle(paragraph).trim() : null;
}

/** The story's chapters, from the heading lines that open its scenes. */
export function exportChapters(story: ExportStory): ExportChapter[] {
  const markdown = story.markdown === true;
  const chapters: { heading: string; headingAt: number; scenes: number[]; bylineAt?: number }[] =
    [];
  story.scenes.forEach((scene, i) => {
    const textAt = (k: number): string | undefined => scene.paragraphs[k];
    // The story's title lines over its first heading open the first chapter's scene.
    const top = isChapterHeading(textAt(0) ?? "", markdown)
      ? 0
      : i === 0
        ? headingUnderTitles(textAt, 0, markdown)
        : null;
    if (top !== null) {
      const at = ownHeading(textAt, 0, markdown);
      const byline = top > 1 && isByline(textAt(top - 1)!) && printsTitleLine(story);
      chapters.push({
        heading: scene.paragraphs[at]!.trim(),
        headingAt: at,
        scenes: [i],
        ...(byline ? { bylineAt: top - 1 } : {}),
      });
    } else if (chapters.length === 0) chapters.push({ heading: "", headingAt: 0, scenes: [i] });
    else chapters[chapters.length - 1]!.scenes.push(i);
  });
  // A title line alone (or with its byline) before the first heading is the work's title and
  // author, AO3's own fields, not a chapter to post.
  const opening = chapters[0];
  if (
    chapters.length > 1 &&
    opening?.heading === "" &&
    printsTitleLine(story) &&
    opening.scenes
      .flatMap((i) => story.scenes[i]!.paragraphs.slice(i === 0 ? 1 : 0))
      .every((p, k) => k === 0 && isByline(p))
  )
    chapters.shift();
  const first = chapters[0];
  const notes =
    chapters.length > 1 &&
    first?.heading === "" &&
    isFrontMatter(
      first.scenes
        .flatMap((i) => story.scenes[i]!.paragraphs)
        // The draft's title line is the work's title, before its notes.
        .slice(first.scenes[0] === 0 && printsTitleLine(story) ? 1 : 0),
    );
  return chapters.map((c, k) => ({
    ...c,
    ao3Title: c.heading ? ao3ChapterTitle(c.heading, markdown) : "",
    ...(notes && k === 0 ? { notes: true as const } : {}),
  }));
}
