/**
 * Voice and gloss notes from a paragraph's term hits. Only dialogue is judged for voice: a British
 * speaker's Americanisms and an American speaker's Britishisms. Narration belongs to the author.
 * A warning needs a clear marker said by a speaker we are sure of; a term marked ambiguous
 * ("pants", "mad") whose context does not settle it, or a line whose speaker is a guess, is
 * information (a hint), and an ambiguous term on a guessed speaker is no note at all. Words both
 * varieties use (`shared`) are never voice notes.
 */
import type { Note, Voice } from "../model";
import { normaliseWord } from "../lexicon";
import { matchCase } from "./casing";
import { isClearMarker, type ParagraphScan, type TermHit } from "./scan";
import { CONFIDENT_SPEAKER } from "./confident-speaker";

export { CONFIDENT_SPEAKER } from "./confident-speaker";

const VARIETY: Record<"british" | "american", string> = {
  british: "British",
  american: "American",
};

function voiceNote(
  hit: TermHit,
  paragraph: number,
  speaker: string,
  voice: "british" | "american",
): Note {
  const clear = isClearMarker(hit);
  const sure = hit.confidence >= CONFIDENT_SPEAKER;
  const other = VARIETY[hit.side];
  const said = clear
    ? `"${hit.text}" is ${other}`
    : `"${hit.text}" can read as ${other} (${hit.entry.gloss})`;
  const message = sure
    ? `${speaker} speaks ${VARIETY[voice]} English; ${said}.`
    : `If ${speaker} says this (the speaker is a guess), ${said}: ${speaker} speaks ${VARIETY[voice]} English.`;
  return {
    kind: "voice",
    severity: clear && sure ? "warning" : "info",
    paragraph,
    from: hit.from,
    to: hit.to,
    text: hit.text,
    speaker,
    message,
    fixes: hit.fixes.map((f) => matchCase(f, hit.text)),
    gloss: hit.entry.gloss,
    key: `voice:${normaliseWord(hit.text)}:${speaker}`,
  };
}

function glossNote(hit: TermHit, paragraph: number): Note {
  return {
    kind: "gloss",
    severity: "info",
    paragraph,
    from: hit.from,
    to: hit.to,
    text: hit.text,
    speaker: hit.speaker,
    message: `"${hit.text}" (British slang): ${hit.entry.gloss}.`,
    fixes: [],
    gloss: hit.entry.gloss,
    key: `gloss:${normaliseWord(hit.text)}`,
  };
}

/**
 * Voice notes for terms that do not fit their speaker's voice, and gloss notes for British slang
 * that does (or that the narration uses). `voices` maps speaker names to voices.
 */
export function termNotes(scan: ParagraphScan, voices: ReadonlyMap<string, Voice>): Note[] {
  const notes: Note[] = [];
  for (const hit of scan.hits) {
    if (hit.entry.kind === "spelling") continue;
    const voice = hit.speaker === null ? "unknown" : (voices.get(hit.speaker) ?? "unknown");
    const judged = hit.quote !== null && hit.speaker !== null && hit.entry.shared === undefined;
    if (judged && voice !== "unknown" && voice !== hit.side) {
      // A hint stands on one doubt, the word's meaning or the speaker; both at once is noise.
      if (isClearMarker(hit) || hit.confidence >= CONFIDENT_SPEAKER)
        notes.push(voiceNote(hit, scan.paragraph, hit.speaker!, voice));
      continue;
    }
    const glossable = hit.side === "british" && hit.entry.kind === "slang";
    if (glossable && (isClearMarker(hit) || voice === "british"))
      notes.push(glossNote(hit, scan.paragraph));
  }
  return notes;
}
