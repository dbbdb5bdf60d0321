import { describe, expect, it } from "vitest";
import { ParagraphReadings } from "../../core/analysis/paragraph-readings";
import { defaultLexicon, StoryAnalyzer } from "../../core/analyzer";
import { compileCastMatcher, mentionsInParagraph, quotesInParagraph } from "../../core/cast";
import type { Character } from "../../core/model";
import { parseStory } from "../../core/story";

const person = (name: string, aliases: string[] = []): Character => ({
  name,
  aliases,
  voice: "unknown",
});

const story = parseStory(
  [
    `'Not yet,' said Anna. "Is it?" Tom asked.`,
    `Tom looked at the clock. Anna did not.`,
    `"Soon," said Tom, 'quite soon.'`,
  ].join("\n\n"),
);

describe("ParagraphReadings, one record per text", () => {
  it("looks each paragraph up once a pass, its readings asked for in story order", () => {
    const readings = new ParagraphReadings(defaultLexicon());
    const pass = readings.startPass(story);
    const before = readings.textLookups;
    for (const p of pass.paragraphs) {
      readings.quotesIn(p.text, "double");
      readings.words(p.text);
      readings.spokenIn(p.text, "double");
      readings.marksIn(p.text);
    }
    expect(readings.textLookups - before).toBe(0);
    // Out of order, a text is looked up; after it, the next in order is not.
    readings.words(pass.paragraphs[0]!.text);
    readings.words(pass.paragraphs[1]!.text);
    expect(readings.textLookups - before).toBe(1);
    readings.words(pass.paragraphs[0]!.text);
    expect(readings.textLookups - before).toBe(2);
    // Given its place, a paragraph out of order is not looked up either.
    readings.spokenIn(pass.paragraphs[2]!.text, "double", 2);
    readings.spokenIn(pass.paragraphs[0]!.text, "double", 0);
    expect(readings.textLookups - before).toBe(2);
  });

  it("hashes only the texts a pass changed: the rest are found at their places", () => {
    const readings = new ParagraphReadings(defaultLexicon());
    const texts = story.paragraphs.map((p) => p.text);
    const first = readings.startPass(parseStory(texts.join("\n\n")));
    expect(readings.textLookups).toBe(3);
    // The same story parsed again: new strings, equal to the last pass's at their places.
    const again = readings.startPass(parseStory(texts.join("\n\n")));
    expect(readings.textLookups).toBe(3);
    expect(again.paragraphs.map((p) => p.text)).toEqual(texts);
    again.paragraphs.forEach((p, i) => expect(p.text).toBe(first.paragraphs[i]!.text));
    // A paragraph inserted at the start: the rest are found counted from the end.
    readings.startPass(parseStory(["New.", ...texts].join("\n\n")));
    expect(readings.textLookups).toBe(4);
  });

  it("reads a text again under other quote marks", () => {
    const readings = new ParagraphReadings(defaultLexicon());
    const text = readings.startPass(story).paragraphs[0]!.text;
    expect(readings.quotesIn(text, "double")).toEqual(quotesInParagraph(text, "double"));
    expect(readings.quotesIn(text, "single")).toEqual(quotesInParagraph(text, "single"));
    expect(readings.spokenIn(text, "double").quotes.length).toBeGreaterThan(0);
    expect(readings.quotesIn(text, "double")).toEqual(quotesInParagraph(text, "double"));
  });

  it("reads a text again with a new cast, and keeps it while the cast stays", () => {
    const readings = new ParagraphReadings(defaultLexicon());
    const text = readings.startPass(story).paragraphs[1]!.text;
    const first = [person("Tom")];
    readings.useCast(first);
    const tom = readings.mentionsIn(text, compileCastMatcher(first));
    expect(tom).toEqual(mentionsInParagraph(text, compileCastMatcher(first)));
    const both = [person("Tom"), person("Anna")];
    readings.useCast(both);
    expect(readings.mentionsIn(text, compileCastMatcher(both))).toEqual(
      mentionsInParagraph(text, compileCastMatcher(both)),
    );
    readings.useCast([person("Tom"), person("Anna")]);
    expect(readings.mentionsIn(text, compileCastMatcher(first))).not.toEqual(tom);
  });

  it("reads the notes again after the speller changes, and with other quotes or speakers", () => {
    const readings = new ParagraphReadings(defaultLexicon());
    const text = readings.startPass(story).paragraphs[1]!.text;
    const { notes } = readings.noteReading();
    let reads = 0;
    const read = () => [`read ${++reads}`] as never;
    expect(notes.get(text, read, "a")).toEqual(["read 1"]);
    expect(notes.get(text, read, "a")).toEqual(["read 1"]);
    expect(notes.get(text, read, "b")).toEqual(["read 2"]);
    readings.forgetNotes();
    expect(notes.get(text, read, "b")).toEqual(["read 3"]);
    readings.useCast([person("Anna")]);
    expect(notes.get(text, read, "b")).toEqual(["read 4"]);
  });

  it("holds texts in proportion to the story over a session of edits", () => {
    const readings = new ParagraphReadings(defaultLexicon());
    const texts = story.paragraphs.map((p) => p.text);
    for (let edit = 0; edit < 200; edit++) {
      texts[edit % 3] = `${texts[edit % 3]!.replace(/ \d+$/, "")} ${edit}`;
      const pass = readings.startPass(parseStory(texts.join("\n\n")));
      for (const p of pass.paragraphs) readings.words(p.text);
    }
    expect(readings.cachedTexts()).toBeLessThanOrEqual(2 * 3 + 64 + 3);
  });
});

describe("StoryAnalyzer over a long session of edits", () => {
  it("holds texts in proportion to the story, not to the edits made", () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `"Is it ${i} already?" asked Anna. Tom shook his head and looked at the clock.`,
    );
    const analyzer = new StoryAnalyzer();
    let last = null as ReturnType<StoryAnalyzer["analyze"]> | null;
    // 100 edits leave 100 texts behind, past the bound below: kept, they would fail it.
    for (let edit = 0; edit < 100; edit++) {
      // One word changed in one paragraph: a new text every pass.
      paragraphs[edit % 6] = paragraphs[edit % 6]!.replace(/clock\S*/, `clock${edit}.`);
      last = analyzer.analyze(paragraphs.join("\n\n"));
    }
    // Twice the story's paragraphs plus the sweep's floor (64), and the pass's own new texts.
    expect(analyzer.cachedTexts()).toBeLessThan(2 * 6 + 64 + 8);
    // What the sweeps let go of is read again as a fresh analyzer reads it.
    expect(last).toEqual(new StoryAnalyzer().analyze(paragraphs.join("\n\n")));
  });
});
