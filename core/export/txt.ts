/** Plain-text export in the draft's own conventions: its line endings, markers, final newline. */
import {
  chosenScenes,
  defaultExportOptions,
  isWholeStory,
  type ExportOptions,
  type ExportStory,
} from "./model";

/**
 * The story as plain text. The whole story is `story.original` verbatim when known (an unedited
 * story exports byte for byte); otherwise paragraphs are joined by one blank line, with the
 * draft's own marker line before each scene that had one (plain text has no break of its own
 * to add elsewhere) and, on request, scene titles.
 * Nothing is stripped: plain text carries any character.
 */
export function toTxt(story: ExportStory, options: ExportOptions = defaultExportOptions): string {
  if (story.original !== undefined && isWholeStory(story, options)) return story.original;
  const blocks: string[] = [];
  for (const scene of chosenScenes(story, options)) {
    if (scene.breakBefore && scene.markerBefore != null) blocks.push(scene.markerBefore);
    if (options.sceneTitles && scene.title.trim() !== "") blocks.push(scene.title.trim());
    blocks.push(...scene.paragraphs);
  }
  const text = blocks.join(story.eol + story.eol);
  return story.finalNewline && text !== "" ? text + story.eol : text;
}
