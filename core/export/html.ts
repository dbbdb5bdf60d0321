/**
 * HTML export ready for AO3: only tags AO3's sanitizer keeps (p, h1, h2, hr, br), every
 * character of the prose escaped, scene breaks as `<hr />` or a centred `* * *`. The body
 * fragment is what the writer pastes into AO3's HTML field; the full document wraps it.
 */
import { headingText } from "./chapters";
import { cleanTitle } from "./clean-text";
import { exportLines } from "./wrapped";
import { emphasisRuns } from "./emphasis";
import {
  chosenScenes,
  defaultExportOptions,
  readsBold,
  readsEmphasis,
  type ExportOptions,
  type ExportStory,
} from "./model";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const SPECIAL = /[&<>"']/g;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c]!);
}

/** The tags the exported body may contain: a subset of what AO3 keeps. */
export const ao3BodyTags: readonly string[] = ["p", "h1", "h2", "hr", "br", "em", "strong"];

/**
 * Prose escaped for HTML, with a word joiner (U+2060, unseen) between the hyphens of a "--": a
 * browser, AO3's readers' included, may break a line between two hyphens ("afterwards.-" at a
 * line's end, "-She" at the next's; seen in Chromium), and a draft's "--" is one dash. AO3
 * keeps no tag or style that would hold it whole; it keeps characters.
 */
function proseHtml(text: string): string {
  return escapeHtml(text).replace(/-(?=-)/g, "-&#8288;");
}

/**
 * One line of prose as HTML: escaped, with its emphasis as `<em>` when `italics` and its bold
 * as `<strong>` when `bold`; a bold span's runs share one `<strong>`.
 */
function lineHtml(line: string, italics: boolean, bold = false): string {
  if (!italics) return proseHtml(line);
  let out = "";
  let inBold = false;
  for (const run of emphasisRuns(line, bold)) {
    if (!!run.bold !== inBold) {
      out += inBold ? "</strong>" : "<strong>";
      inBold = !inBold;
    }
    out += run.italic ? `<em>${proseHtml(run.text)}</em>` : proseHtml(run.text);
  }
  return inBold ? out + "</strong>" : out;
}

function breakHtml(options: ExportOptions): string {
  return options.breakStyle === "asterisks" ? '<p align="center">* * *</p>' : "<hr />";
}

/** The chosen scenes as an HTML fragment for AO3's HTML field (no story title: AO3 has its own). */
export function toHtmlBody(
  story: ExportStory,
  options: ExportOptions = defaultExportOptions,
): string {
  const out: string[] = [];
  for (const scene of chosenScenes(story, options, true)) {
    if (scene.breakBefore) out.push(breakHtml(options));
    const title = options.sceneTitles ? cleanTitle(scene.title) : "";
    if (title !== "") out.push(`<h2>${escapeHtml(title)}</h2>`);
    const markdown = story.markdown === true;
    const italics = readsEmphasis(story, options);
    const bold = readsBold(story, options);
    for (const paragraph of scene.paragraphs) {
      const chapter = headingText(paragraph, markdown);
      if (chapter !== null) {
        out.push(`<h2>${lineHtml(chapter, italics, bold)}</h2>`);
        continue;
      }
      const lines = exportLines(story, paragraph);
      if (lines.length > 0)
        out.push(`<p>${lines.map((line) => lineHtml(line, italics, bold)).join("<br />\n")}</p>`);
    }
  }
  return out.join("\n") + "\n";
}

/** A complete HTML document: the story title as `<title>` and `<h1>`, then the body fragment. */
export function toHtml(story: ExportStory, options: ExportOptions = defaultExportOptions): string {
  const title = escapeHtml(cleanTitle(story.title));
  return (
    [
      "<!DOCTYPE html>",
      '<html lang="en">',
      "<head>",
      '<meta charset="utf-8" />',
      `<title>${title}</title>`,
      "</head>",
      "<body>",
      title === "" ? "" : `<h1>${title}</h1>\n`,
    ].join("\n") +
    toHtmlBody(story, options) +
    "</body>\n</html>\n"
  );
}
