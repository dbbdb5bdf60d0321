/** One entry point for every format: the file (or, one per scene, files) to write. */
import { cleanTitle } from "./clean-text";
import { toDocx } from "./docx";
import { toHtml } from "./html";
import { toMarkdown } from "./markdown";
import {
  chosenScenes,
  defaultExportOptions,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
  type ExportStory,
} from "./model";
import { toTxt } from "./txt";
import { storyWrapColumn } from "./wrapped";

/** Builds one format's content for the chosen scenes. */
export async function exportContent(
  story: ExportStory,
  format: ExportFormat,
  options: ExportOptions = defaultExportOptions,
): Promise<string | Uint8Array> {
  switch (format) {
    case "txt":
      return toTxt(story, options);
    case "md":
      return toMarkdown(story, options);
    case "html":
      return toHtml(story, options);
    case "docx":
      return toDocx(story, options);
  }
}

// Characters Windows, macOS or Linux refuse in a file name, plus controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_NAME = /[\\/:*?"<>|\u0000-\u001F\u007F]+/g;

/** A file name made safe for every desktop system, at most 100 characters, never empty. */
export function safeFileName(name: string, fallback = "Untitled"): string {
  const clean = cleanTitle(name)
    .replace(UNSAFE_NAME, " ")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 100)
    .trim();
  return clean === "" ? fallback : clean;
}

/**
 * The files an export writes: one for the chosen scenes, or with `perScene` one per scene named
 * `Title - 01 - Scene title.ext`, each holding its scene alone (no break before it).
 */
export async function exportFiles(
  story: ExportStory,
  format: ExportFormat,
  options: ExportOptions = defaultExportOptions,
): Promise<ExportFile[]> {
  const base = safeFileName(story.title);
  if (!options.perScene) {
    return [{ name: `${base}.${format}`, content: await exportContent(story, format, options) }];
  }
  // A formatted scene's file leaves out the title line its title prints (chosenScenes' `body`).
  const scenes = chosenScenes(story, options, format !== "txt");
  const width = Math.max(2, String(story.scenes.length).length);
  const files: ExportFile[] = [];
  for (const scene of scenes) {
    const number = String(scene.index + 1).padStart(width, "0");
    const name = `${base} - ${number} - ${safeFileName(scene.title, `Scene ${scene.index + 1}`)}.${format}`;
    // Each scene alone, no original text, so txt is built from the paragraphs.
    const single: ExportStory = {
      ...story,
      wrapColumn: storyWrapColumn(story),
      scenes: [{ ...scene, markerBefore: null }],
      original: undefined,
      titleLineFirst: false,
    };
    files.push({
      name,
      content: await exportContent(single, format, {
        ...options,
        scenes: undefined,
        perScene: false,
      }),
    });
  }
  return files;
}
