/**
 * Renaming a chapter edits its heading line in the text, in the heading's own style ("Chapter
 * 3: Old" -> "Chapter 3: New", "## Old" -> "## New"): the text is where chapters live, so a
 * save writes the new name and the next analysis reads it back. One undo step.
 */
import type { Node as PMNode } from "prosemirror-model";
import { closeHistory } from "prosemirror-history";
import type { Command } from "prosemirror-state";
import { renameHeading } from "../../core/chapters";
import { sceneTextStart } from "./scene-commands";

/** The heading line opening scene `sceneIndex` (its first paragraph), or null if there is none. */
export function chapterHeadingAt(
  doc: PMNode,
  sceneIndex: number,
): { from: number; to: number; text: string } | null {
  if (sceneIndex < 0 || sceneIndex >= doc.childCount) return null;
  const from = sceneTextStart(doc, sceneIndex);
  const paragraph = doc.resolve(from).parent;
  if (!paragraph.isTextblock) return null;
  const text = paragraph.textContent;
  return { from, to: from + paragraph.content.size, text };
}

/** Renames the chapter whose heading opens scene `sceneIndex`; false if it has no heading. */
export function renameChapter(sceneIndex: number, title: string, markdown: boolean): Command {
  return (state, dispatch) => {
    const heading = chapterHeadingAt(state.doc, sceneIndex);
    if (!heading) return false;
    const renamed = renameHeading(heading.text, title, markdown);
    if (renamed === null || renamed === heading.text) return false;
    if (dispatch) {
      const tr = state.tr.insertText(renamed, heading.from, heading.to);
      dispatch(closeHistory(tr));
    }
    return true;
  };
}
