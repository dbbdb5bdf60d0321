/**
 * Markdown export, written directly: a heading per title and per chapter heading line, a
 * paragraph per block with its lines joined by backslash hard breaks, `---` or `* * *` between
 * scenes, blocks separated by a blank line. Every line of text is escaped so any Markdown reader
 * renders exactly its characters:
 * `<`, `>` and `&` too (a `<script>` in the prose would otherwise become HTML), and block
 * openers at the start of every line, since each line after a hard break can open a list or a
 * heading. (This replaced prosemirror-markdown: its serializer escaped neither, and tested its
 * whole output for each block, quadratic on a long story; only its layout of four kinds of block
 * was left in use.)
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

const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ENTITIES = /[&<>]/g;
/** Characters with inline meaning anywhere in a line (`|` opens tables in GFM). */
const INLINE_SPECIAL = /[\\`*_[\]~|!]/g;
/** Line starts that open a block: headings, bullet lists, setext underlines, and a GFM table's
 * delimiter row (":-" under any line makes that line a table head). */
const BLOCK_START = /^[#+\-=:]/;
const ORDERED_START = /^(\d+)([.)])/;

function escapeInline(text: string): string {
  return text.replace(ENTITIES, (c) => ENTITY[c]!).replace(INLINE_SPECIAL, "\\$&");
}

function escapeBlockStart(line: string): string {
  return BLOCK_START.test(line) ? "\\" + line : line.replace(ORDERED_START, "$1\\$2");
}

/** Escapes one line of prose so any Markdown reader renders exactly its characters. */
export function escapeMarkdownLine(line: string): string {
  return escapeBlockStart(escapeInline(line));
}

/**
 * A line whose emphasis is read: it stays emphasis (and a Markdown draft's bold stays bold, one
 * `**` pair around the span's runs); any other mark is escaped as text.
 */
function markdownLine(line: string, bold: boolean): string {
  let out = "";
  let inBold = false;
  for (const run of emphasisRuns(line, bold)) {
    if (!!run.bold !== inBold) {
      out += "**";
      inBold = !inBold;
    }
    out += run.italic ? `*${escapeInline(run.text)}*` : escapeInline(run.text);
  }
  return escapeBlockStart(inBold ? out + "**" : out);
}

function heading(level: number, text: string): string | null {
  const title = cleanTitle(text);
  return title === "" ? null : `${"#".repeat(level)} ${escapeMarkdownLine(title)}`;
}

/** The chosen scenes as Markdown, the story's title as a first-level heading. */
export function toMarkdown(
  story: ExportStory,
  options: ExportOptions = defaultExportOptions,
): string {
  const blocks: string[] = [];
  const title = heading(1, story.title);
  if (title) blocks.push(title);
  for (const scene of chosenScenes(story, options, true)) {
    if (scene.breakBefore)
      blocks.push(options.breakStyle === "asterisks" ? escapeMarkdownLine("* * *") : "---");
    const sceneTitle = options.sceneTitles ? heading(2, scene.title) : null;
    if (sceneTitle) blocks.push(sceneTitle);
    const bold = readsBold(story, options);
    const line = readsEmphasis(story, options)
      ? (text: string) => markdownLine(text, bold)
      : escapeMarkdownLine;
    for (const paragraph of scene.paragraphs) {
      const chapter = headingText(paragraph, story.markdown === true);
      if (chapter !== null) {
        blocks.push(`## ${line(chapter)}`);
        continue;
      }
      const lines = exportLines(story, paragraph);
      if (lines.length > 0) blocks.push(lines.map(line).join("\\\n"));
    }
  }
  return blocks.join("\n\n") + "\n";
}
