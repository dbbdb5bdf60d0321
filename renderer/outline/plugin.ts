/**
 * The outline's editor state: whether the writer has shaped the outline (then detection no
 * longer overrides it). Scene structure itself lives in the document (scene nodes), so undo and
 * redo restore it.
 */
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { OUTLINE_TOUCHED } from "./scene-commands";

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
  });
}

export function isWriterEdited(state: EditorState): boolean {
  return outlineKey.getState(state)?.writerEdited ?? false;
}
