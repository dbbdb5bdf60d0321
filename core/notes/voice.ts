/**
 * Voice and gloss notes from a paragraph's term hits. Only dialogue is judged for voice: a British
 * speaker's Americanisms and an American speaker's Britishisms. Narration belongs to the author.
 * A term marked ambiguous ("pants", "mad") is information unless its context settles it.
 */
import type { Note, Voice } from "../model";
import { normaliseWord } from "../lexicon";
import { matchCase } from "./casing";
import { isClearMarker, type ParagraphScan, type TermHit } from "./scan";

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
  const other = VARIETY[hit.side];
  const message = clear
    ? `${speaker} speaks ${VARIETY[voice]} English; "${hit.text}" is ${other}.`
    : `${speaker} speaks ${VARIETY[voice]} English; "${hit.text}" can read as ${other} (${hit.entry.gloss}).`;
  return {
    kind: "voice",
    severity: clear ? "warning" : "info",
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
    if (hit.quote !== null && hit.speaker !== null && voice !== "unknown" && voice !== hit.side) {
      notes.push(voiceNote(hit, scan.paragraph, hit.speaker, voice));
      continue;
    }
    const glossable = hit.side === "british" && hit.entry.kind === "slang";
    if (glossable && (isClearMarker(hit) || voice === "british"))
      notes.push(glossNote(hit, scan.paragraph));
  }
  return notes;
}
