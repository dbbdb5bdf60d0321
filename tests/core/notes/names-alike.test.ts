import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Note } from "../../../core/model";
import { namesAlike, spellingNotes } from "../../../core/notes";
import { StoryAnalyzer } from "../../../core/analyzer";
import { lexicon, speller } from "./helpers";

const sp = speller([]);
/** Each paragraph's spelling notes, as the analysis gathers them, in story order. */
const notesOf = (...paragraphs: string[]): Note[] =>
  paragraphs.flatMap((text, i) => spellingNotes(text, i * 1000, i, sp, lexicon));
const shown = (notes: readonly Note[]) =>
  notes.map((n) => `${n.severity}:${n.text}:${n.message.includes("name") ? "name" : "word"}`);

describe("namesAlike", () => {
  it("gives a sentence-start use of a word named mid-sentence elsewhere the name's note", () => {
    const notes = notesOf(
      "They took the last boat to Quillmarsh before the storm.",
      "Quillmarsh in the morning was grey and washed out.",
    );
    expect(shown(notes)).toEqual(["info:Quillmarsh:name", "warning:Quillmarsh:word"]);
    expect(shown(namesAlike(notes))).toEqual(["info:Quillmarsh:name", "info:Quillmarsh:name"]);
    expect(new Set(namesAlike(notes).map((n) => n.message)).size).toBe(1);
  });

  it("leaves a word only ever at a sentence start, and a lower-case slip, as they were", () => {
    const notes = notesOf(
      "Quillmarsh was grey. Teh kettle boiled.",
      "She put teh cups out and sat down.",
    );
    expect(shown(namesAlike(notes))).toEqual(shown(notes));
    expect(shown(notes)).toEqual([
      "warning:Quillmarsh:word",
      "warning:Teh:word",
      "warning:teh:word",
    ]);
  });
});

describe("the analysis' notes", () => {
  it("list a place named mid-sentence and opening a paragraph as one name", () => {
    const dictionaries = ["dictionary-en-gb", "dictionary-en"].map((d) => ({
      aff: readFileSync(`node_modules/${d}/index.aff`),
      dic: readFileSync(`node_modules/${d}/index.dic`),
    }));
    const story = [
      "Ruth bought a ticket for the night boat to Quillmarsh and waited in the rain.",
      "Quillmarsh in the morning was grey. Ruth walked up from the harbour.",
    ].join("\n\n");
    const notes = new StoryAnalyzer({ dictionaries })
      .analyze(story)
      .notes.filter((n) => n.text === "Quillmarsh");
    expect(notes.map((n) => [n.paragraph, n.severity])).toEqual([
      [0, "info"],
      [1, "info"],
    ]);
  });
});
