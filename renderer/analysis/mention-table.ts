/**
 * A result's mentions, packed. A novel has tens of thousands of them, and as objects
 * (`{paragraph, from, to, character}`) they were the largest part of the page's heap after the
 * document itself. Here each mention is four small integers in one array (four bytes each) and
 * the characters' names are listed once.
 */
import type { LocalMention } from "./local-range";

export interface MentionTable {
  /** paragraph, from, to, and the index of the character in `names`, for each mention. */
  readonly ranges: readonly number[];
  readonly names: readonly string[];
}

export function mentionTable(mentions: Iterable<LocalMention>): MentionTable {
  const ranges: number[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  for (const m of mentions) {
    let i = index.get(m.character);
    if (i === undefined) index.set(m.character, (i = names.push(m.character) - 1));
    ranges.push(m.paragraph, m.from, m.to, i);
  }
  return { ranges, names };
}

/** Calls `each` with every mention, in the order they were added. */
export function forEachMention(
  table: MentionTable,
  each: (paragraph: number, from: number, to: number, character: string) => void,
): void {
  const { ranges, names } = table;
  for (let i = 0; i < ranges.length; i += 4)
    each(ranges[i]!, ranges[i + 1]!, ranges[i + 2]!, names[ranges[i + 3]!]!);
}
