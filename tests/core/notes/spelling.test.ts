import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createSpeller, spellingNotes, splitFixes, suggestSpelling } from "../../../core/notes";
import { StoryAnalyzer } from "../../../core/analyzer";
import { lexicon, speller } from "./helpers";

const sp = speller(["Xanthe", "Rook", "Miss Ellery"]);
const flagged = (text: string) =>
  spellingNotes(text, 0, 0, sp, lexicon).map((n) => `${n.severity}:${n.text}`);

describe("spelling", () => {
  it("loads dictionaries given as bytes or as text", () => {
    const t = performance.now();
    const fromBytes = createSpeller([
      {
        aff: readFileSync("node_modules/dictionary-en/index.aff"),
        dic: readFileSync("node_modules/dictionary-en/index.dic"),
      },
    ]);
    expect(fromBytes.isCorrect("color")).toBe(true);
    // The dictionary is built on the first lookup.
    const ms = performance.now() - t;
    console.log(`createSpeller(en-US bytes) and a first lookup ${ms.toFixed(0)}ms`);
    expect(fromBytes.isCorrect("colour")).toBe(false);
    const fromText = createSpeller([
      {
        aff: readFileSync("node_modules/dictionary-en-gb/index.aff", "utf8"),
        dic: readFileSync("node_modules/dictionary-en-gb/index.dic", "utf8"),
      },
    ]);
    expect(fromText.isCorrect("colour")).toBe(true);
  });

  it("builds the dictionaries only when a word is first looked up", () => {
    // Bytes no dictionary can be read from: building them would throw.
    const broken = [{ aff: new Uint8Array([0xff]), dic: new Uint8Array([0xff]) }];
    const lazy = createSpeller(broken, ["Xanthe"]);
    expect(lazy.withWords(["Rook"]).isCorrect("Rook")).toBe(true);
    expect(new StoryAnalyzer({ dictionaries: broken }).analyze("\n\n  \n").notes).toEqual([]);
    expect(() => lazy.isCorrect("colour")).toThrow(/not valid UTF-8/);
  });

  it("accepts either variety, story words, names in any case, and lexicon forms", () => {
    expect(
      flagged(
        "The colour and the color; Xanthe's rook and Miss Ellery; luv, gobsmacked, 'preciate it, innit.",
      ),
    ).toEqual([]);
  });

  it("skips numbers, acronyms, shouting, stretched words and single letters", () => {
    expect(flagged("In 1999 the NASA PEZ said OWWW and Noooo, w-what? 11 o' clock.")).toEqual([]);
  });

  it("checks each part of a hyphenated word", () => {
    expect(flagged("a semi-truck and a blorp-shaped thing")).toEqual(["warning:blorp"]);
  });

  it("accepts a compound's later part that is a regular inflection of a word", () => {
    expect(
      flagged(
        "Sixteen-year-olds, kind-hearted, good-natured and good-humouredly, beetle-browed, small-paned.",
      ),
    ).toEqual([]);
    // Alone, or with a base that takes no such ending, the part is still checked.
    expect(flagged("the olds and a heart-heartd thing, kind-goed")).toEqual([
      "warning:olds",
      "warning:heartd",
      "warning:goed",
    ]);
  });

  it("accepts a dropped g marked by an apostrophe ('goin'', 'nothin’')", () => {
    expect(flagged("I ain't sayin' nothin’, he was a-goin' home.")).toEqual([]);
    expect(flagged("a goin thing and a thinkin. and a blorpin'")).toEqual([
      "warning:goin",
      "warning:thinkin",
      "warning:blorpin",
    ]);
  });

  it("accepts a word spelt with accents or a ligature the dictionary lists without", () => {
    expect(flagged("a café, two cafés, the fête, an æsthetic, naïve rôle")).toEqual([]);
    expect(flagged("a cafè, a fôte")).toEqual(["warning:fôte"]);
  });

  it("accepts regular derivations of listed words the dictionaries lack in that form", () => {
    expect(
      flagged(
        "Her excellences and solitudes, their acquirements, an uncourteous and unpoetical man, unmanageably, unsociably.",
      ),
    ).toEqual([]);
    // Only abstract nouns' plurals and un- on adjectives: a verb's -s or un- on a noun stays.
    expect(flagged("he wents, the unhearts, a carless day")).toEqual([
      "warning:wents",
      "warning:unhearts",
      "warning:carless",
    ]);
  });

  it("offers the missing space first, longest first word first", () => {
    expect(splitFixes("hereven", sp)[0]).toBe("her even");
    expect(splitFixes("Bollockshe", sp)[0]).toBe("Bollocks he");
    expect(splitFixes("thedoor", sp)[0]).toBe("the door");
    expect(splitFixes("zzxq", sp)).toEqual([]);
  });

  it("reads a run-together word as a missing space only when a part is a function word", () => {
    const noteOf = (text: string) => spellingNotes(text, 0, 0, sp, lexicon)[0]!;
    expect(noteOf("the thedoor").message).toBe(
      '"thedoor" is not in the dictionary; a missing space ("the door")?',
    );
    // Two content words are likelier a closed compound the dictionary lacks ("shoebox").
    for (const word of ["shoebox", "gunrest", "waterskin"]) {
      expect(noteOf(`a ${word}`).message).toBe(`"${word}" is not in the dictionary.`);
      expect(noteOf(`a ${word}`).fixes).toEqual([]);
    }
    // The card still offers the split.
    expect(suggestSpelling("shoebox", sp)).toContain("shoe box");
  });

  it("does not split into dictionary abbreviations", () => {
    expect(splitFixes("cigz", sp)).toEqual([]);
    // "ied" and "mon" are words only as the abbreviations IED and Mon.
    expect(splitFixes("monied", sp)).toEqual([]);
  });

  it("does not split off an article that would need to be 'an'", () => {
    expect(splitFixes("aits", sp)).toEqual([]);
    expect(splitFixes("alot", sp)).toEqual(["a lot"]);
  });

  it("accepts a name's plural: a story word's or one the dictionary lists with its capital", () => {
    expect(
      flagged("Dinner at the Rooks'. Two Marys and the Joneses came; so did the Xanthes."),
    ).toEqual([]);
    // A common word's capitalised plural is still checked, and so is a misspelt name's.
    expect(flagged("Then Thes came, and the Blorpfs.")).toEqual(["info:Thes", "info:Blorpfs"]);
  });

  it("makes unknown capitalised words mid-sentence information (likely names)", () => {
    expect(flagged("He lit his Zippo. Blorpf was there.")).toEqual([
      "info:Zippo",
      "warning:Blorpf",
    ]);
  });

  it("offers a split ending on a lone 'a' ('gunner a') only after the close single words", () => {
    const s = suggestSpelling("gunnera", sp);
    // Close single words ("gunner", "gunners") come first; the split, if offered, after them.
    expect(s[0]).not.toBe("gunner a");
    const split = s.indexOf("gunner a");
    const single = s.findIndex((w) => !w.includes(" "));
    expect(single).toBeGreaterThanOrEqual(0);
    if (split >= 0) expect(split).toBeGreaterThan(single);
    // The note's quick fixes and its message do not put the split first either.
    const [note] = spellingNotes("The gunnera had spread to the path.", 0, 0, sp, lexicon);
    expect(note!.fixes).not.toContain("gunner a");
    expect(note!.message).not.toMatch(/missing space/);
    // An article opening the split is a word of its own: "alot" is still "a lot", first.
    expect(suggestSpelling("alot", sp)[0]).toBe("a lot");
    expect(spellingNotes("I like it alot.", 0, 0, sp, lexicon)[0]!.fixes).toContain("a lot");
  });

  it("offers a word with an apostrophe in the writer's own apostrophe", () => {
    // A story typed with curly apostrophes keeps them when a fix is taken.
    expect(suggestSpelling("shoudln’t", sp)[0]).toBe("shouldn’t");
    expect(suggestSpelling("wo’nt", sp)).toContain("won’t");
    expect(suggestSpelling("wo’nt", sp).join(" ")).not.toContain("'");
    expect(suggestSpelling("did’nt", sp)[0]).toBe("didn’t");
    expect(suggestSpelling("they'r", sp)).toContain("they're");
  });

  it("suggests the split and then dictionary words, lazily", () => {
    const s = suggestSpelling("hereven", sp);
    expect(s[0]).toBe("her even");
    expect(suggestSpelling("recieve", sp)).toContain("receive");
  });
});
