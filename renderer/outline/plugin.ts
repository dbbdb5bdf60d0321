/**
 * The outline's editor state: whether the writer has shaped the outline (then detection no
 * longer overrides it), the cast used to detect scenes again, and the characters for the chips.
 * Scene structure itself lives in the document (scene nodes), so undo and redo restore it.
 */
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import type { Character } from "../../core/model";
import { OUTLINE_TOUCHED } from "./scene-commands";

/** The characters of each scene (by scene id), most present first, from the analysis. */
export type SceneChips = ReadonlyMap<string, readonly string[]>;

export class OutlineState {
  constructor(
    /** True once the writer moved, split, merged, renamed or annotated a scene. */
    readonly writerEdited: boolean,
    /** The cast scene detection uses on "Re-detect"; empty until a cast is known. */
    readonly cast: readonly Character[],
    /** The characters the outline's chips show. */
    readonly chips: SceneChips = new Map(),
  ) {}
}

export const outlineKey = new PluginKey<OutlineState>("outline");

/** Transaction meta to replace the cast (e.g. after the cast panel changes it). */
export const OUTLINE_CAST = "outlineCast";
/** Transaction meta to replace the chips (a new analysis result). */
export const OUTLINE_CHIPS = "outlineChips";

export function outline(initial: OutlineState = new OutlineState(false, [])): Plugin<OutlineState> {
  return new Plugin<OutlineState>({
    key: outlineKey,
    state: {
      init: () => initial,
      apply(tr, value) {
        const touched = tr.getMeta(OUTLINE_TOUCHED) === true && !value.writerEdited;
        const cast = tr.getMeta(OUTLINE_CAST) as readonly Character[] | undefined;
        const chips = tr.getMeta(OUTLINE_CHIPS) as SceneChips | undefined;
        if (!touched && !cast && !chips) return value;
        return new OutlineState(
          value.writerEdited || touched,
          cast ?? value.cast,
          chips ?? value.chips,
        );
      },
    },
  });
}

export function isWriterEdited(state: EditorState): boolean {
  return outlineKey.getState(state)?.writerEdited ?? false;
}

export function outlineCast(state: EditorState): readonly Character[] {
  return outlineKey.getState(state)?.cast ?? [];
}

const NO_CHIPS: SceneChips = new Map();

export function outlineChips(state: EditorState): SceneChips {
  return outlineKey.getState(state)?.chips ?? NO_CHIPS;
}
