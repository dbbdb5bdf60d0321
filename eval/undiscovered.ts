/**
 * Why discovery missed a named speaker, read from the story's own name evidence (the sightings
 * discovery tallies), names-free so a held-out folder can be read by its table alone. The first
 * reason that fits:
 *
 * - a family word: the name is what the family calls them ("Dad"), which discovery takes only
 *   from speech tags: never in one, or in too few;
 * - not in the text: no word of the name is written anywhere;
 * - never capitalised as a name: no sighting carries any word of the name;
 * - a common word: a word of the name is one discovery never takes for a name ("Irish");
 * - written in lowercase too: the story writes the word (not a title's) in lowercase, so it
 *   takes more than acting once to list it; told apart by the strongest evidence the name has
 *   (a tag; a call in a line; deeds, its own verbs opening sentences in the narration; standing
 *   mid-sentence in the narration; else only in quotes or at sentence starts);
 * - only inside quotes: every sighting is in dialogue (vocatives, talk about them);
 * - only at sentence starts: no sighting stands mid-sentence or speaks;
 * - outweighed: determiners or place words weigh more than speaking and acting;
 * - weak evidence: sightings mid-sentence, but too few speak, act or own.
 */
import { detectQuoteStyle, namesInParagraph, type NameSighting } from "../core/cast";
import { KIN_TERMS, NOT_NAMES, TITLES, titleKey } from "../core/cast/cues";
import type { StoryText } from "../core/story";

export const UNDISCOVERED_REASONS = [
  "a family word, never a tag",
  "a family word, in too few tags",
  "not in the text",
  "never capitalised as a name",
  "a common word",
  "lowercase too: tagged",
  "lowercase too: called",
  "lowercase too: deeds, never called",
  "lowercase too: mid-sentence",
  "lowercase too: else",
  "only inside quotes",
  "only at sentence starts",
  "outweighed by determiners or places",
  "weak evidence",
] as const;
export type UndiscoveredReason = (typeof UNDISCOVERED_REASONS)[number];

/** Reads a story's sightings once; answers for a gold character's name and aliases. */
export function undiscoveredReader(
  story: StoryText,
): (names: readonly string[]) => UndiscoveredReason {
  const style = detectQuoteStyle(story);
  const sightings: NameSighting[] = [];
  const lowercase = new Set<string>();
  for (const p of story.paragraphs) {
    if (p.isBreak) continue;
    const n = namesInParagraph(p.text, style);
    sightings.push(...n.sightings);
    for (const w of n.lowercaseWords) lowercase.add(w);
  }
  const text = story.paragraphs.map((p) => p.text.toLowerCase()).join("\n");
  return (names) => {
    const words = names
      .flatMap((n) => n.match(/[\p{L}'\u2019-]+/gu) ?? [])
      .filter((w) => /^\p{Lu}/u.test(w));
    const mine = sightings.filter((s) =>
      words.some((w) => s.key === w || (s.full ?? "").split(" ").includes(w)),
    );
    if (words.some((w) => KIN_TERMS.has(w.toLowerCase())))
      return mine.length === 0 ? "a family word, never a tag" : "a family word, in too few tags";
    if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) return "a common word";
    if (!words.some((w) => text.includes(w.toLowerCase()))) return "not in the text";
    if (mine.length === 0) return "never capitalised as a name";
    // A title ("Aunt Rose" beside "my aunt") says nothing of the name: only the name's words.
    if (words.some((w) => !TITLES.has(titleKey(w)) && lowercase.has(w.toLowerCase()))) {
      if (mine.some((s) => s.tags)) return "lowercase too: tagged";
      if (mine.some((s) => s.calledIn !== undefined)) return "lowercase too: called";
      if (mine.some((s) => s.acts && s.sentenceStart && !s.inQuote))
        return "lowercase too: deeds, never called";
      if (mine.some((s) => !s.sentenceStart && !s.inQuote)) return "lowercase too: mid-sentence";
      return "lowercase too: else";
    }
    if (mine.every((s) => s.inQuote)) return "only inside quotes";
    if (mine.every((s) => s.sentenceStart && !s.speaks)) return "only at sentence starts";
    const against = mine.filter((s) => s.thing || s.place).length;
    const agent = mine.filter((s) => s.speaks || s.acts || s.title).length;
    if (against >= agent) return "outweighed by determiners or places";
    return "weak evidence";
  };
}
