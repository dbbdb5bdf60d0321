/**
 * A scene-break line the writer types ("* * *", "~~~" alone on its line) opens a scene at once,
 * as the file will read it when it is opened again. Before, the typed line stayed a paragraph:
 * the outline showed no new scene, and exports wrote it as a line of prose (indented in DOCX,
 * left-aligned in HTML) with no break where the writer put one.
 *
 * The line turns into the scene's marker once the caret has left it (Enter, a click or an arrow
 * key away), so a line still being typed ("* * * and") is never taken. The change is appended to
 * the edit or move that left the line, so one Ctrl+Z takes back both with the typing; the file's
 * text is the same either way.
 */
import type { Node as PMNode } from "prosemirror-model";
import { isHistoryTransaction } from "prosemirror-history";
import { Plugin, type EditorState, type Transaction } from "prosemirror-state";
import { isBreakText } from "../../core/story";
import { schema } from "../editor/schema";
import { newSceneId } from "../editor/story-doc";
import { OUTLINE_TOUCHED, provisionalTitle, scenePos } from "./scene-commands";

/**
 * The document range the transactions changed, in the last document's positions: each step's
 * changed range is added in its own output positions, and what came before is carried through
 * it. One pass over the steps (Replace All can bring thousands).
 */
export function changedRange(trs: readonly Transaction[]): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const tr of trs)
    for (const map of tr.mapping.maps) {
      if (from <= to) {
        from = map.map(from, -1);
        to = map.map(to, 1);
      }
      map.forEach((_oldStart, _oldEnd, start, end) => {
        from = Math.min(from, start);
        to = Math.max(to, end);
      });
    }
  return from <= to ? { from, to } : null;
}

/** A typed marker line: its scene's index, its index in the scene, and where it starts. */
interface TypedMarker {
  readonly scene: number;
  readonly child: number;
  readonly pos: number;
}

function typedMarkers(state: EditorState, from: number, to: number): TypedMarker[] {
  const { doc, selection } = state;
  const found: TypedMarker[] = [];
  doc.nodesBetween(from, to, (node, pos, parent, index) => {
    if (node.type === schema.nodes.scene) return true;
    if (node.type !== schema.nodes.paragraph || !parent) return false;
    const end = pos + node.nodeSize;
    const holdsCaret = selection.head > pos && selection.head < end;
    const text = node.textBetween(0, node.content.size, "\n", "\n");
    if (!holdsCaret && isBreakText(text))
      found.push({ scene: doc.resolve(pos).index(0), child: index, pos });
    return false;
  });
  return found;
}

const isBreak = (node: PMNode): boolean => node.type === schema.nodes.scene_break;

/**
 * Makes the `child`-th paragraph of the scene at `scenePos` the marker of a scene, in steps that
 * touch only that line and the scene's edge: the caret, decorations and everything else in the
 * scene map through unmoved (a replaced scene would map a caret inside it past its end, onto the
 * next scene's marker, which the next key typed over). False when it cannot.
 */
function openSceneAt(tr: Transaction, scenePos: number, child: number): boolean {
  const scene = tr.doc.nodeAt(scenePos)!;
  // A scene holds paragraphs after its marker; two markers in a row stay as typed.
  if (child === scene.childCount - 1 || (child > 0 && isBreak(scene.child(child - 1))))
    return false;
  const line = scene.child(child);
  const marker = schema.nodes.scene_break.create({
    text: line.textBetween(0, line.content.size, "\n", "\n"),
    before: line.attrs.before as string | null,
  });
  let linePos = scenePos + 1;
  for (let i = 0; i < child; i++) linePos += scene.child(i).nodeSize;
  if (child === 0) tr.setNodeMarkup(scenePos, undefined, { ...scene.attrs, source: "marker" });
  else {
    const opened = {
      id: newSceneId(),
      source: "marker",
      title: provisionalTitle(scene.child(child + 1).textContent),
      pov: scene.attrs.pov as string | null,
    };
    tr.split(linePos, 1, [{ type: schema.nodes.scene, attrs: opened }]);
    linePos += 2;
  }
  tr.replaceWith(linePos, linePos + line.nodeSize, marker);
  return true;
}

export function typedBreaks(): Plugin {
  return new Plugin({
    appendTransaction(trs, old, state) {
      // Only the writer's own edits and moves: not undo (which puts a typed line back as it
      // was), nor detection regrouping the scenes.
      const own = (tr: Transaction): boolean =>
        (tr.docChanged || tr.selectionSet) &&
        tr.getMeta("addToHistory") !== false &&
        !isHistoryTransaction(tr);
      if (!trs.some(own)) return null;
      const range = changedRange(trs);
      const markers = range ? typedMarkers(state, range.from, range.to) : [];
      // A click or an arrow key away from the typed line leaves it as Enter does.
      const left = trs.reduce((pos, tr) => tr.mapping.map(pos), old.selection.head);
      for (const marker of typedMarkers(state, left, left))
        if (!markers.some((m) => m.scene === marker.scene && m.child === marker.child))
          markers.push(marker);
      if (markers.length === 0) return null;
      markers.sort((a, b) => a.scene - b.scene || a.child - b.child);
      const tr = state.tr;
      // From the last, so the positions of those before still hold.
      for (const { scene, child } of markers.reverse())
        openSceneAt(tr, scenePos(tr.doc, scene), child);
      return tr.docChanged ? tr.setMeta(OUTLINE_TOUCHED, true) : null;
    },
  });
}
