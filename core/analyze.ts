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

/** Words that bring a person into the narration: "a man", "the parish surgeon", "my aunt". */
const INTRODUCING = ["a", "an", "the", "my", "his", "her", "our", "their", "another", "one"];

/** Words that never stand between a determiner and its noun: they open a clause or a phrase. */
const NOT_MODIFIERS =
  "and or but nor of in on at to by for with from as than that which who whom whose is was were are be been being had has have not no the a an his her my our their its this".split(
    " ",
  );

/** A determiner and up to 3 modifiers ending where a noun follows: "the parish ", "a thin, old ". */
const INTRODUCTION = new RegExp(
  `(?<![\\p{L}'\u2019-])(?:${INTRODUCING.map((d) => `[${d[0]}${d[0]!.toUpperCase()}]${d.slice(1)}`).join("|")})` +
    `(?:,?\\s+(?!(?:${NOT_MODIFIERS.join("|")})(?![\\p{L}-]))\\p{Ll}[\\p{Ll}-]*){0,3}\\s+$`,
  "u",
);

/** How far before a noun its determiner and modifiers may start. */
const INTRODUCTION_REACH = 80;

/**
 * A described person under the mention that brings them into the narration, as an annotator
 * labels an unnamed speaker (LitBank's "A girl", "The parish surgeon", "My aunt"): the first
 * time the narration writes the noun with a determiner and its modifiers ("a white man" for
 * "the man"). Dialogue is left out: a speaker is introduced by the story, not by what others
 * say. Else the description. Found by the noun's occurrences, not a scan of the whole text
 * per description.
 */
function introducedAs(description: string, text: string, inQuote: (at: number) => boolean): string {
  const noun = describedNoun(description);
  if (!noun) return description;
  for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
    if (/[\p{L}-]/u.test(text[at + noun.length] ?? "") || !/\s/.test(text[at - 1] ?? "")) continue;
    if (inQuote(at)) continue;
    const lead = INTRODUCTION.exec(text.slice(Math.max(0, at - INTRODUCTION_REACH), at));
    if (lead)
      return (lead[0] + noun)
        .replace(/\s*,\s*/g, ", ")
        .replace(/\s+/g, " ")
        .toLowerCase();
  }
  return description;
}

/** Whether an offset falls inside one of the quotes (in text order): a binary search. */
function insideQuotes(quotes: readonly { from: number; to: number }[]): (at: number) => boolean {
  return (at) => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid]!;
      if (at < q.from) hi = mid - 1;
      else if (at >= q.to) lo = mid + 1;
      else return true;
    }
    return false;
  };
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
  // Discovery lists "the girl" as a character of her own where the story names no woman; the
  // writer's own cast is never renamed.
  const given = new Set((options.cast ?? []).map((c) => c.name));
  for (const c of analysis.characters)
    if (!c.unnamed && !given.has(c.name) && isDescribedPerson(c.name)) listed.add(c.name);
  // The listed descriptions are named as the story introduces them, in the list and the quotes.
  const inQuote = insideQuotes(analysis.quotes);
  const shown = new Map([...listed].map((d) => [d, introducedAs(d, text, inQuote)]));
  return {
    ...analysis,
    characters: [...analysis.characters, ...speaking].map((c) => ({
      ...c,
      name: shown.get(c.name) ?? c.name,
    })),
    quotes: analysis.quotes.map((q) => ({
      paragraph: q.paragraph,
      index: q.index,
      from: q.from,
      to: q.to,
      text: q.text,
      speaker: q.speaker
        ? (shown.get(q.speaker) ?? q.speaker)
        : q.unnamed
          ? (shown.get(q.unnamed) ?? null)
          : null,
      confidence: q.confidence,
    })),
  };
}
