/**
 * One-shot analysis for the CLI: the contract's object (CONTRACT.md), without the editor-only
 * fields. The editor and the benchmark use `StoryAnalyzer` directly to keep its caches.
 */
import { StoryAnalyzer, type AnalyzerOptions } from "./analyzer";
import { DISEMBODIED, PERSON_NOUNS } from "./cast/cues";
import type { Analysis, CharacterInfo } from "./model";
import { CONFIDENT_SPEAKER } from "./notes/confident-speaker";

export interface AnalyzeOptions extends AnalyzerOptions {
  /** The file name reported back. */
  readonly file: string;
}

/** "the nurse", "the man": a described person, not "the voice" heard from nowhere. */
function isDescribedPerson(description: string): boolean {
  const noun = /^the (\S+)$/.exec(description)?.[1];
  return noun !== undefined && PERSON_NOUNS.has(noun) && !DISEMBODIED.has(noun);
}

/**
 * Analyses a story's text. Pure: the same text and options give the same result.
 *
 * A description that speaks ("the cashier", unnamed) speaks under that name: the contract's
 * `speaker` is a character's name, so a described person the attribution gave lines to is
 * listed among the characters (unnamed) even where discovery did not list them (only told by
 * "he said" after "a man came in"), rather than their lines going to no one. (The editor keeps
 * these lines apart, under "Unnamed speakers".)
 */
export function analyzeStory(text: string, options: AnalyzeOptions): Analysis {
  const { mentions: _mentions, ...analysis } = new StoryAnalyzer(options).analyze(
    text,
    options.file,
  );
  const listed = new Set(analysis.characters.filter((c) => c.unnamed).map((c) => c.name));
  const speaking: CharacterInfo[] = [];
  for (const q of analysis.quotes) {
    const u = q.speaker ? undefined : q.unnamed;
    // One line it surely speaks, as a tag would make sure: a guess alone lists no one.
    if (!u || listed.has(u) || !isDescribedPerson(u) || (q.confidence ?? 1) < CONFIDENT_SPEAKER)
      continue;
    listed.add(u);
    speaking.push({
      name: u,
      aliases: [],
      voice: "unknown",
      unnamed: true,
      mentions: 0,
      scenes: [],
    });
  }
  return {
    ...analysis,
    characters: [...analysis.characters, ...speaking],
    quotes: analysis.quotes.map((q) => ({
      paragraph: q.paragraph,
      index: q.index,
      from: q.from,
      to: q.to,
      text: q.text,
      speaker: q.speaker ?? (q.unnamed && listed.has(q.unnamed) ? q.unnamed : null),
      confidence: q.confidence,
    })),
  };
}
