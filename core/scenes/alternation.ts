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

/**
 * The same pattern with an empty look-ahead, `(?=)`, before and after each alternation group
 * (after its quantifier) outside look-arounds. An empty look-ahead always matches and takes no
 * text, so every match (index, text and groups) is the same. It makes V8 compile less: V8
 * writes what follows an alternative into that alternative's code (up to ten copies of each
 * node after it, so a word list with more after it is compiled many times over), but stops at
 * a look-around and compiles what comes after it once. A 250-noun list behind an optional
 * word: 26,900 lines of bytecode, 4,900 with these.
 */
export function compiledOnce(source: string): string {
  // Where a look-ahead goes: before each group and after it and its quantifier (a group that
  // ends where the next begins shares one).
  const at = new Set<number>();
  for (const [open, close] of alternationGroups(source)) {
    at.add(open);
    at.add(close + 1 + (QUANTIFIER.exec(source.slice(close + 1))?.[0].length ?? 0));
  }
  let out = "";
  for (let i = 0; i <= source.length; i++)
    out += (at.has(i) ? EMPTY_LOOK_AHEAD : "") + (source[i] ?? "");
  return out;
}

const EMPTY_LOOK_AHEAD = "(?=)";
const LOOK_AROUND = /^\(\?<?[=!]/;
const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/**
 * The groups of a pattern's source that hold a `|` of their own and are not look-arounds or
 * inside one: each one's opening index mapped to its closing one. Escapes and character
 * classes are skipped (in a class, `(`, `)`, `|` and, under the u flag, `[` are plain).
 */
function alternationGroups(source: string): Map<number, number> {
  const found = new Map<number, number>();
  const open: { at: number; around: boolean; alternation: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(")
      open.push({ at: i, around: LOOK_AROUND.test(source.slice(i, i + 4)), alternation: false });
    else if (c === "|" && open.length > 0) open[open.length - 1]!.alternation = true;
    else if (c === ")") {
      const group = open.pop()!;
      if (group.alternation && !group.around && !open.some((g) => g.around)) found.set(group.at, i);
    }
  }
  return found;
}
