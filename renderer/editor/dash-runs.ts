/**
 * A writer's dash typed as hyphens ("--", "---") is drawn whole: Chromium ends a line between
 * two hyphens ("the envelope-" / "-and Margery"), which no printed page does (qa-37 counted 5
 * such ends at 24 window widths on one page of prose). Each run of two or three hyphens is
 * drawn in a span that does not wrap, an inline decoration read again for the paragraphs an
 * edit touched; the text, and so the file, keeps its hyphens as typed (the HTML export puts a
 * word joiner between them instead, core/export/html.ts, as AO3 keeps no style).
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { drawBlocks, redrawEdited } from "./edited-blocks";

const dashRunsKey = new PluginKey<DecorationSet>("dashRuns");

const WHOLE = { class: "dash-run" };

/**
 * Where a textblock's dashes are: runs of two or three hyphens, offsets in its content. A
 * longer run is a rule ("----------"), left to wrap: drawn whole it could run past the line.
 */
export function dashRunOffsets(block: PMNode): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  block.forEach((child, offset) => {
    if (!child.isText) return;
    for (const run of child.text!.matchAll(/(?<!-)-{2,3}(?!-)/g))
      out.push({ from: offset + run.index, to: offset + run.index + run[0].length });
  });
  return out;
}

/** The runs of one textblock at `pos`. */
const blockRuns = (block: PMNode, pos: number): Decoration[] =>
  dashRunOffsets(block).map(({ from, to }) =>
    Decoration.inline(pos + 1 + from, pos + 1 + to, WHOLE),
  );

/** The dashes drawn whole now (none without the plugin). */
export function drawnDashRuns(state: EditorState): DecorationSet {
  return dashRunsKey.getState(state) ?? DecorationSet.empty;
}

/** Draws each dash typed as hyphens as one piece a line does not end inside. */
export function dashRuns(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: dashRunsKey,
    state: {
      init: (_, state) => drawBlocks(state.doc, blockRuns),
      apply: (tr, set) => (tr.docChanged ? redrawEdited(set, tr, blockRuns) : set),
    },
    props: { decorations: drawnDashRuns },
  });
}
