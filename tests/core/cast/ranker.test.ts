import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";
import { findQuotes } from "../../../core/cast/quotes";
import { FEATURES, rank, rankSpeakers } from "../../../core/cast/ranker";
import MODEL from "../../../core/cast/speaker-model.json";
import { attributeSpeakers, readSpeakers } from "../../../core/cast/speakers";
import { storyFromParagraphs } from "../../../core/story";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });

describe("the speaker ranker", () => {
  it("ships one weight per feature, named in order", () => {
    expect(MODEL.features).toEqual([...FEATURES]);
    expect(MODEL.weights).toHaveLength(FEATURES.length);
    expect(MODEL.weights.every(Number.isFinite)).toBe(true);
  });

  it("gives probabilities that sum to one and favour the higher score", () => {
    const weights = FEATURES.map((_, k) => (k === 0 ? 2 : 0));
    const on = FEATURES.map((_, k) => (k === 0 ? 1 : 0));
    const off = FEATURES.map(() => 0);
    const p = rank(
      [
        { key: "a", features: on },
        { key: "b", features: off },
      ],
      weights,
    );
    expect(p[0]! + p[1]!).toBeCloseTo(1);
    expect(p[0]!).toBeGreaterThan(p[1]!);
  });

  it("leaves a name tag to the rules and decides an untagged line", () => {
    const story = storyFromParagraphs([
      "Ann came into the kitchen where Bo was reading the paper.",
      '"You are up early," said Ann.',
      '"I could not sleep."',
    ]);
    const cast = [person("Ann"), person("Bo")];
    const read = readSpeakers(story, findQuotes(story), cast);
    // A model that only ever trusts whoever spoke last turn.
    const weights = FEATURES.map((f) => (f === "spoke last turn" ? 5 : 0));
    const got = rankSpeakers(read.quotes, read.contexts, read.named, {
      features: [...FEATURES],
      weights,
    });
    expect(got[0]).toMatchObject({ speaker: "Ann", confidence: 0.95 });
    expect(got[1]!.speaker).toBe("Ann");
    expect(got[1]!.confidence).toBeGreaterThan(0.5);
    // The shipped model answers the untagged line by turn-taking, as a guess.
    const shipped = attributeSpeakers(story, findQuotes(story), cast);
    expect(shipped[1]!.speaker).toBe("Bo");
    expect(shipped[1]!.confidence).toBeLessThan(0.95);
  });

  it("ranks with the model the analysis is given, the shipped one by default", () => {
    const text = [
      "Ann came into the kitchen where Bo was reading the paper.",
      '"You are up early," said Ann.',
      '"I could not sleep."',
    ].join("\n\n");
    const cast = [person("Ann"), person("Bo")];
    const lastTurn = FEATURES.map((f) => (f === "spoke last turn" ? 5 : 0));
    const speakerModel = { features: [...FEATURES], weights: lastTurn };
    expect(analyzeStory(text, { file: "", cast }).quotes[1]!.speaker).toBe("Bo");
    expect(analyzeStory(text, { file: "", cast, speakerModel }).quotes[1]!.speaker).toBe("Ann");
  });

  /**
   * A line broken by one "he said", read by the rules and ranked by a model that weighs "spoke
   * earlier in paragraph" by `earlier` and the rules' answer by 1.
   */
  function rankBrokenLine(earlier: number) {
    const story = storyFromParagraphs([
      "Bo and Cal sat on the wall outside the shop.",
      '"Are you coming tomorrow?" asked Cal.',
      '"You should come," he said. "It is only an hour on the bus."',
    ]);
    const read = readSpeakers(story, findQuotes(story), [person("Bo"), person("Cal")]);
    const weights = FEATURES.map((f) =>
      f === "spoke earlier in paragraph" ? earlier : f === "rule answer" ? 1 : 0,
    );
    const got = rankSpeakers(read.quotes, read.contexts, read.named, {
      features: [...FEATURES],
      weights,
    });
    return { read: read.quotes, got };
  }

  it("gives both halves of a line broken by one 'he said' the same answer", () => {
    // A model that never gives a paragraph's later quote to the one who spoke earlier in it.
    const { read, got } = rankBrokenLine(-9);
    expect(read[1]!.speaker).toBe(read[2]!.speaker);
    expect(got[2]!.speaker).toBe(got[1]!.speaker);
  });

  it("keeps the later half's own confidence when both halves already agree", () => {
    // A model surer of a paragraph's later quote than of its first: the voice notes read that
    // confidence, so agreeing halves must not be pulled down to the first's.
    const { got } = rankBrokenLine(3);
    expect(got[2]!.speaker).toBe(got[1]!.speaker);
    expect(got[2]!.confidence).toBeGreaterThan(got[1]!.confidence ?? 1);
  });

  it("is never surer of a guess than of a name tag, even with one candidate", () => {
    const story = storyFromParagraphs([
      '"My dear," said the lady to him one day, "have you heard?"',
    ]);
    const got = attributeSpeakers(story, findQuotes(story), []);
    expect(got.length).toBeGreaterThan(0);
    for (const q of got) expect(q.confidence).toBeLessThanOrEqual(0.95);
  });

  it("reads a line with no tag as a guess, below 0.85, however one-sided the candidates", () => {
    const story = storyFromParagraphs([
      "The shop was empty when Ann came in out of the snow.",
      '"We\'re closing," said Bo.',
      'Ann stamped her boots on the mat. "I only need matches."',
    ]);
    const got = attributeSpeakers(story, findQuotes(story), [person("Ann"), person("Bo")]);
    expect(got[1]!.speaker).toBe("Ann");
    expect(got[1]!.confidence).toBeLessThan(0.85);
  });

  it("is deterministic", () => {
    const story = storyFromParagraphs([
      '"Where were you?" asked Ann.',
      '"Out," said Bo.',
      '"You could have called."',
      '"I know."',
    ]);
    const cast = [person("Ann"), person("Bo")];
    const a = attributeSpeakers(story, findQuotes(story), cast);
    const b = attributeSpeakers(story, findQuotes(story), cast);
    expect(a).toEqual(b);
    expect(a.map((q) => q.speaker)).toEqual(["Ann", "Bo", "Ann", "Bo"]);
  });
});

describe("a line in a paragraph whose name tag names its speaker", () => {
  it("is no guess when the ranker gives it to that speaker", () => {
    const cast = ["Ann", "Bo", "Cy"].map(person);
    const text = [
      "Bo and Cy sat by the fire. Ann came in from the rain.",
      '"It is cold out there," said Ann. Bo and Cy looked up from the fire. Ann shook out her coat. "I walked all the way from the mill."',
      '"You should have waited," said Bo.',
    ];
    const s = storyFromParagraphs(text);
    const { quotes, contexts, named } = readSpeakers(s, findQuotes(s), cast);
    const ranked = rankSpeakers(quotes, contexts, named);
    expect(ranked[1]!.speaker).toBe("Ann");
    expect(ranked[1]!.confidence).toBeGreaterThanOrEqual(0.85);
  });
});
