/**
 * The display switches the writer-settings tests start from: speakers' colours and every kind
 * of note on, names untinted, no hints. Written out rather than read from the app's defaults,
 * so a changed default does not change what the tests hold.
 */
import type { Toggles } from "../../renderer/analysis/writer-settings";

export const everyNoteOn: Toggles = {
  mentions: false,
  speakers: true,
  notes: {
    voice: true,
    variant: true,
    "spelling-mix": true,
    spelling: true,
    encoding: true,
    gloss: true,
  },
  hints: false,
};
