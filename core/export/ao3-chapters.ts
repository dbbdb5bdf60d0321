/**
 * AO3 posting, chapter by chapter: on AO3 a work is a list of chapters, each posted with its own
 * title field and its text pasted into the HTML field. AO3 writes "Chapter 3: Title" itself from
 * the chapter's position and that field, so the field takes the title alone ("Chapter Three:
 * The Bronze" -> "The Bronze", "Chapter 4" -> "", "## Riley" -> "Riley", "Prologue" stays) and
 * the pasted text leaves the heading line out.
 *
 * Chapters here are the story's own: a scene whose first paragraph is a heading line opens one
 * (the app splits scenes at headings); scenes before the first heading form an opening chapter,
 * or, when they are front matter (an "A/N:", a summary), the work's notes: a file of their own
 * beside the chapters, which keep AO3's numbers (the first heading is Chapter 1).
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
      ? {
          ...scene,
          paragraphs: scene.paragraphs.filter(
            (_, p) => p !== chapter.headingAt && p !== chapter.bylineAt,
          ),
          markerBefore: null,
        }
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
  // AO3 numbers the chapters it is given: the work's notes are none of them.
  const skipped = chapters[0]?.notes ? 1 : 0;
  const width = Math.max(2, String(chapters.length - skipped).length);
  const files: ExportFile[] = [];
  chapters.forEach((chapter, k) => {
    if (only !== undefined && k !== only) return;
    const { title, body } = ao3ChapterBody(story, k, options)!;
    if (chapter.notes) {
      files.push({
        name: `${base} - Notes.html`,
        content: ao3Page(cleanTitle(story.title), "AO3 work notes", body),
      });
      return;
    }
    const number = String(k + 1 - skipped).padStart(width, "0");
    const label = title ? ` - ${safeFileName(title)}` : "";
    const shown = title || chapter.heading || cleanTitle(story.title);
    const note = `AO3 chapter ${k + 1 - skipped} title: ${escapeHtml(shown)}`;
    files.push({
      name: `${base} - Chapter ${number}${label}.html`,
      content: ao3Page(shown, note, body),
    });
  });
  return files;
}

/** A page holding one AO3 field's HTML; `note` (escaped) names the field in a first comment. */
function ao3Page(title: string, note: string, body: string): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8" />',
    `<title>${escapeHtml(title)}</title>`,
    "</head>",
    "<body>",
    `<!-- ${note.replace(/--/gu, "&#45;&#45;")} -->`,
    body + "</body>",
    "</html>",
    "",
  ].join("\n");
}
