/**
 * Renaming a chapter edits its heading line in the text, in the heading's own style ("Chapter
 * 3: Old" -> "Chapter 3: New", "## Old" -> "## New"): the text is where chapters live, so a
 * save writes the new name and the next analysis reads it back. One undo step.
 */
import type { Node as PMNode } from "prosemirror-model";
import { closeHistory } from "prosemirror-history";
import type { Command } from "prosemirror-state";
import { ownHeading, renameHeading } from "../../core/chapters";
import { sceneTextStart } from "./scene-commands";

/**
 * The heading line of the chapter that opens with scene `sceneIndex`: its first paragraph, or,
 * under a part's heading and title lines, the chapter's own heading below them (core/chapters.ts,
 * `ownHeading`). Null if the scene has no text.
 */
export function chapterHeadingAt(
  doc: PMNode,
  sceneIndex: number,
  markdown = false,
): { from: number; to: number; text: string } | null {
  if (sceneIndex < 0 || sceneIndex >= doc.childCount) return null;
  const start = sceneTextStart(doc, sceneIndex);
  const scene = doc.child(sceneIndex);
  const first = doc.resolve(start).index(1);
  const textAt = (k: number): string | undefined => {
    const node = k < scene.childCount ? scene.child(k) : null;
    return node?.isTextblock ? node.textContent : undefined;
  };
  if (textAt(first) === undefined) return null;
  const own = ownHeading(textAt, first, markdown);
  // Position of child `own`'s text: the scene's content start plus the nodes before it, plus 1.
  let from = start;
  for (let k = first; k < own; k++) from += scene.child(k).nodeSize;
  const paragraph = scene.child(own);
  return { from, to: from + paragraph.content.size, text: paragraph.textContent };
}

/** Renames the chapter whose heading opens scene `sceneIndex`; false if it has no heading. */
export function renameChapter(sceneIndex: number, title: string, markdown: boolean): Command {
  return (state, dispatch) => {
    const heading = chapterHeadingAt(state.doc, sceneIndex, markdown);
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
