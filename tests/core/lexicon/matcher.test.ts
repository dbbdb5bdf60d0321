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

describe("matchTerms: names and senses", () => {
  const tiny = compileLexicon([
    {
      id: "t-mad",
      forms: ["mad"],
      region: "american",
      kind: "slang",
      gloss: "angry",
      counterparts: ["cross"],
      context: "ambiguous",
      senses: { regional: ["_ at"], unsure: ["very _"], other: ["go _"], why: "test" },
    },
    {
      id: "t-lift",
      forms: ["lift"],
      region: "british",
      kind: "vocabulary",
      gloss: "elevator",
      counterparts: ["elevator"],
      context: "selected",
      senses: { regional: ["the _"], why: "test" },
    },
    {
      id: "t-bad",
      forms: ["my bad"],
      region: "american",
      kind: "grammar",
      gloss: "sorry",
      counterparts: ["sorry"],
      context: "selected",
      senses: { regional: ["_ |"], why: "test" },
    },
    {
      id: "t-mum",
      forms: ["mum"],
      region: "british",
      kind: "vocabulary",
      gloss: "mother",
      counterparts: ["mom"],
      asName: true,
    },
    {
      id: "t-bloke",
      forms: ["bloke"],
      region: "british",
      kind: "slang",
      gloss: "man",
      counterparts: ["guy"],
    },
  ]);
  const found = (text: string, names?: ReadonlySet<string>) =>
    matchTerms(text, tiny, 0, text.length, names).map((m) => ({
      text: text.slice(m.from, m.to),
      strong: m.strong,
      unsure: m.unsure,
    }));

  it("never reads a character's name as a term", () => {
    const names = new Set(["bloke"]);
    expect(found("Bloke said so.", names)).toEqual([]);
    expect(found("Bloke said so.")).toHaveLength(1);
    expect(found("a bloke said so.", names)).toHaveLength(1);
  });

  it("takes a capitalised word mid-sentence for a name unless the entry is a name too", () => {
    expect(found("Ask Bloke about it.")).toEqual([]);
    expect(found("“Bloke,” he said.")).toHaveLength(1);
    expect(found("He left. Bloke said so.")).toHaveLength(1);
    expect(found("Wait—Bloke said so.")).toHaveLength(1);
    expect(found("Ask Mum about it.").map((m) => m.text)).toEqual(["Mum"]);
    expect(found("Ask BLOKE about it.")).toHaveLength(1);
  });

  it("reads a hard-wrapped line start as mid-sentence", () => {
    expect(found("and then\nBloke said so.")).toEqual([]);
  });

  it("lets the words around a form select its meaning", () => {
    expect(found("mad at you")).toEqual([{ text: "mad", strong: true, unsure: false }]);
    expect(found("very mad")).toEqual([{ text: "mad", strong: false, unsure: true }]);
    expect(found("you'll go mad")).toEqual([]);
    expect(found("he was mad")).toEqual([{ text: "mad", strong: false, unsure: false }]);
    expect(found("mad, at last")).toEqual([{ text: "mad", strong: false, unsure: false }]);
  });

  it("finds a selected form only where its context selects it", () => {
    expect(found("take the lift")).toHaveLength(1);
    expect(found("we can lift it")).toEqual([]);
    expect(found("Sorry, my bad.")).toHaveLength(1);
    expect(found("my bad")).toHaveLength(1);
    expect(found("my bad temper")).toEqual([]);
  });

  it("finds a form with a possessive, the 's left out", () => {
    expect(found("the bloke's car").map((m) => m.text)).toEqual(["bloke"]);
  });
});
