/**
 * Italics from a draft's emphasis marks: in a Markdown draft `*emphasis*` and `_emphasis_` are
 * drawn in italics (and `**bold**` in bold), their marks dimmed but kept in the text (the file
 * stays the writer's). A
 * plain-text draft gets the same when it marks italics so (`showsEmphasis`, as the exports
 * decide), from the open or from the first span the writer types. The decorations are mapped
 * through each edit and only the edited paragraphs are read again (a regular expression over one
 * paragraph). While off, an edit costs a count of the spans in the stretch it changed, before and
 * after: the whole story is read again only when that stretch holds more spans than it did (a span
 * was made), not for each keystroke in a paragraph that already held one.
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { isMarkdownFile } from "../../core/chapters";
import {
  emphasisSpans,
  markdownSpans,
  usesEmphasisMarks,
  withoutEmphasisMarks,
} from "../../core/export/emphasis";
import { drawBlocks, redrawEdited } from "./edited-blocks";

export const emphasisMarksKey = new PluginKey<EmphasisState>("emphasisMarks");

/** The text of each textblock, inner line breaks as "\n". */
function blockTexts(doc: PMNode): string[] {
  const texts: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    texts.push(node.textBetween(0, node.content.size, undefined, "\n"));
    return false;
  });
  return texts;
}

/**
 * Whether a story shows its `*word*` and `_word_` in italics: a Markdown draft always, a
 * plain-text one when it uses the marks so (core's `usesEmphasisMarks`, as the exports decide).
 * `story` is the document or, cheaper on a novel with no marks at all, the text it was read from.
 */
export function showsEmphasis(name: string | undefined, story: PMNode | string): boolean {
  if (isMarkdownFile(name ?? "")) return true;
  return usesEmphasisMarks(typeof story === "string" ? [story] : blockTexts(story));
}

/**
 * The decorations of one textblock at `pos`. Inner line breaks count one character each. With
 * `bold` (a Markdown draft), its `**bold**` spans too, their pieces marked `{ bold: true }`.
 */
function blockDecorations(block: PMNode, pos: number, bold = false): Decoration[] {
  const text = block.textBetween(0, block.content.size, undefined, "\n");
  const out: Decoration[] = [];
  // In a Markdown draft, italics inside or around bold as the exports read them ("***x***").
  const { strong: bolds, italic: italics } = bold
    ? markdownSpans(text)
    : { strong: [], italic: emphasisSpans(text) };
  for (const span of bolds) {
    const from = pos + 1 + span.from;
    const to = pos + 1 + span.to;
    const spec = { bold: true };
    out.push(
      Decoration.inline(from, from + 2, { class: "md-strong md-mark" }, spec),
      Decoration.inline(from + 2, to - 2, { class: "md-strong" }, spec),
      Decoration.inline(to - 2, to, { class: "md-strong md-mark" }, spec),
    );
  }
  for (const span of italics) {
    const from = pos + 1 + span.from;
    const to = pos + 1 + span.to;
    // Three pieces side by side, not nested: overlapping inline decorations split the text.
    out.push(
      Decoration.inline(from, from + 1, { class: "md-em md-mark" }),
      Decoration.inline(from + 1, to - 1, { class: "md-em" }),
      Decoration.inline(to - 1, to, { class: "md-em md-mark" }),
    );
  }
  return out;
}

/** The block drawer for a draft: with its bold spans in a Markdown draft. */
const drawerFor =
  (bold: boolean) =>
  (block: PMNode, pos: number): Decoration[] =>
    blockDecorations(block, pos, bold);

/** The spans in the textblocks that `from`..`to` of `doc` touches. */
function spansBetween(doc: PMNode, from: number, to: number): number {
  let count = 0;
  doc.nodesBetween(from, to, (node) => {
    if (!node.isTextblock) return true;
    count += emphasisSpans(node.textBetween(0, node.content.size, undefined, "\n")).length;
    return false;
  });
  return count;
}

