import { describe, expect, it } from "vitest";
import { AnalysisEngine } from "../../../renderer/analysis/engine";
import { InlineRunner } from "../../../renderer/analysis/inline-runner";
import type { DocAnalysis, ParagraphSplice } from "../../../renderer/analysis/protocol";

/** A dictionary of a few words, so "keepre" and "lantren" are the story's typos. */
const DICTIONARY = {
  aff: "SET UTF-8\n",
  dic: ["the", "keeper", "lit", "lantern", "and", "said", "it", "was", "late"].join("\n"),
};
const dictionaries = [{ aff: DICTIONARY.aff, dic: `9\n${DICTIONARY.dic}\n` }];
const settings = { cast: [], storyWords: [] };
const story: ParagraphSplice = {
  start: 0,
  deleteCount: 0,
  insert: ["The keepre lit the lantren.", '"It was late," said the keeper.'],
};

const withoutTime = ({ ms: _ms, ...rest }: DocAnalysis) => rest;
const typos = (analysis: DocAnalysis) =>
  analysis.notes.filter((n) => n.kind === "spelling").map((n) => n.text);

describe("the dictionaries, arriving after the story is analysed", () => {
  it("spell it as an engine that had them from the start spells it", () => {
    const late = new AnalysisEngine();
    late.configure(settings);
    late.apply(story);
    expect(typos(late.analyze())).toEqual([]);
    late.setDictionaries(dictionaries);
    expect(late.quickPatch()).toBeNull();
    const spelled = late.analyze();

    const early = new AnalysisEngine();
    early.configure(settings);
    early.setDictionaries(dictionaries);
    early.apply(story);
    expect(typos(spelled)).toEqual(["keepre", "lantren"]);
    expect(withoutTime(spelled)).toEqual(withoutTime(early.analyze()));
  });
});

describe("suggestions, from the analysis's own speller", () => {
  const cast = [{ name: "Anwen", aliases: ["the keeper's girl"], voice: "unknown" as const }];

  it("come from the inline runner too, knowing the cast, and not before the dictionaries", async () => {
    const runner = new InlineRunner();
    runner.configure({ cast, storyWords: [] });
    runner.request(1, story);
    await expect(runner.suggest("lantren")).rejects.toThrow(/dictionaries are not loaded/);
    runner.setDictionaries(dictionaries);
    runner.request(2, { start: 0, deleteCount: 0, insert: [] });
    expect(await runner.suggest("lantren")).toContain("lantern");
    // A name the notes accept is a word the card offers: no dictionary lists it.
    expect(await runner.suggest("Anwne")).toEqual(["Anwen"]);
  });
});
