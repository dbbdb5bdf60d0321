import { describe, expect, it } from "vitest";
import { AnalysisEngine } from "../../../renderer/analysis/engine";
import { blocksOf, diffBlocks } from "../../../renderer/analysis/sync";
import { paragraphHash, type SpeakerCorrection } from "../../../core/cast/corrections";
import { textToDoc } from "../../../renderer/editor/story-doc";

/** A barman whose one sure line is full of British slang, and a visitor who says little. */
const STORY = [
  "The pub was nearly empty when Willow came in out of the rain.",
  '"Sod off, you daft git, we\'re closed. Bloody tourists," said Barney.',
  'Willow shook her coat. "I only want a cup of tea."',
].join("\n\n");

function analyse(corrections: readonly SpeakerCorrection[]) {
  const engine = new AnalysisEngine();
  engine.configure({ cast: [], storyWords: [], corrections });
  engine.apply(diffBlocks([], blocksOf(textToDoc(STORY)), "\n")!);
  return engine.analyze();
}

/** The correction giving the paragraph's first quote to `speaker`. */
function giveFirstLine(paragraph: number, speaker: string | null): SpeakerCorrection {
  const text = STORY.split("\n\n")[paragraph]!;
  const from = text.indexOf('"') + 1;
  return {
    paragraph: paragraphHash(text),
    quote: text.slice(from, text.indexOf('"', from)),
    speaker,
  };
}

describe("speaker corrections reach everything built on speakers", () => {
  it("uncorrected, the barman's slang makes him British and its notes are his", () => {
    const result = analyse([]);
    expect(result.characters.find((c) => c.name === "Barney")?.voice).toBe("british");
    const notes = result.notes.filter((n) => n.paragraph === 1 && n.speaker);
    expect(notes.length).toBeGreaterThan(0);
    expect(new Set(notes.map((n) => n.speaker))).toEqual(new Set(["Barney"]));
  });

  it("a line given to someone else takes its voice and its notes with it", () => {
    const result = analyse([giveFirstLine(1, "Willow")]);
    const quote = result.quotes.find((q) => q.paragraph === 1)!;
    expect(quote).toMatchObject({ speaker: "Willow", corrected: true, confidence: 1 });
    expect(result.characters.find((c) => c.name === "Barney")?.voice).toBe("unknown");
    expect(result.characters.find((c) => c.name === "Willow")).toMatchObject({
      voice: "british",
      voiceInferred: true,
    });
    const notes = result.notes.filter((n) => n.paragraph === 1 && n.speaker);
    expect(notes.length).toBeGreaterThan(0);
    expect(new Set(notes.map((n) => n.speaker))).toEqual(new Set(["Willow"]));
  });

  it("a line given to nobody lends its words to no one", () => {
    const result = analyse([giveFirstLine(1, null)]);
    expect(result.characters.find((c) => c.name === "Barney")?.voice).toBe("unknown");
    expect(result.notes.filter((n) => n.paragraph === 1 && n.speaker)).toEqual([]);
  });
});
