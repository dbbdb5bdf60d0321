/**
 * Autosave's hold on an earlier version brought back: the restored text is not written until
 * the writer saves it by hand (autosave.ts). The hold lasts while the restore is on the undo
 * stack: Ctrl+Z past it gives the writer their own text back, which autosave keeps as any
 * edit; Ctrl+Shift+Z brings the restore and its hold back. The restore is one history event
 * (replace-text.ts closes the history on both sides), so the undo depth with it on the stack
 * tells whether it is undone. (Past the history's depth, about 100 steps, the oldest events are
 * dropped and the depth stops growing: an undo there may let the hold go a step early.)
 */
import { isHistoryTransaction, undoDepth } from "prosemirror-history";
import type { EditorState, Transaction } from "prosemirror-state";

const HOLD_META = "draftwise.holdAutosave";

/**
 * Marks a transaction that autosave must not save by itself (an earlier version brought back:
 * the writer looks at it first); autosave waits for a save by hand.
 */
export function holdAutosave(tr: Transaction): Transaction {
  return tr.setMeta(HOLD_META, true);
}

/** Whether autosave waits for a save by hand, from the transactions the editor applied. */
export class RestoreHold {
  held = false;
  /** The undo depth with the restore on the stack; null when no restore can come back. */
  private depth: number | null = null;

  /** Reads the mark and the undo steps among `trs`, applied to give `state`. */
  note(trs: readonly Transaction[], state: EditorState): void {
    if (trs.some((tr) => tr.getMeta(HOLD_META) === true)) {
      // A restore over a restore: the writer's own text is back only past the first.
      if (!this.held || this.depth === null) this.depth = undoDepth(state);
      this.held = true;
    } else if (this.depth === null) {
      return;
    } else if (trs.some(isHistoryTransaction)) {
      this.held = undoDepth(state) >= this.depth;
    } else if (!this.held && trs.some((tr) => tr.docChanged)) {
      // An edit after the restore was undone drops the redo: the restore cannot come back.
      this.depth = null;
    }
  }

  /** A save (or another story opened) lets the hold go. */
  clear(): void {
    this.held = false;
    this.depth = null;
  }
}
