/**
 * Markdown export through prosemirror-markdown: the story becomes a small document in its
 * Markdown schema (headings, paragraphs, rules, hard breaks) and its serializer lays out the
 * blocks. Text escaping is ours, because the serializer leaves `<`, `>` and `&` alone (a
 * `<script>` in the prose would become HTML) and escapes line starts only at a block's start,
 * while every line after a hard break can open a list or a heading too.
 */
import type { Node as PMNode } from "prosemirror-model";
import { defaultMarkdownSerializer, MarkdownSerializer, schema } from "prosemirror-markdown";
import { cleanTitle, paragraphLines } from "./clean-text";
import { emphasisRuns } from "./emphasis";
import { chosenScenes, defaultExportOptions, type ExportOptions, type ExportStory } from "./model";

const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ENTITIES = /[&<>]/g;
/** Characters with inline meaning anywhere in a line (`|` opens tables in GFM). */
const INLINE_SPECIAL = /[\\`*_[\]~|!]/g;
/** Line starts that open a block: headings, bullet lists, setext underlines. */
const BLOCK_START = /^[#+\-=]/;
const ORDERED_START = /^(\d+)([.)])/;

/** Escapes one line of prose so any Markdown reader renders exactly its characters. */
export function escapeMarkdownLine(line: string): string {
  const inline = line.replace(ENTITIES, (c) => ENTITY[c]!).replace(INLINE_SPECIAL, "\\$&");
  return BLOCK_START.test(inline) ? "\\" + inline : inline.replace(ORDERED_START, "$1\\$2");
}

const serializer = new MarkdownSerializer(
  {
    ...defaultMarkdownSerializer.nodes,
    text(state, node) {
      state.text(escapeMarkdownLine(node.text ?? ""), false);
    },
  },
  defaultMarkdownSerializer.marks,
);

function lineNodes(lines: readonly string[], markdown: boolean): PMNode[] {
  const out: PMNode[] = [];
  const em = [schema.marks.em.create()];
  lines.forEach((line, i) => {
    if (i > 0) out.push(schema.nodes.hard_break.create());
    // A Markdown draft's emphasis stays emphasis; any other asterisk is escaped as text.
    if (!markdown) out.push(schema.text(line));
    else
      for (const run of emphasisRuns(line)) out.push(schema.text(run.text, run.italic ? em : []));
  });
  return out;
}

function heading(level: number, text: string): PMNode | null {
  const title = cleanTitle(text);
  return title === "" ? null : schema.nodes.heading.create({ level }, schema.text(title));
}

/** Builds the Markdown document node for the chosen scenes (exposed for tests). */
export function markdownDoc(
  story: ExportStory,
  options: ExportOptions = defaultExportOptions,
  withTitle = true,
): PMNode {
  const blocks: PMNode[] = [];
  const title = withTitle ? heading(1, story.title) : null;
  if (title) blocks.push(title);
  for (const scene of chosenScenes(story, options)) {
    if (scene.breakBefore) {
      blocks.push(
        options.breakStyle === "asterisks"
          ? schema.nodes.paragraph.create(null, schema.text("* * *"))
          : schema.nodes.horizontal_rule.create(),
      );
    }
    const sceneTitle = options.sceneTitles ? heading(2, scene.title) : null;
    if (sceneTitle) blocks.push(sceneTitle);
    for (const paragraph of scene.paragraphs) {
      const lines = paragraphLines(paragraph);
      if (lines.length > 0)
        blocks.push(schema.nodes.paragraph.create(null, lineNodes(lines, story.markdown === true)));
    }
  }
  if (blocks.length === 0) blocks.push(schema.nodes.paragraph.create());
  return schema.nodes.doc.create(null, blocks);
}

/**
 * The chosen scenes as Markdown, the story's title as a first-level heading. Blocks are
 * serialized one at a time and joined by a blank line, as the serializer would join them:
 * it tests its whole output string for each block, which grows quadratic on a long story.
 */
export function toMarkdown(
  story: ExportStory,
  options: ExportOptions = defaultExportOptions,
): string {
  const blocks: string[] = [];
  markdownDoc(story, options).forEach((block) => {
    blocks.push(serializer.serialize(schema.nodes.doc.create(null, block)));
  });
  return blocks.join("\n\n") + "\n";
}
