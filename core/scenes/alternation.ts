/**
 * Building regex alternations from word lists: the cue lists of cues.ts and the cast's names are
 * matched as one alternation each. Its own file because the time, place and cast readings all
 * build their patterns with it.
 */

/**
 * `\b` beside an alternation whose every item starts (`WORD_START`) or ends (`WORD_END`) with a
 * word character, written as the one side of it that can fail there: the same matches under any
 * flags (`\w` and `\b` read the same word characters), but V8 compiles a `\b` after an
 * alternation into every item's code and a lookaround once (a 100-word list with a `\b`: about
 * 5 ms to compile against 1, paid by every cold start).
 */
export const WORD_START = "(?<!\\w)";
export const WORD_END = "(?!\\w)";

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const alternation = (items: readonly string[]): string =>
  [...items]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

/**
 * The same pattern as `alternation`, with the items grouped by their first character
 * ("J(?:ohn Reed|ohn)|C(?:layton)"): the regex then tries one group's items at a position, not
 * every item. Each group keeps its items' order, and no two groups can match at one position
 * when no two first characters are equal under the regex's flags (distinct characters without
 * the i flag; distinct lower-case letters with it), so the matches are the same.
 */
export function groupedAlternation(items: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const item of [...items].sort((a, b) => b.length - a.length)) {
    const first = String.fromCodePoint(item.codePointAt(0)!);
    const rests = groups.get(first) ?? [];
    rests.push(escape(item.slice(first.length)));
    groups.set(first, rests);
  }
  return [...groups].map(([first, rests]) => `${escape(first)}(?:${rests.join("|")})`).join("|");
}
