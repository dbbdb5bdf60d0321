/**
 * One name, one note. A spelling note reads a capitalised unknown word as a name only where it
 * stands mid-sentence: at a sentence's start a capital says nothing. So a place named in the
 * narration ("the ferry to Ardmore") and opening a later paragraph ("Ardmore in the morning
 * was...") got two notes, a name to add and a misspelling, listed as two rows. Where the story
 * writes the word, spelled the same, as a name anywhere, its sentence-start uses are that name;
 * a possessive ("Quillmarsh's harbour") is its name's use either way round.
 */
import type { Note } from "../model";
import { nameMessage } from "./spelling";

/** `notes` with each sentence-start spelling note of a word the story names elsewhere as a name's. */
export function namesAlike(notes: Note[]): Note[] {
  const names = new Set<string>();
  for (const n of notes)
    if (n.kind === "spelling" && n.severity === "info") names.add(withoutPossessive(n.text));
  if (names.size === 0) return notes;
  return notes.map((n) =>
    n.kind === "spelling" && n.severity === "warning" && names.has(withoutPossessive(n.text))
      ? { ...n, severity: "info", message: nameMessage(n.text) }
      : n,
  );
}

/** "Quillmarsh's" -> "Quillmarsh", "Fenwold’s" -> "Fenwold". */
function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, "");
}