/**
 * Whether `tr` made a span: the stretch of the document it changed holds more spans than that
 * stretch did before. Outside the stretch both documents are the same nodes, so the two counts
 * read the same untouched words around it.
 */
function spanMade(tr: Transaction): boolean {
  const start = tr.before.content.findDiffStart(tr.doc.content);
  if (start === null) return false;
  let { a: endBefore, b: endAfter } = tr.before.content.findDiffEnd(tr.doc.content)!;
  // A letter typed beside the same letter: the two ends overlap the start; widen both alike.
  const overlap = start - Math.min(endBefore, endAfter);
  if (overlap > 0) {
    endBefore += overlap;
    endAfter += overlap;
  }
  return spansBetween(tr.doc, start, endAfter) > spansBetween(tr.before, start, endBefore);
}

/** Whether the plugin draws, and what. Off, it draws nothing and only watches for a first span. */
interface EmphasisState {
  readonly on: boolean;
  readonly set: DecorationSet;
}

const OFF: EmphasisState = { on: false, set: DecorationSet.empty };

/**
 * A plain-text draft that did not use the marks when opened starts drawing once an edit
 * completes a span and the story as a whole now reads as using them; it then stays on until the
 * story is opened again (a half-typed `*word` is a stray mark, and italics must not flicker).
 */
function apply(
  tr: Transaction,
  state: EmphasisState,
  usesMarks: (blocks: string[]) => boolean,
  draw: (block: PMNode, pos: number) => Decoration[],
): EmphasisState {
  if (!tr.docChanged) return state;
  // Only the textblocks an edit touched are read again; the rest keep their mapped decorations.
  if (state.on) return { on: true, set: redrawEdited(state.set, tr, draw) };
  if (!spanMade(tr) || !usesMarks(blockTexts(tr.doc))) return state;
  return { on: true, set: drawBlocks(tr.doc, draw) };
}

/** The emphasis decorations drawn now (none when the plugin is off or absent). */
export function emphasisDecorations(state: EditorState): DecorationSet {
  return emphasisMarksKey.getState(state)?.set ?? DecorationSet.empty;
}

/**
 * A label drawn from the story's words (a scene title, a spoken line) as plain text: without its
 * emphasis marks while the story shows them as italics, as typed otherwise ("5 * 3" stays).
 */
export function plainLabel(state: EditorState, text: string): string {
  if (emphasisMarksKey.getState(state)?.on !== true) return text;
  // A label cut from the text (a title is the opening's first words) can end inside a span:
  // its opening mark, at a word's start with no mark after it, is dropped too.
  return withoutEmphasisMarks(text).replace(CUT_SPAN_OPENING, "$1");
}

/** A `*` or `_` opening a word, with no mark after it to the end of the label. */
const CUT_SPAN_OPENING = /(^|\s)[*_](?=[\p{L}\p{N}][^*_]*$)/u;

/**
 * `*word*` and `_word_` in italics. `fromOpen`: drawing from the start (a Markdown draft, a
 * plain-text one that uses the marks: `showsEmphasis`); else it starts when the writer types the
 * first span. `bold`: a Markdown draft, whose `**word**` is drawn in bold too, as it exports.
 */
export function emphasisMarks(
  fromOpen = true,
  /** Reads the whole story for its marks; the tests count the reads. */
  usesMarks: (blocks: string[]) => boolean = usesEmphasisMarks,
  bold = false,
): Plugin<EmphasisState> {
  const draw = drawerFor(bold);
  return new Plugin<EmphasisState>({
    key: emphasisMarksKey,
    state: {
      init: (_, state) => (fromOpen ? { on: true, set: drawBlocks(state.doc, draw) } : OFF),
      apply: (tr, value) => apply(tr, value, usesMarks, draw),
    },
    props: {
      decorations: (state) => emphasisDecorations(state),
    },
  });
}
