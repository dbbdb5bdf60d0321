import { describe, expect, it } from "vitest";
import type { Note } from "../../../core/model";
import { inferVoice, notesForParagraph, storyNotes } from "../../../core/notes";
import { bundledStory, gold, goldStoryWords, goldVoices, lexicon, scans, speller } from "./helpers";

const story = bundledStory();
const ctx = { voices: goldVoices(), lexicon, speller: speller(goldStoryWords()) };
const notes: Note[] = [
  ...story.paragraphs.flatMap((p) => notesForParagraph(p, story.quotes[p.index]!, ctx)),
  ...storyNotes(scans(story)),
];
const find = (kind: string, paragraph: number, text: string) =>
  notes.find((n) => n.kind === kind && n.paragraph === paragraph && n.text === text);

describe("notes on the bundled story", () => {
  it("finds the gold quotes with our own quote finder", () => {
    const found = story.quotes.flat().length;
    expect(found).toBe(gold.quotes.length);
  });

  it("every note's text is the exact slice of the file", () => {
    for (const n of notes) expect(story.text.slice(n.from, n.to), JSON.stringify(n)).toBe(n.text);
  });

  it("flags Spike's Americanisms with British fixes", () => {
    const guess = find("voice", 4, "I guess");
    expect(guess).toMatchObject({
      severity: "warning",
      speaker: "Spike",
      message: 'Spike speaks British English; "I guess" is American.',
    });
    expect(guess!.fixes[0]).toBe("I suppose");
    expect(guess!.key).toBe("voice:i guess:Spike");
    const gonna = find("voice", 14, "gonna");
    expect(gonna).toMatchObject({ severity: "warning", speaker: "Spike" });
    expect(gonna!.fixes).toEqual(["going to"]);
  });

  it("gives no voice note on Spike's British slang (notes_forbidden_voice)", () => {
    for (const f of gold.notes_forbidden_voice) {
      const hit = notes.filter(
        (n) =>
          n.kind === "voice" &&
          n.paragraph === f.paragraph &&
          n.text.toLowerCase().includes(f.term.toLowerCase()),
      );
      expect(hit, `${f.paragraph} ${f.term}`).toEqual([]);
    }
  });

  it("glosses Spike's slang as information only", () => {
    const glosses = notes.filter((n) => n.kind === "gloss");
    expect(glosses.every((n) => n.severity === "info")).toBe(true);
    expect(find("gloss", 5, "luv")?.gloss).toMatch(/address/);
    expect(find("gloss", 19, "Sod off")).toBeDefined();
    expect(find("gloss", 24, "Bollocks")).toBeDefined();
  });

  it("repairs the mojibake", () => {
    expect(find("encoding", 7, "fa├žade")?.fixes).toEqual(["façade"]);
  });

  it("offers the missing space first for the typos", () => {
    for (const t of gold.typos_expected) {
      const n = find("spelling", t.paragraph, t.term);
      expect(n, t.term).toBeDefined();
      expect(n!.fixes[0]).toBe(t.fix);
    }
  });

  it("never flags a character's name or alias as misspelt", () => {
    const names = new Set(goldStoryWords().flatMap((w) => w.toLowerCase().split(" ")));
    const flagged = notes.filter(
      (n) => n.kind === "spelling" && names.has(n.text.toLowerCase().replace(/['’]s$/, "")),
    );
    expect(flagged).toEqual([]);
  });

  it("does not read 'love' outside address, or the narration, as voice", () => {
    expect(notes.filter((n) => n.kind === "voice" && n.speaker !== "Spike")).toEqual([]);
    // Narration "I guess" (paragraph 24) and "gotten" (paragraph 4) belong to the author.
    expect(find("voice", 24, "I guess")).toBeUndefined();
    expect(notes.filter((n) => n.kind === "voice" && n.text === "gotten")).toEqual([]);
  });

  it("keeps warnings few and genuine", () => {
    const warnings = notes.filter((n) => n.severity === "warning");
    const summary = warnings.map((n) => `${n.kind}:${n.paragraph}:${n.text}`);
    // Expected: 3 voice (I guess, outta, gonna), 1 encoding, 2 missing-space typos; the rest
    // must be words a dictionary really lacks, never names, slang or variety.
    expect(summary).toEqual(
      expect.arrayContaining([
        "voice:4:I guess",
        "voice:14:gonna",
        "encoding:7:fa├žade",
        "spelling:21:hereven",
        "spelling:25:Bollockshe",
      ]),
    );
    expect(
      warnings
        .filter((n) => n.kind === "voice")
        .map((n) => n.text)
        .sort(),
    ).toEqual(["I guess", "gonna", "outta"]);
    expect(warnings.filter((n) => n.kind === "variant" || n.kind === "spelling-mix")).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(12);
  });

  it("infers Spike's voice from his lines and never calls an American British", () => {
    const lines = new Map<string, string[]>();
    for (const q of story.quotes.flat())
      if (q.speaker) lines.set(q.speaker, [...(lines.get(q.speaker) ?? []), q.text]);
    const guesses = new Map([...lines].map(([name, l]) => [name, inferVoice(l, lexicon)]));
    console.log(
      [...guesses]
        .map(([n, g]) => `${n}:${g.voice}:${g.british}/${g.american}:${g.confidence}`)
        .join(" "),
    );
    expect(guesses.get("Spike")!.voice).toBe("british");
    expect(guesses.get("Spike")!.confidence).toBeGreaterThan(0.5);
    for (const c of gold.characters.filter((c) => c.voice === "american")) {
      expect(guesses.get(c.name)?.voice ?? "unknown", c.name).not.toBe("british");
    }
  });
});
