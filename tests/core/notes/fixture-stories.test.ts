import { describe, expect, it } from "vitest";
import type { Note, Voice } from "../../../core/model";
import { notesForParagraph, storyNotes } from "../../../core/notes";
import { fixtureStory, lexicon, scans, speller, type LoadedStory } from "./helpers";

function allNotes(story: LoadedStory, voices: Record<string, Voice>, names: string[]): Note[] {
  const ctx = { voices: new Map(Object.entries(voices)), lexicon, speller: speller(names) };
  return [
    ...story.paragraphs.flatMap((p) => notesForParagraph(p, story.quotes[p.index]!, ctx)),
    ...storyNotes(scans(story)),
  ];
}

const summary = (notes: readonly Note[], kind: string) =>
  notes
    .filter((n) => n.kind === kind)
    .map((n) => `${n.paragraph}:${n.text}${n.speaker ? `:${n.speaker}` : ""}`);

describe("a CRLF story with curly quotes, a British and an American speaker", () => {
  const story = fixtureStory("transatlantic.txt", ["Nigel", "Darlene"]);
  const notes = allNotes(story, { Nigel: "british", Darlene: "american" }, ["Nigel", "Darlene"]);

  it("keeps CRLF offsets exact", () => {
    expect(story.text).toContain("\r\n");
    for (const n of notes) expect(story.text.slice(n.from, n.to)).toBe(n.text);
  });

  it("flags voice both ways", () => {
    const voice = summary(
      notes.filter((n) => n.severity === "warning"),
      "voice",
    );
    expect(voice).toEqual(
      expect.arrayContaining([
        "3:gotten:Nigel",
        "3:I guess:Nigel",
        "4:prat:Darlene",
        "4:mate:Darlene",
        "4:mum:Darlene",
      ]),
    );
    expect(notes.find((n) => n.text === "mum")!.fixes).toEqual(["mom"]);
    expect(notes.find((n) => n.text === "mate")!.message).toBe(
      'Darlene speaks American English; "mate" is British.',
    );
  });

  it("does not flag British slang from the Briton or American words from the American", () => {
    const voice = notes.filter((n) => n.kind === "voice");
    expect(
      voice.filter((n) => n.speaker === "Nigel" && !["gotten", "I guess"].includes(n.text)),
    ).toEqual([]);
    expect(
      voice.filter(
        (n) =>
          n.speaker === "Darlene" &&
          ["Y’all", "gonna", "apartment", "parking lot", "Real good"].includes(n.text),
      ),
    ).toEqual([]);
    expect(voice.find((n) => n.text === "love")).toBeUndefined();
  });

  it("reads 'love' as address only when it is one", () => {
    const loves = notes.filter((n) => n.text.toLowerCase() === "love");
    // "Evening, love" (1) and "the mess, love" (7); not "I'd love to" (3) or "fallen in love" (6).
    expect(loves.map((n) => n.paragraph)).toEqual([1, 7]);
  });

  it("notes Nigel's luv against his usual love", () => {
    const variant = notes.filter((n) => n.kind === "variant");
    expect(variant).toHaveLength(1);
    expect(variant[0]).toMatchObject({
      paragraph: 5,
      text: "luv",
      speaker: "Nigel",
      severity: "warning",
      fixes: ["love"],
    });
  });

  it("notes the stray American spelling in British narration", () => {
    const mix = notes.filter((n) => n.kind === "spelling-mix");
    expect(mix.map((n) => `${n.paragraph}:${n.text}`)).toEqual(["6:color"]);
    expect(mix[0]!.fixes).toEqual(["colour"]);
  });

  it("glosses British slang as info only", () => {
    expect(notes.filter((n) => n.kind === "gloss").every((n) => n.severity === "info")).toBe(true);
    expect(summary(notes, "gloss")).toEqual(
      expect.arrayContaining(["1:knackered:Nigel", "5:luv:Nigel"]),
    );
  });

  it("finds no misspellings in clean prose", () => {
    expect(notes.filter((n) => n.kind === "spelling")).toEqual([]);
  });
});

describe("a story with British single-quote dialogue", () => {
  const story = fixtureStory("single-quotes.txt", ["Maeve", "Chad"], true);
  const notes = allNotes(story, { Maeve: "british", Chad: "american" }, ["Maeve", "Chad"]);

  it("sees each quote, apostrophes inside words included", () => {
    expect(story.quotes.flat().map((q) => q.speaker)).toEqual([
      "Maeve",
      "Maeve",
      "Chad",
      "Chad",
      "Maeve",
      "Chad",
      "Maeve",
      "Maeve",
    ]);
    expect(story.quotes[1]![1]!.text).toContain("didn’t you?");
  });

  it("flags voice both ways and nothing that fits", () => {
    const voice = summary(
      notes.filter((n) => n.severity === "warning"),
      "voice",
    );
    expect(voice.sort()).toEqual(
      ["3:gonna:Maeve", "4:bollocks:Chad", "4:knackered:Chad", "4:mate:Chad"].sort(),
    );
  });

  it("notes the same word spelled both ways in the narration", () => {
    const mix = notes.filter((n) => n.kind === "spelling-mix");
    expect(mix.map((n) => `${n.paragraph}:${n.text}`)).toEqual(["0:colour"]);
    expect(mix[0]!.fixes).toEqual(["color"]);
  });

  it("glosses the Briton's slang, including a leading-apostrophe-free 'Cos'", () => {
    expect(summary(notes, "gloss")).toEqual(
      expect.arrayContaining(["1:Cos:Maeve", "1:pillock:Maeve", "5:pet:Maeve"]),
    );
  });
});

describe("ordinary American dialogue from American speakers", () => {
  const story = fixtureStory("plain-american.txt", ["Marcy", "Tom"]);
  const notes = allNotes(story, { Marcy: "american", Tom: "american" }, ["Marcy", "Tom"]);

  it("attributes every quote", () => {
    expect(story.quotes.flat().every((q) => q.speaker !== null)).toBe(true);
  });

  it("raises no warning at all", () => {
    expect(notes.filter((n) => n.severity === "warning")).toEqual([]);
  });

  it("raises the same nothing when the speakers are British, save for real Americanisms", () => {
    const british = allNotes(story, { Marcy: "british", Tom: "british" }, ["Marcy", "Tom"]);
    const voice = british.filter((n) => n.kind === "voice" && n.severity === "warning");
    // "fire truck": British English says "fire engine", and the lexicon now knows the context.
    expect(voice.map((n) => n.text).sort()).toEqual(["mom", "mom", "truck"]);
  });
});

describe("ordinary British dialogue in single quotes", () => {
  const story = fixtureStory("plain-british.txt", ["Harriet", "Owen"], true);
  const names = ["Harriet", "Owen"];

  it("raises no warning when the speakers are British", () => {
    const notes = allNotes(story, { Harriet: "british", Owen: "british" }, names);
    expect(story.quotes.flat().every((q) => q.speaker !== null)).toBe(true);
    expect(notes.filter((n) => n.severity === "warning")).toEqual([]);
  });

  it("names only the real Britishisms when the speakers are American", () => {
    const notes = allNotes(story, { Harriet: "american", Owen: "american" }, names);
    const voice = notes.filter((n) => n.kind === "voice" && n.severity === "warning");
    expect(voice.map((n) => n.text).sort()).toEqual(["Mum", "fortnight", "knackered"]);
    expect(voice.find((n) => n.text === "Mum")!.fixes).toEqual(["Mom"]);
  });
});
