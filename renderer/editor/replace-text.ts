/** The whole story's text replaced in one undoable step (recovery, reload, an earlier version). */
import { closeHistory } from "prosemirror-history";
import { holdAutosave } from "./restore-hold";
import type { KeptSettings } from "../../core/host-api";
import type { App, Feature, ReplaceOptions } from "./feature";
import { caretAtPlace, textPlaceOf } from "./caret-near";
import { markTextKept } from "./same-text";
import { readingFor, textToDoc } from "./story-doc";

/**
 * Replaces the whole text in one undoable step, each of `features` laying the new document
 * out. With `settings` (a working copy's), the writer's settings go back in the same step, and
 * a text that is already the story's is left as it is.
 */
export function replaceStoryText(
  app: App,
  features: readonly Feature[],
  text: string,
  settings?: KeptSettings,
  options: ReplaceOptions = {},
): void {
  const { state } = app.view;
  let tr = state.tr;
  const replaced = !settings || text !== app.text();
  if (options.restored) tr = holdAutosave(closeHistory(tr));
  if (replaced) {
    let doc = textToDoc(text, undefined, readingFor(app.file?.name));
    for (const feature of features) doc = feature.relayout?.(app, doc) ?? doc;
    tr.replaceWith(0, state.doc.content.size, doc.content);
  }
  if (settings) {
    // One undo step of its own: never merged into the typing before it.
    tr = closeHistory(tr);
    for (const feature of features) tr = feature.restoreKept?.(app, tr, settings) ?? tr;
    // The settings alone are no edit of the text, as a settings change is not.
    if (!replaced) tr = markTextKept(tr);
  }
  if (tr.steps.length === 0) return;
  // The whole document replaced maps the caret to its end: keep it where it was instead, at
  // its place in the text as a reload of the same story does (a restored split or regrouping
  // before it moves every position after it).
  const place = textPlaceOf(state.doc, state.selection.head);
  app.view.dispatch(tr.setSelection(caretAtPlace(tr.doc, place, state.selection.head)));
  // Typing straight after it (within the history's half second) would join the restore's undo
  // step, and Ctrl+Z would take both: the restore stands alone on both sides.
  if (options.restored) app.view.dispatch(closeHistory(app.view.state.tr));
}
