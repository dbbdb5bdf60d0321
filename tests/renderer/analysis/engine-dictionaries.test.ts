import { describe, expect, it } from "vitest";
import { AnalysisEngine } from "../../../renderer/analysis/engine";
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
