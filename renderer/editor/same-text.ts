/**
 * A transaction that leaves the file's text as it was: detected scenes regrouping the same
 * paragraphs (`App.dispatchUnchangedText`). No writer is typing through it, so what waits out
 * typing (a status message's clearing, the analysis's pause) need not wait for it.
 */
import type { Transaction } from "prosemirror-state";

const SAME_TEXT = "draftwise:same-text";

/** Marks `tr` as one that keeps the text. */
export function markTextKept(tr: Transaction): Transaction {
  return tr.setMeta(SAME_TEXT, true);
}

/** Whether `tr` was marked as keeping the text. */
export function keepsText(tr: Transaction): boolean {
  return tr.getMeta(SAME_TEXT) === true;
}
