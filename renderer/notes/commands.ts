/**
 * Editor commands on analysis notes: where a note is now, fix it, select it, step to the next
 * or previous one. A note's offsets belong to the document it was computed for; its range in the
 * analysis state has been mapped through every edit since, so positions always come from there.
 */
import { TextSelection, type Command, type EditorState } from "prosemirror-state";
import type { LocalNote } from "../analysis/protocol";
import { analysisKey } from "../analysis/plugin";
import { scrollIntoMiddle } from "../editor/scroller";

/** A note and its range in the current document. */
export interface PlacedNote {
  readonly note: LocalNote;
  readonly from: number;
  readonly to: number;
}

/** Which notes count (kind switched on, not ignored); all of them when absent. */
export type NoteFilter = (note: LocalNote) => boolean;

/** Every note of the latest result placed in the current document, in document order. */
export function placedNotes(
  state: EditorState,
  filter?: NoteFilter,
  from?: number,
  to?: number,
): PlacedNote[] {
  const value = analysisKey.getState(state);
  if (!value) return [];
  const placed: PlacedNote[] = [];
  for (const item of value.notesIn(state.doc, from, to)) {
    const note = item.spec.note;
    if (item.to > item.from && (!filter || filter(note)))
      placed.push({ note, from: item.from, to: item.to });
  }
  return placed.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The notes whose range holds `pos` (both ends included, as a hover at a word's edge counts). */
export function notesAtPos(state: EditorState, pos: number, filter?: NoteFilter): PlacedNote[] {
  return placedNotes(state, filter, pos, pos);
}

/** Where `note` is now, or null once an edit has removed its range. */
export function placeNote(state: EditorState, note: LocalNote): PlacedNote | null {
  const value = analysisKey.getState(state);
  if (!value) return null;
  const found = value.locateNote(state.doc, note);
  return found && found.to > found.from ? { note, from: found.from, to: found.to } : null;
}

/**
 * Replaces the note's word with `fix` in one undoable step. Refuses when the note is gone or
 * the writer has since changed the word itself (the fix was for the old text).
 */
export function applyFix(note: LocalNote, fix: string): Command {
  return (state, dispatch) => {
    const placed = placeNote(state, note);
    if (!placed || state.doc.textBetween(placed.from, placed.to, "\n") !== note.text) return false;
    if (dispatch) {
      const tr = state.tr.insertText(fix, placed.from, placed.to);
      tr.setSelection(TextSelection.create(tr.doc, placed.from + fix.length));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Selects a placed note's range and scrolls it into the middle of the screen (with a view). */
function selectPlaced(placed: PlacedNote): Command {
  return (state, dispatch, view) => {
    if (dispatch) {
      dispatch(
        state.tr
          .setSelection(TextSelection.create(state.doc, placed.from, placed.to))
          .scrollIntoView(),
      );
      if (view) scrollIntoMiddle(view, placed.from);
    }
    return true;
  };
}

/** Selects the note's range and scrolls it into the middle of the screen (with a view). */
export function selectNote(note: LocalNote): Command {
  return (state, dispatch, view) => {
    const placed = placeNote(state, note);
    return placed ? selectPlaced(placed)(state, dispatch, view) : false;
  };
}

/** First window searched around the cursor for F8; it grows fourfold until a note turns up. */
const STEP_WINDOW = 4096;

/**
 * The nearest shown note strictly after (`direction` 1) or before (-1) `at`, or null. Searches
 * growing windows so a step in a novel looks at the next few pages, not every note.
 */
function nearestNote(
  state: EditorState,
  at: number,
  direction: 1 | -1,
  filter?: NoteFilter,
): PlacedNote | null {
  const size = state.doc.content.size;
  for (let span = STEP_WINDOW; ; span *= 4) {
    const from = direction === 1 ? Math.max(0, at) : Math.max(0, at - span);
    const to = direction === 1 ? Math.min(size, at + span) : Math.min(size, at);
    const found = placedNotes(state, filter, from, to).filter((n) =>
      direction === 1 ? n.from > at : n.from < at,
    );
    if (found.length > 0) return direction === 1 ? found[0]! : found[found.length - 1]!;
    if ((direction === 1 ? to : from) === (direction === 1 ? size : 0)) return null;
  }
}

/**
 * Selects the next note after the cursor (`direction` 1) or the previous one (-1), wrapping
 * around the story's ends like F8 in an IDE. False when there is no note at all.
 */
export function stepNote(direction: 1 | -1, filter?: NoteFilter): Command {
  return (state, dispatch, view) => {
    const at = state.selection.from;
    const target =
      nearestNote(state, at, direction, filter) ??
      nearestNote(state, direction === 1 ? -1 : state.doc.content.size + 1, direction, filter);
    return target ? selectPlaced(target)(state, dispatch, view) : false;
  };
}

/** What "Ignore" stores for a note, and "Ignore for this character" where it applies. */
export interface IgnoreKeys {
  /** This term everywhere in the story, whoever says it. */
  readonly everywhere: string;
  /** This term from this speaker only (voice notes); the note's own key. */
  readonly forSpeaker?: string;
}

/**
 * Ignore keys for a note, or null for a note without a key. Voice and variant keys end in the
 * speaker ("voice:gonna:Spike", "variant:luv:love:Spike"), so dropping the last part widens one
 * to the term for every speaker; the controller treats a stored key as covering the longer keys
 * under it.
 */
export function ignoreKeysOf(note: LocalNote): IgnoreKeys | null {
  const key = note.key;
  if (!key) return null;
  const cut = key.lastIndexOf(":");
  const perSpeaker = (note.kind === "voice" || note.kind === "variant") && cut > key.indexOf(":");
  if (!perSpeaker) return { everywhere: key };
  const everywhere = key.slice(0, cut);
  return note.kind === "voice" && note.speaker ? { everywhere, forSpeaker: key } : { everywhere };
}
