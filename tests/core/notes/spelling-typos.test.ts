import { describe, expect, it } from "vitest";
import { spellingNotes } from "../../../core/notes";
import { lexicon, speller } from "./helpers";

/**
 * Fifty correct words from LitBank and the dev stories, many of them shaped like the regular
 * derivations the speller accepts (-less, -ness, un-, -ably, plurals), each edited by one
 * letter (dropped, doubled, swapped with the next, or replaced by a common letter). Every
 * edit no dictionary lists must still get a spelling note: accepting a derivation must not
 * hide a typo.
 */
const WORDS =
  `careless hopeless useless restless endless darkness kindness sadness happiness loneliness
unhappy unknown unusual uneasy unlikely unable untouched probably comfortably terribly possibly
horribly reasonably stars hands voices windows boxes churches wishes glasses minutes questions
doors years eyes walking running thinking nothing something looking hearts goodness until
business together because themselves suddenly`.split(/\s+/);

/** Stretched words ("noooo") are skipped by design, so a tripled letter is no test. */
const STRETCHED = /(.)\1\1/;

function oneLetterEdits(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const [head, letter, tail] = [word.slice(0, i), word[i]!, word.slice(i + 1)];
    out.add(head + tail);
    out.add(head + letter + letter + tail);
    if (tail) out.add(head + tail[0]! + letter + tail.slice(1));
    for (const c of "aeiounrst") out.add(head + c + tail);
  }
  return [...out];
}

describe("spelling typos", () => {
  it("flags every one-letter slip in fifty correct words that no dictionary lists", () => {
    const sp = speller([]);
    expect(WORDS).toHaveLength(50);
    const typos = WORDS.flatMap(oneLetterEdits).filter(
      (w) => !sp.isCorrect(w) && !STRETCHED.test(w),
    );
    expect(typos.length).toBeGreaterThan(1000);
    const accepted = typos.filter((w) => spellingNotes(w, 0, 0, sp, lexicon).length === 0);
    expect(accepted).toEqual([]);
  });
});
