/**
 * A given name written as an initial ("Mrs J. Pellow", "Mrs R. Whitby"): the letter is no name
 * of its own, and "J. Pellow" beside "Joan Pellow" is her unless someone else of the family has a
 * given name with that initial. The stories here are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { discoverCast } from "../../../core/cast/discover";
import { parseStory } from "../../../core/story";
import { formsOf, holderOf } from "./helpers";

const SHOP = [
  "Joan Pellow opened the shop at eight, as she had every weekday since the war. Joan swept the step and turned the sign.",
  "Mrs Whitby came in at ten for her paper. Mrs Whitby always wanted the crossword folded outward.",
  "\u201cMorning,\u201d said Joan. Mrs Whitby nodded and paid in coppers.",
  "The order book was on the counter. One page said Mrs R. Whitby (Telegraph) in a careful hand.",
  "The letter from the brewery came at noon, addressed to Mrs J. Pellow, and Joan read it twice.",
  "\u201cThey want the lease back,\u201d said Joan. Mrs Whitby said nothing at all.",
].join("\n\n");

describe("initials in found names", () => {
  it("lists no single letter as a name or an alias", () => {
    const cast = discoverCast(parseStory(SHOP));
    expect(cast.flatMap(formsOf).filter((f) => /^\p{Lu}\.?$/u.test(f))).toEqual([]);
    expect(holderOf(cast, "Mrs R. Whitby")?.name).toBe("Mrs Whitby");
  });

  it("folds an initial and surname into the one character whose given name it opens", () => {
    const cast = discoverCast(parseStory(SHOP));
    expect(holderOf(cast, "Mrs J. Pellow")?.name).toBe("Joan");
    expect(formsOf(holderOf(cast, "Joan")!)).toContain("Joan Pellow");
  });

  it("keeps the initial apart when two of the family share it", () => {
    const text = [
      SHOP,
      "Jack Pellow came home from the docks at six. Jack ate his tea standing up.",
      "\u201cWho wrote to us?\u201d said Jack.",
    ].join("\n\n");
    const cast = discoverCast(parseStory(text));
    const holder = holderOf(cast, "Mrs J. Pellow");
    expect(holder === undefined || !formsOf(holder).some((f) => /^J\w/u.test(f))).toBe(true);
  });

  it("does not fold an initial into a given name of the other sex than its title", () => {
    const text = SHOP.replace("Mrs J. Pellow", "Mr J. Pellow");
    const cast = discoverCast(parseStory(text));
    expect(holderOf(cast, "Mr J. Pellow")?.name).not.toBe("Joan");
  });
});
