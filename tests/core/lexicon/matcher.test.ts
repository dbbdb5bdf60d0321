import { describe, expect, it } from "vitest";
import { compileLexicon, isFormOfAddress, lexiconEntries, matchTerms } from "../../../core/lexicon";

const lexicon = compileLexicon(lexiconEntries);
const terms = (text: string) => matchTerms(text, lexicon).map((m) => text.slice(m.from, m.to));

/** Whether the first "word" in a quote that is the whole string reads as a form of address. */
function address(quote: string, word: string): boolean {
  const at = quote.indexOf(word);
  return isFormOfAddress(quote, at, at + word.length, 0, quote.length);
}

describe("matchTerms", () => {
  it("prefers the longest form", () => {
    expect(terms("Bloody hell, it's a car park.")).toEqual(["Bloody hell", "car park"]);
    expect(terms("Sod off.")).toEqual(["Sod off"]);
  });

  it("matches multi-word forms across a line break but not across punctuation", () => {
    expect(terms("I\nguess so")).toEqual(["I\nguess"]);
    expect(terms("car, park")).toEqual([]);
  });

  it("keeps case-sensitive forms case-sensitive", () => {
    expect(terms("i guess")).toEqual([]);
    expect(terms("I guess")).toEqual(["I guess"]);
  });

  it("needs the apostrophe for 'preciate and accepts a curly one", () => {
    expect(terms("'preciate it")).toEqual(["'preciate"]);
    expect(terms("’preciate it")).toEqual(["’preciate"]);
    expect(terms("preciate it")).toEqual([]);
  });

  it("does not take an opening quote mark outside the stretch as an apostrophe", () => {
    const text = "‘Cos I said.’";
    const m = matchTerms(text, lexicon, 1, text.length - 1);
    expect(m.map((x) => text.slice(x.from, x.to))).toEqual(["Cos"]);
  });

  it("treats hyphenated words as one token", () => {
    expect(terms("ta-da")).toEqual([]);
    expect(terms("Ta, mate")).toContain("Ta");
  });

  it("marks strong context for ambiguous words", () => {
    const [bloody] = matchTerms("bloody brilliant", lexicon);
    expect(bloody!.strong).toBe(true);
    const [literal] = matchTerms("bloody knife", lexicon);
    expect(literal!.strong).toBe(false);
  });

  it("finds American spellings derived from British entries", () => {
    const [m] = matchTerms("the color", lexicon);
    expect(m!.form.side).toBe("american");
    expect(m!.form.fixes).toEqual(["colour"]);
  });
});

describe("isFormOfAddress", () => {
  it.each([
    ["Evening, love.", "love"],
    ["Hello luv, how are you?", "luv"],
    ["Thanks for the cigs, 'preciate it, luv.", "luv"],
    ["I don't really know, pet", "pet"],
    ["Love, listen to me.", "Love"],
    ["Cheers mate!", "mate"],
    ["Won't need to, pet, I actually need a drink", "pet"],
  ])("reads %j as address", (quote, word) => expect(address(quote, word)).toBe(true));

  it.each([
    ["I'd love to.", "love"],
    ["I fell in love.", "love"],
    ["My mate Dave said so.", "mate"],
    ["Love is blind.", "Love"],
    ["She keeps a pet.", "pet"],
    ["Duck!", "Duck"],
  ])("does not read %j as address", (quote, word) => expect(address(quote, word)).toBe(false));
});
