/**
 * AO3 posting, chapter by chapter: on AO3 a work is a list of chapters, each posted with its own
 * title field and its text pasted into the HTML field. AO3 writes "Chapter 3: Title" itself from
 * the chapter's position and that field, so the field takes the title alone ("Chapter Three:
 * The Bronze" -> "The Bronze", "Chapter 4" -> "", "## Riley" -> "Riley", "Prologue" stays) and
 * the pasted text leaves the heading line out.
 *
 * Chapters here are the story's own: a scene whose first paragraph is a heading line opens one
 * (the app splits scenes at headings); scenes before the first heading form an opening chapter.
 */
import { chapterTitle, headingTitle, isChapterHeading } from "../chapters";
import { cleanTitle } from "./clean-text";
import { safeFileName } from "./files";
import { escapeHtml, toHtmlBody } from "./html";
import type { ExportFile, ExportOptions, ExportStory } from "./model";

export interface ExportChapter {
  /** The heading line as written, or "" for an opening chapter without one. */
  readonly heading: string;
  /** What goes in AO3's chapter title field. */
  readonly ao3Title: string;
  /** Indexes of the chapter's scenes, in order. */
  readonly scenes: readonly number[];
}

/** What AO3's chapter title field takes for a heading line (see the file comment). */
export function ao3ChapterTitle(heading: string, markdown = false): string {
  const title = headingTitle(heading, markdown);
  if (title === null) return cleanTitle(heading);
  // A numbered heading's number is AO3's to write; a named one ("Prologue") is the title.
  const numbered = /^(?:chapter|book|part|volume|act)\b/iu.test(chapterTitle(heading).trim());
  return cleanTitle(numbered ? title : chapterTitle(heading));
}

/** The story's chapters, from the heading lines that open its scenes. */
export function exportChapters(story: ExportStory): ExportChapter[] {
  const markdown = story.markdown === true;
  const chapters: { heading: string; scenes: number[] }[] = [];
  story.scenes.forEach((scene, i) => {
    const first = scene.paragraphs[0] ?? "";
    if (isChapterHeading(first, markdown)) chapters.push({ heading: first.trim(), scenes: [i] });
    else if (chapters.length === 0) chapters.push({ heading: "", scenes: [i] });
    else chapters[chapters.length - 1]!.scenes.push(i);
  });
  return chapters.map((c) => ({
    ...c,
    ao3Title: c.heading ? ao3ChapterTitle(c.heading, markdown) : "",
  }));
}

/** Chapter `k` as AO3 takes it: the HTML to paste (no heading line) and the title field. */
export function ao3ChapterBody(
  story: ExportStory,
  k: number,
  options: ExportOptions,
): { title: string; body: string } | null {
  const chapter = exportChapters(story)[k];
  if (!chapter) return null;
  const scenes = story.scenes.map((scene, i) =>
    i === chapter.scenes[0] && chapter.heading
      ? { ...scene, paragraphs: scene.paragraphs.slice(1), markerBefore: null }
      : scene,
  );
  const body = toHtmlBody(
    { ...story, scenes },
    { ...options, scenes: chapter.scenes, perScene: false },
  );
  return { title: chapter.ao3Title, body };
}

/**
 * One HTML file per chapter (or only chapter `only`), each ready for AO3: its `<title>` and a
 * first comment name the chapter title for AO3's field; its body is the text to paste. Named
 * `Story - Chapter 01 - Title.html`.
 */
export function ao3ChapterFiles(
  story: ExportStory,
  options: ExportOptions,
  only?: number,
): ExportFile[] {
  const chapters = exportChapters(story);
  const base = safeFileName(story.title);
  const width = Math.max(2, String(chapters.length).length);
  const files: ExportFile[] = [];
  chapters.forEach((chapter, k) => {
    if (only !== undefined && k !== only) return;
    const { title, body } = ao3ChapterBody(story, k, options)!;
    const number = String(k + 1).padStart(width, "0");
    const label = title ? ` - ${safeFileName(title)}` : "";
    const shown = escapeHtml(title || chapter.heading || cleanTitle(story.title));
    const content = [
      "<!DOCTYPE html>",
      '<html lang="en">',
      "<head>",
      '<meta charset="utf-8" />',
      `<title>${shown}</title>`,
      "</head>",
      "<body>",
      `<!-- AO3 chapter ${k + 1} title: ${shown.replace(/--/gu, "&#45;&#45;")} -->`,
      body + "</body>",
      "</html>",
      "",
    ].join("\n");
    files.push({ name: `${base} - Chapter ${number}${label}.html`, content });
  });
  return files;
}
