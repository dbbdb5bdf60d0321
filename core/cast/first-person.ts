/**
 * Which stretches of a story are told in the first person: where the narration, outside quotes,
 * says "I" (or "me", "my", "we") often enough nearby. Point of view can change within a story,
 * so the speaker walk asks paragraph by paragraph whether "I" is the narrator.
 */
import type { ParagraphReading } from "./refs";
import { perSegments } from "./segment-memo";

/** Paragraphs either side that decide whether a stretch of the story is told in the first person. */
const FIRST_PERSON_REACH = 15;
/** "I" in the narration this many times within reach makes a first-person stretch. */
const FIRST_PERSON_MIN = 3;

/**
 * The narrator's other words in the narration ("let me drive", "my lap", "We found the key"):
 * first person as surely as "I", and an opening can say "I" only once in a dozen paragraphs.
 */
const NARRATOR_WORDS = new Set(["me", "my", "myself", "we", "us", "our", "ourselves"]);

/** How often a paragraph's narration speaks as the narrator ("I", "me", "we"): once per text. */
const narratorIs = perSegments((segments): number => {
  let n = 0;
  for (const seg of segments)
    for (const s of seg.sentences)
      for (const w of s.words) if (w.text === "I" || NARRATOR_WORDS.has(w.lower)) n++;
  return n;
});

/**
 * Which paragraphs lie in first-person narration: those with "I" (or "me", "my", "we") in the
 * narration (outside quotes) at least three times within fifteen paragraphs either side. Point
 * of view can change within a story; a stray "I" (a letter quoted without marks, "Chapter I")
 * makes no narrator.
 */
export function firstPersonStretches(readings: readonly ParagraphReading[]): boolean[] {
  const counts = readings.map((r) => narratorIs(r.segments));
  // A sliding window keeps this linear.
  const out: boolean[] = [];
  let sum = 0;
  for (let i = 0; i < Math.min(FIRST_PERSON_REACH, counts.length); i++) sum += counts[i]!;
  for (let i = 0; i < counts.length; i++) {
    const enter = i + FIRST_PERSON_REACH;
    if (enter < counts.length) sum += counts[enter]!;
    const leave = i - FIRST_PERSON_REACH - 1;
    if (leave >= 0) sum -= counts[leave]!;
    out.push(sum >= FIRST_PERSON_MIN);
  }
  return out;
}
