import { describe, expect, it } from "vitest";
import type { Note } from "../../../core/model";
import { namesAlike, spellingNotes } from "../../../core/notes";
import { StoryAnalyzer } from "../../../core/analyzer";
import { parseStory } from "../../../core/story";
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

  it("reads a name written in the possessive as the name, either way round", () => {
    const notes = notesOf(
      "They took the last boat to Quillmarsh’s harbour before the storm.",
      "Quillmarsh in the morning was grey. Quillmarsh's gulls were out.",
      "They came back to Fenwold. Fenwold’s lanes were empty.",
    );
    expect(shown(namesAlike(notes))).toEqual([
      "info:Quillmarsh’s:name",
      "info:Quillmarsh:name",
      "info:Quillmarsh's:name",
      "info:Fenwold:name",
      "info:Fenwold’s:name",
    ]);
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

/**
 * The app's worker loads its dictionaries once and hands every analyzer the loaded speller; so do
 * these tests (each analyzer given the `dictionaries` expanded both word lists again, about a
 * second and a half of CPU apiece). The speller's lookups are the same either way.
 */
const options = { speller: sp };
const severities = (notes: readonly Note[], word: string) =>
  notes.filter((n) => n.text === word).map((n) => [n.paragraph, n.severity]);

describe("the analysis' notes", () => {
  it("list a place named mid-sentence and opening a paragraph as one name", () => {
    const story = [
      "Ruth bought a ticket for the night boat to Quillmarsh and waited in the rain.",
      "Quillmarsh in the morning was grey. Ruth walked up from the harbour.",
    ].join("\n\n");
    const notes = new StoryAnalyzer(options)
      .analyze(story)
      .notes.filter((n) => n.text === "Quillmarsh");
    expect(notes.map((n) => [n.paragraph, n.severity])).toEqual([
      [0, "info"],
      [1, "info"],
    ]);
  });
});

describe("the fast path's notes after an edit", () => {
  const opening = "Quillmarsh in the morning was grey. Ruth walked up from the harbour.";
  const named = "Ruth bought a ticket for the night boat to Quillmarsh and waited in the rain.";
  const unnamed = "Ruth bought a ticket for the night boat and waited in the rain.";
  const edited = (analyzer: StoryAnalyzer, paragraphs: string[]) =>
    analyzer.update(parseStory(paragraphs.join("\n\n")), {
      start: 0,
      deleteCount: 1,
      insertCount: 1,
    })!;

  it("are the full pass's when the edit removes the only mid-sentence use of a name", () => {
    const analyzer = new StoryAnalyzer(options);
    analyzer.analyze([named, opening].join("\n\n"));
    const fast = edited(analyzer, [unnamed, opening]);
    const full = new StoryAnalyzer(options).analyze([unnamed, opening].join("\n\n"));
    expect(severities(full.notes, "Quillmarsh")).toEqual([[1, "warning"]]);
    expect(severities(fast.notes, "Quillmarsh")).toEqual(severities(full.notes, "Quillmarsh"));
    expect(fast.notes.map((n) => n.message)).toEqual(full.notes.map((n) => n.message));
  });

  it("are the full pass's when the edit adds one, and again after it is undone", () => {
    const analyzer = new StoryAnalyzer(options);
    analyzer.analyze([unnamed, opening].join("\n\n"));
    expect(severities(edited(analyzer, [named, opening]).notes, "Quillmarsh")).toEqual([
      [0, "info"],
      [1, "info"],
    ]);
    expect(severities(edited(analyzer, [unnamed, opening]).notes, "Quillmarsh")).toEqual([
      [1, "warning"],
    ]);
  });
});
