/**
 * One-shot analysis for the CLI: the contract's object (CONTRACT.md), without the editor-only
 * fields. The editor and the benchmark use `StoryAnalyzer` directly to keep its caches.
 */
import { StoryAnalyzer, type AnalyzerOptions } from "./analyzer";
import { DISEMBODIED, PERSON_NOUNS } from "./cast/cues";
import type { Analysis, CharacterInfo } from "./model";
import { CONFIDENT_SPEAKER } from "./notes/confident-speaker";
import {
  describedNoun,
  insideQuotes,
  introducedAs,
  selfNamed,
  taggedAs,
} from "./cast/introduced-as";

export interface AnalyzeOptions extends AnalyzerOptions {
  /** The file name reported back. */
  readonly file: string;
}

/** "the nurse", "the man": a described person, not "the voice" heard from nowhere. */
function isDescribedPerson(description: string): boolean {
  const noun = describedNoun(description);
  return noun !== null && PERSON_NOUNS.has(noun) && !DISEMBODIED.has(noun);
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
  const { listed, speaking } = speakingDescriptions(analysis, options.cast ?? []);
  const shown = shownNames(analysis, listed, text);
  const oneOff = oneOffNames(analysis, listed, text);
  const known = new Set(analysis.characters.map((c) => shown.get(c.name) ?? c.name));
  for (const name of new Set(oneOff.values()))
    if (!known.has(name)) speaking.push(unnamedCharacter(name));
  const quotes = analysis.quotes.map((q, i) => ({
    paragraph: q.paragraph,
    index: q.index,
    from: q.from,
    to: q.to,
    text: q.text,
    speaker:
      oneOff.get(i) ??
      (q.speaker
        ? (shown.get(q.speaker) ?? q.speaker)
        : q.unnamed
          ? (shown.get(q.unnamed) ?? null)
          : null),
    confidence: q.confidence,
  }));
  // A description listed here for its lines is dropped when the tags named all of them.
  const speakers = new Set(quotes.map((q) => q.speaker));
  const added = speaking
    .map((c) => ({ ...c, name: shown.get(c.name) ?? c.name }))
    .filter((c) => speakers.has(c.name));
  return {
    ...analysis,
    characters: [
      ...analysis.characters.map((c) => ({ ...c, name: shown.get(c.name) ?? c.name })),
      ...added,
    ],
    quotes,
  };
}

/** What the analyzer gives the CLI before described speakers are named. */
type Analysed = Omit<ReturnType<StoryAnalyzer["analyze"]>, "mentions">;

const unnamedCharacter = (name: string): CharacterInfo => ({
  name,
  aliases: [],
  voice: "unknown",
  unnamed: true,
  mentions: 0,
  scenes: [],
});

/**
 * The descriptions that speak under their own name: those the attribution surely gave a line
 * (`speaking`, new to the list), and those discovery listed as characters ("the girl" where the
 * story names no woman); a writer's own cast member is never one.
 */
function speakingDescriptions(
  analysis: Analysed,
  given: readonly { readonly name: string }[],
): { listed: Set<string>; speaking: CharacterInfo[] } {
  const listed = new Set(analysis.characters.filter((c) => c.unnamed).map((c) => c.name));
  const speaking: CharacterInfo[] = [];
  for (const q of analysis.quotes) {
    const u = q.speaker ? undefined : q.unnamed;
    // One line it surely speaks, as a tag would make sure: a guess alone lists no one.
    if (!u || listed.has(u) || !isDescribedPerson(u) || (q.confidence ?? 1) < CONFIDENT_SPEAKER)
      continue;
    listed.add(u);
    speaking.push(unnamedCharacter(u));
  }
  const writers = new Set(given.map((c) => c.name));
  for (const c of analysis.characters)
    if (!c.unnamed && !writers.has(c.name) && isDescribedPerson(c.name)) listed.add(c.name);
  return { listed, speaking };
}

/**
 * Each listed description under the form the story introduces it by ("the parish surgeon"),
 * or the one name it gives itself over all its lines ("I am Parson Tringham", a name no one
 * listed has).
 */
function shownNames(
  analysis: Analysed,
  listed: ReadonlySet<string>,
  text: string,
): Map<string, string> {
  const inQuote = insideQuotes(analysis.quotes);
  const shown = new Map([...listed].map((d) => [d, introducedAs(d, text, inQuote)]));
  const names = new Set(analysis.characters.flatMap((c) => [c.name, ...c.aliases]));
  const gave = new Map<string, Set<string>>();
  for (const q of analysis.quotes) {
    const d = q.speaker ?? q.unnamed;
    const name = d && listed.has(d) ? selfNamed(q.text) : null;
    if (d && name && !names.has(name)) gave.set(d, (gave.get(d) ?? new Set<string>()).add(name));
  }
  for (const [d, own] of gave) if (own.size === 1) shown.set(d, [...own][0]!);
  return shown;
}

/**
 * A one-off speaker a line's own tag brings in ("said a hard-featured dame of fifty"), named by
 * that tag for that line and the rest of its paragraph's lines under the same description: by
 * quote index.
 */
function oneOffNames(
  analysis: Analysed,
  listed: ReadonlySet<string>,
  text: string,
): Map<number, string> {
  const oneOff = new Map<number, string>();
  let last: { paragraph: number; key: string; name: string } | null = null;
  analysis.quotes.forEach((q, i) => {
    const key = q.unnamed ?? (q.speaker !== null && listed.has(q.speaker) ? q.speaker : null);
    if (key === null) return;
    const name =
      taggedAs(text, q.to, key) ??
      (last?.paragraph === q.paragraph && last.key === key ? last.name : null);
    last = name === null ? null : { paragraph: q.paragraph, key, name };
    if (name !== null) oneOff.set(i, name);
  });
  return oneOff;
}
