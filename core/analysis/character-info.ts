/** The cast as the analysis reports it: each character's voice, mentions and scenes. */
import type { AttributedQuote } from "../cast/speakers";
import type { Mention } from "../cast/mentions";
import type { Character, CharacterInfo, SceneInfo, Voice } from "../model";
import { CONFIDENT_SPEAKER, voiceFromEvidence } from "../notes";

/** A character's voice, and whether it was inferred from their lines (not set by the writer). */
export type VoiceOf = { voice: Voice; inferred: boolean };

/**
 * The writer's voice where set; otherwise inferred from the character's own lines, counting
 * only lines whose speaker is sure: a misattributed line would lend one character another's
 * words. `evidenceOf` counts a line's British and American words.
 */
export function inferVoices(
  cast: readonly Character[],
  quotes: readonly AttributedQuote[],
  evidenceOf: (text: string) => { british: number; american: number },
): Map<string, VoiceOf> {
  const tally = new Map<string, { british: number; american: number }>();
  for (const q of quotes) {
    if (!q.speaker || (q.confidence ?? 1) < CONFIDENT_SPEAKER) continue;
    const e = evidenceOf(q.text);
    const t =
      tally.get(q.speaker) ?? tally.set(q.speaker, { british: 0, american: 0 }).get(q.speaker)!;
    t.british += e.british;
    t.american += e.american;
  }
  const voices = new Map<string, VoiceOf>();
  for (const c of cast) {
    const t = tally.get(c.name);
    if (c.voice !== "unknown") voices.set(c.name, { voice: c.voice, inferred: false });
    else
      voices.set(c.name, {
        voice: voiceFromEvidence(t?.british ?? 0, t?.american ?? 0).voice,
        inferred: true,
      });
  }
  return voices;
}

/** Each character with its voice, how often it is mentioned and the scenes it is in. */
export function characterInfo(
  cast: readonly Character[],
  voices: ReadonlyMap<string, VoiceOf>,
  mentions: readonly Mention[],
  scenes: readonly SceneInfo[],
): CharacterInfo[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.character, (counts.get(m.character) ?? 0) + 1);
  // Gathered once: a filter per character was cast x scene characters (seconds at 8,000 names).
  const scenesOf = new Map<string, number[]>();
  for (const s of scenes) {
    for (const name of new Set(s.characters)) {
      const list = scenesOf.get(name);
      if (list) list.push(s.index);
      else scenesOf.set(name, [s.index]);
    }
  }
  return cast.map((c) => {
    const v = voices.get(c.name);
    return {
      ...c,
      voice: v?.voice ?? c.voice,
      ...(v?.inferred ? { voiceInferred: true } : {}),
      mentions: counts.get(c.name) ?? 0,
      scenes: [...(scenesOf.get(c.name) ?? [])],
    };
  });
}
