/**
 * Italics in a Markdown draft: `*emphasis*` and `_emphasis_` are drawn in italics, their marks
 * dimmed but kept in the text (the file stays the writer's Markdown). Installed for `.md`
 * drafts and for plain-text drafts that mark italics so (`showsEmphasis`, decided when the story
 * opens), so a story without such marks pays nothing. The decorations are mapped through each edit
 * and only the edited paragraphs are read again (a regular expression over one paragraph).
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, type Transaction } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { emphasisSpans, usesEmphasisMarks } from "../../core/export/emphasis";

export const markdownEmphasisKey = new PluginKey<DecorationSet>("markdownEmphasis");

/** Whether a file name is a Markdown draft's. */
export function isMarkdownName(name: string | undefined): boolean {
  return /\.(md|markdown)$/i.test(name ?? "");
}

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
 */
export function showsEmphasis(name: string | undefined, doc: PMNode): boolean {
  return isMarkdownName(name) || usesEmphasisMarks(blockTexts(doc));
}

/** The decorations of one textblock at `pos`. Inner line breaks count one character each. */
function blockDecorations(block: PMNode, pos: number): Decoration[] {
  const text = block.textBetween(0, block.content.size, undefined, "\n");
  const out: Decoration[] = [];
  for (const span of emphasisSpans(text)) {
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

function allDecorations(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(...blockDecorations(node, pos));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** Reads again the textblocks an edit touched; the rest keep their mapped decorations. */
function redrawEdited(set: DecorationSet, tr: Transaction): DecorationSet {
  let next = set.map(tr.mapping, tr.doc);
  const maps = tr.mapping.maps;
  maps.forEach((map, i) => {
    map.forEach((_oldFrom, _oldTo, from, to) => {
      const after = tr.mapping.slice(i + 1);
      const start = Math.max(0, after.map(from, -1));
      const end = Math.min(tr.doc.content.size, after.map(to, 1));
      tr.doc.nodesBetween(start, end, (node, pos) => {
        if (!node.isTextblock) return true;
        next = next.remove(next.find(pos, pos + node.nodeSize));
        next = next.add(tr.doc, blockDecorations(node, pos));
        return false;
      });
    });
  });
  return next;
}

export function markdownEmphasis(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: markdownEmphasisKey,
    state: {
      init: (_, state) => allDecorations(state.doc),
      apply: (tr, set) => (tr.docChanged ? redrawEdited(set, tr) : set),
    },
    props: {
      decorations: (state) => markdownEmphasisKey.getState(state),
    },
  });
}
