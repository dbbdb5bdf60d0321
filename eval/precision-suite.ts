/**
 * Runs one case of the voice precision suite (tests/fixtures/voice/precision.json): a short line
 * said by a character of a given voice, or written as narration, and the voice note it should get.
 * Shared by the unit test that holds every case to its expectation and by `npm run eval`, which
 * prints precision per lexicon entry.
 */
import { defaultLexicon } from "../core/analyzer";
import type { Quote, Voice } from "../core/model";
import { nameWords, notesForParagraph } from "../core/notes";

export type Outcome = "warning" | "info" | "none";

export interface PrecisionCase {
  /** The lexicon entry the case is about, for the per-entry table. */
  readonly entry: string;
  /** The voice of the character who says the line. */
  readonly voice: "british" | "american";
  readonly line: string;
  /** The most severe voice note the line should get. */
  readonly expect: Outcome;
  /** How sure the attribution of the line is (default 1, the writer's own). */
  readonly confidence?: number;
  /** The line is third-person narration, not speech. */
  readonly narration?: boolean;
  /** Names of the story's characters besides the speaker. */
  readonly names?: readonly string[];
  readonly why?: string;
}

const SPEAKER = "Sam";

/** The most severe voice note `c.line` gets. */
export function runPrecisionCase(c: PrecisionCase): Outcome {
  const text = c.narration ? c.line : `“${c.line}” said ${SPEAKER}.`;
  const quotes: Quote[] = c.narration
    ? []
    : [
        {
          paragraph: 0,
          index: 0,
          from: 1,
          to: 1 + c.line.length,
          text: c.line,
          speaker: SPEAKER,
          confidence: c.confidence ?? 1,
        },
      ];
  const voices = new Map<string, Voice>([[SPEAKER, c.voice]]);
  for (const n of c.names ?? []) voices.set(n, c.voice);
  const names = nameWords([...voices.keys()].map((name) => ({ name, aliases: [] })));
  const notes = notesForParagraph({ index: 0, offset: 0, text }, quotes, {
    voices,
    lexicon: defaultLexicon(),
    names,
  }).filter((n) => n.kind === "voice");
  if (notes.some((n) => n.severity === "warning")) return "warning";
  return notes.length > 0 ? "info" : "none";
}
