/**
 * The analysis worker's pause before its story-wide pass (speakers, scenes, voices, variants),
 * after the fast answer to an edit: the writer has stopped for a moment. An app setting kept in
 * localStorage with the others (`draftwise.full-pass-pause`, whole milliseconds up to a minute);
 * absent or unreadable, the default. The end-to-end tests set a short one, since they would
 * otherwise wait it out after every edit.
 */
import { FULL_PASS_PAUSE_MS } from "./protocol";

export const FULL_PASS_PAUSE_KEY = "draftwise.full-pass-pause";
const LONGEST_MS = 60_000;

/** The pause as set, from `read` (localStorage by default). */
export function fullPassPause(
  read: (key: string) => string | null = (key) => localStorage.getItem(key),
): number {
  try {
    const raw = read(FULL_PASS_PAUSE_KEY);
    const ms = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
    return ms <= LONGEST_MS ? ms : FULL_PASS_PAUSE_MS;
  } catch {
    // Storage can be disabled (or absent, outside a page).
    return FULL_PASS_PAUSE_MS;
  }
}
