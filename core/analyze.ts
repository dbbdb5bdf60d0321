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

/** The noun of a description the analysis keys a described person by ("the nurse"), or null. */
const describedNoun = (description: string): string | null =>
  /^the ([\p{L}-]+)$/u.exec(description)?.[1] ?? null;

/** "the nurse", "the man": a described person, not "the voice" heard from nowhere. */
function isDescribedPerson(description: string): boolean {
  const noun = describedNoun(description);
  return noun !== null && PERSON_NOUNS.has(noun) && !DISEMBODIED.has(noun);
}

/**
 * A described person under the form the story introduces them by: "the girl" is "a girl" when
 * the story writes "a girl" before any "the girl", as an annotator labels an unnamed speaker by
 * the mention that brings them in (LitBank's "A girl", "A waggoner"). Else the description.
 */
function introducedAs(description: string, lowerText: string): string {
  const noun = describedNoun(description);
  if (!noun) return description;
  const indefinite = new RegExp(`(?<![\\p{L}])(an?) ${noun}(?![\\p{L}])`, "u").exec(lowerText);
  const definite = lowerText.indexOf(`the ${noun}`);
  return indefinite && (definite < 0 || indefinite.index < definite)
    ? `${indefinite[1]} ${noun}`
    : description;
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
  // The listed descriptions are named as the story introduces them, in the list and the quotes.
  const lowerText = text.toLowerCase();
  const shown = new Map([...listed].map((d) => [d, introducedAs(d, lowerText)]));
  return {
    ...analysis,
    characters: [...analysis.characters, ...speaking].map((c) =>
      c.unnamed ? { ...c, name: shown.get(c.name) ?? c.name } : c,
    ),
    quotes: analysis.quotes.map((q) => ({
      paragraph: q.paragraph,
      index: q.index,
      from: q.from,
      to: q.to,
      text: q.text,
      speaker: q.speaker ?? (q.unnamed ? (shown.get(q.unnamed) ?? null) : null),
      confidence: q.confidence,
    })),
  };
}
