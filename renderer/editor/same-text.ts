/**
 * Transactions that are no writer's edit of the text, in two kinds.
 *
 * One leaves the file's text as it was but changes the document: detected scenes regrouping
 * the same paragraphs (`App.dispatchUnchangedText`), marked with `markTextKept`. No writer is
 * typing through it, so what waits out typing (a status message's clearing, the analysis's
 * pause) need not wait for it.
 *
 * The other leaves the very document node: a change of the writer's settings (a voice, Ignore,
 * a story word, their undo) is a step of its own, which ProseMirror counts in `docChanged`
 * though it returns the same node (`SettingsStep`). `changesDocument` tells it apart, and is
 * what an open card, the working copy and the analysis ask.
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

/**
 * Whether `tr` changed the document node: not a settings step alone, nor a replacement that
 * left the same node. Cheap: an identity test, not a comparison of the text.
 */
export function changesDocument(tr: Transaction): boolean {
  return tr.docChanged && tr.doc !== tr.before;
}
