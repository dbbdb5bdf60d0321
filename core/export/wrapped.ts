/**
 * Hard-wrapped drafts in the formatted exports: kept, their wraps would post as a `<br />` every
 * 70 columns, ragged at any other width. The reading of the wrap is `core/text/hard-wrap.ts`;
 * this reads it once per story and applies it to each paragraph's lines.
 */
import { MARKDOWN_BREAK, unwrapLines, wrapColumn } from "../text/hard-wrap";
import { paragraphLines, stripForbiddenChars } from "./clean-text";
import type { ExportStory } from "./model";

const LINE_BREAK = /\r\n|\r|\n/;

/** The column a story's paragraphs were wrapped at, or null when they were not. */
export function storyColumn(story: ExportStory): number | null {
  return wrapColumn(
    story.scenes.flatMap((scene) => scene.paragraphs.map((p) => paragraphLines(p))),
  );
}

const columns = new WeakMap<ExportStory, number | null>();

/**
 * The story's wrap column, read once: from the whole story when a part of it is exported on its
 * own (a chapter, a scene's file: they carry it in `wrapColumn`), else worked out and kept.
 */
export function storyWrapColumn(story: ExportStory): number | null {
  if (story.wrapColumn !== undefined) return story.wrapColumn;
  if (!columns.has(story)) columns.set(story, storyColumn(story));
  return columns.get(story)!;
}

/**
 * A paragraph's lines for a formatted export: as `paragraphLines` gives them, with a
 * hard-wrapped story's wrapped lines joined. A Markdown line that ends in a hard break keeps it.
 */
export function exportLines(story: ExportStory, paragraph: string): string[] {
  const width = storyWrapColumn(story);
  const lines = paragraphLines(paragraph);
  if (!width || lines.length < 2) return lines;
  if (story.markdown !== true) return unwrapLines(lines, width);
  const hardBreaks = new Set(
    stripForbiddenChars(paragraph)
      .split(LINE_BREAK)
      .filter((raw) => MARKDOWN_BREAK.test(raw))
      .map((raw) => raw.trim()),
  );
  return unwrapLines(lines, width, (i) => hardBreaks.has(lines[i]!));
}
