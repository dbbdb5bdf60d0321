/**
 * Which notes the editor draws and how. A warning is a squiggle that means "look at this"; a hint
 * (a voice note the analysis is unsure of: a word that may be meant the shared way, or a line
 * whose speaker is a guess) is drawn only when the writer asks for hints, and quieter.
 */
import type { Note, NoteKind } from "../../core/model";

/** Whether a note is a hint: information about the voice, not a slip to look at. */
export function isHint(note: Pick<Note, "kind" | "severity">): boolean {
  return note.kind === "voice" && note.severity === "info";
}

export interface NoteToggles {
  readonly notes: Readonly<Record<NoteKind, boolean>>;
  /** Draw hints (off by default). */
  readonly hints: boolean;
}

/** The class a note is drawn with, or null when it is not drawn. */
export function noteClass(
  note: Pick<Note, "kind" | "severity">,
  toggles: NoteToggles,
  ignored: boolean,
): string | null {
  if (!toggles.notes[note.kind] || ignored) return null;
  if (isHint(note)) return toggles.hints ? "dw-note-hint" : null;
  return `dw-note-${note.kind}`;
}
