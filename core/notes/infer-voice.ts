/**
 * Guesses a character's voice from their dialogue: clear British markers (slang, vocabulary,
 * idiom) against clear American ones. Spellings are left out, since they are the writer's, not
 * the character's; ambiguous words count only when their context settles them, and words both
 * varieties use never count. Callers pass only lines whose speaker is sure.
 */
import type { Voice } from "../model";
import { isFormOfAddress, matchTerms, type Lexicon } from "../lexicon";
import { isClearMarker } from "./scan";

/** Fewer markers than this are a word or two, not a voice. */
export const MIN_MARKERS = 3;

export interface VoiceGuess {
  readonly voice: Voice;
  /** 0..1: how one-sided and how plentiful the evidence is. */
  readonly confidence: number;
  readonly british: number;
  readonly american: number;
}

/** Counts the clear British and American markers in one quoted line. Pure; cache by line. */
export function voiceEvidence(
  line: string,
  lexicon: Lexicon,
  names?: ReadonlySet<string>,
): { british: number; american: number } {
  let british = 0;
  let american = 0;
  for (const m of matchTerms(line, lexicon, 0, line.length, names)) {
    const { entry } = m.form;
    if (entry.kind === "spelling") continue;
    if (!isClearMarker({ entry, strong: m.strong, unsure: m.unsure })) continue;
    if (entry.context === "address" && !isFormOfAddress(line, m.from, m.to, 0, line.length))
      continue;
    if (m.form.side === "british") british++;
    else american++;
  }
  return { british, american };
}

/**
 * Decides a voice from marker counts: at least `MIN_MARKERS` in all, and one side must outnumber
 * the other two to one.
 */
export function voiceFromEvidence(british: number, american: number): VoiceGuess {
  const total = british + american;
  if (total < MIN_MARKERS) return { voice: "unknown", confidence: 0, british, american };
  const lead = Math.abs(british - american) / total;
  const amount = Math.min(1, total / 4);
  const voice: Voice =
    british >= 2 * american && british >= 1
      ? "british"
      : american >= 2 * british
        ? "american"
        : "unknown";
  return {
    voice,
    confidence: voice === "unknown" ? 0 : Math.round(lead * amount * 100) / 100,
    british,
    american,
  };
}

/** Infers a voice from a character's quoted lines (the text inside the quote marks). */
export function inferVoice(lines: readonly string[], lexicon: Lexicon): VoiceGuess {
  let british = 0;
  let american = 0;
  for (const line of lines) {
    const e = voiceEvidence(line, lexicon);
    british += e.british;
    american += e.american;
  }
  return voiceFromEvidence(british, american);
}
