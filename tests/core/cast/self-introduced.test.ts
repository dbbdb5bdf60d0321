/**
 * A described speaker who introduces himself ("I'm Owen Pryce," he said, after "A man was
 * leaning on the gate") is that cast member for the description's lines in the scene, before
 * and after the introduction (self-introduced.ts); what only looks like one names no one.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { StoryAnalyzer } from "../../../core/analyzer";
import type { AttributedQuote } from "../../../core/cast/speakers";
import { selfNamed } from "../../../core/cast/introduced-as";
import { selfIntroduction } from "../../../core/cast/self-introduced";
import { person, speakersOf } from "./helpers";

const GATE = (introduction: string): string[] => [
  "Tess reached the farm after dark. A man was leaning on the gate, a lantern at his feet.",
  `“You found us, then,” he said. “${introduction} The dog won’t bite.”`,
  "“Only just,” Tess said. “The lane has no signs at all.”",
  "“No,” he said. “We like it that way.”",
  "Owen Pryce came out later to fix the latch.",
];

describe("a described speaker who names himself", () => {
  it("speaks as the cast member he names, before and after the introduction", () => {
    const cast = [person("Tess"), person("Owen", "Owen Pryce")];
    expect(speakersOf(cast, ...GATE("I’m Owen Pryce."))).toEqual([
      "Owen",
      "Owen",
      "Tess",
      "Tess",
      "Owen",
      "Owen",
    ]);
  });

  it("stays unnamed where the line only asks or denies the name", () => {
    const cast = [person("Tess"), person("Owen", "Owen Pryce")];
    expect(speakersOf(cast, ...GATE("I’m not Owen Pryce."))[0]).toBeNull();
    expect(speakersOf(cast, ...GATE("I’m Owen Pryce?"))[0]).toBeNull();
  });
});

describe("selfIntroduction", () => {
  it("reads the name each way a speaker gives it", () => {
    expect(selfIntroduction("I’m Alistair Finch. I keep the light.")).toBe("Alistair Finch");
    expect(selfIntroduction("Well, yes. My name is Webb, sir.")).toBe("Webb");
    expect(selfIntroduction("Name’s Bond.")).toBe("Bond");
    expect(selfIntroduction("Call me Ishmael.")).toBe("Ishmael");
    expect(selfIntroduction("Bond’s the name.")).toBe("Bond");
    expect(selfIntroduction("I am Mr. Finch, and this is my light.")).toBe("Mr. Finch");
  });

  it("reads none in what is no introduction", () => {
    for (const line of [
      "I’m tired.",
      "I’m sorry, Tom.",
      "I’m not Tom.",
      "I’m Tom?",
      "I’m Tom’s sister.",
      "He said, ‘I’m Tom.’",
      "I’m the doctor.",
    ])
      expect(selfIntroduction(line), line).toBeNull();
  });
});

describe("a described speaker's name in the list (analyze)", () => {
  it("is not someone else's name with a possessive ('I'm Tom's brother') or a question", () => {
    expect(selfNamed("Good. I’m Tom’s brother, if you like.")).toBeNull();
    expect(selfNamed("Well. I am Parson Tringham?")).toBeNull();
    const text = [
      "Sam sat at the end of the bar. A man in a grey suit took the stool beside him.",
      "“Tom’s my brother,” he said. “I’m Tom’s brother, if you like.”",
      "“I never knew he had one,” Sam said.",
      "“He does,” the man said.",
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "bar.txt", cast: [] });
    const names = analysis.characters.map((c) => c.name);
    expect(
      names.some((n) => /Tom['\u2019]s/u.test(n)),
      names.join(", "),
    ).toBe(false);
  });
});

describe("a self-introduction the writer corrected", () => {
  it("names no one when the writer gave the introducing line to someone else", () => {
    const cast = [person("Tess"), person("Owen", "Owen Pryce"), person("Jem")];
    const toJem = (quotes: readonly AttributedQuote[]): readonly AttributedQuote[] =>
      quotes.map((q) =>
        q.text.startsWith("I’m Owen")
          ? { ...q, speaker: "Jem", unnamed: undefined, confidence: 1, corrected: true }
          : q,
      );
    const analysis = new StoryAnalyzer({ cast, correctSpeakers: toJem }).analyze(
      GATE("I’m Owen Pryce.").join("\n\n"),
      "gate.txt",
    );
    const speakers = analysis.quotes.map((q) => q.speaker);
    expect(speakers[1]).toBe("Jem");
    expect(
      speakers.filter((s) => s === "Owen"),
      speakers.join(", "),
    ).toEqual([]);
  });
});
