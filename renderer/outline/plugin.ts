/**
 * The outline's editor state: whether the writer has shaped the outline (then detection no
 * longer overrides it). Scene structure itself lives in the document (scene nodes), so undo and
 * redo restore it.
 *
 * A scene with no title, or with the provisional one its first words gave it (a split, a typed
 * break: "New scene" while that line is empty), takes its title from its first line again as
 * the writer edits that line, in the same step; a title the writer gave or detection made stays.
 */
import type { Node as PMNode } from "prosemirror-model";
import { isHistoryTransaction } from "prosemirror-history";
import { Plugin, PluginKey, type EditorState, type Transaction } from "prosemirror-state";
import { schema } from "../editor/schema";
import { OUTLINE_TOUCHED, provisionalTitle, titleLine } from "./scene-commands";
import { changedRange } from "./typed-breaks";

/** The characters of each scene (by scene id), most present first, from the analysis. */
export type SceneChips = ReadonlyMap<string, readonly string[]>;

export class OutlineState {
  constructor(
    /** True once the writer moved, split, merged, renamed or annotated a scene. */
    readonly writerEdited: boolean,
  ) {}
}

export const outlineKey = new PluginKey<OutlineState>("outline");

export function outline(initial: OutlineState = new OutlineState(false)): Plugin<OutlineState> {
  return new Plugin<OutlineState>({
    key: outlineKey,
    state: {
      init: () => initial,
      apply(tr, value) {
        const touched = tr.getMeta(OUTLINE_TOUCHED) === true && !value.writerEdited;
        return touched ? new OutlineState(true) : value;
      },
    },
    appendTransaction(trs, old, state) {
      // The writer's own edits: undo puts the titles back with the text, and detection
      // regrouping the scenes (not in the history) brings titles of its own.
      const own = (tr: Transaction): boolean =>
        tr.docChanged && tr.getMeta("addToHistory") !== false && !isHistoryTransaction(tr);
      if (!trs.some(own)) return null;
      const range = changedRange(trs);
      return range ? followFirstLines(old.doc, state, range.from, range.to) : null;
    },
  });
}

const firstLine = (scene: PMNode): string => titleLine(scene.children);

/** Retitles the untitled and provisionally titled scenes between `from` and `to` (see above). */
function followFirstLines(
  before: PMNode,
  state: EditorState,
  from: number,
  to: number,
): Transaction | null {
  let was: Map<string, PMNode> | null = null;
  const tr = state.tr;
  state.doc.nodesBetween(from, to, (scene, pos) => {
    if (scene.type !== schema.nodes.scene) return false;
    const { id, title, titleEdited } = scene.attrs as {
      id: string;
      title: string;
      titleEdited: boolean;
    };
    const next = provisionalTitle(firstLine(scene));
    if (titleEdited || next === title) return false;
    if (title !== "") {
      // Only a title its first line gave it: read that line as it was.
      was ??= new Map(before.children.map((s) => [s.attrs.id as string, s]));
      const old = was.get(id);
      if (!old || provisionalTitle(firstLine(old)) !== title) return false;
    }
    tr.setNodeMarkup(pos, null, { ...scene.attrs, title: next });
    return false;
  });
  return tr.docChanged ? tr : null;
}

export function isWriterEdited(state: EditorState): boolean {
  return outlineKey.getState(state)?.writerEdited ?? false;
}
