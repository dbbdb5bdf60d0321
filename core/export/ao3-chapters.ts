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
import { exportChapters } from "./chapters";
import { cleanTitle } from "./clean-text";
import { withoutEmphasisMarks } from "./emphasis";
import { safeFileName } from "./files";
import { escapeHtml, toHtmlBody } from "./html";
import { printsTitleLine } from "./title";
import { storyWrapColumn } from "./wrapped";
import { readsEmphasis, type ExportFile, type ExportOptions, type ExportStory } from "./model";

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
    {
      ...story,
      wrapColumn: storyWrapColumn(story),
      titleLineFirst: printsTitleLine(story),
      scenes,
    },
    { ...options, scenes: chapter.scenes, perScene: false },
  );
  // AO3's title field is plain text: a title whose marks are italics gives its words alone.
  const title = readsEmphasis(story, options)
    ? withoutEmphasisMarks(chapter.ao3Title)
    : chapter.ao3Title;
  return { title, body };
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
