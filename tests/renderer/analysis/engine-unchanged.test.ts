/**
 * A request that changes nothing since the last full pass (the outline regrouping the story's
 * blocks as its first result arrives) is answered with that pass's answer, not a pass again.
 */
import { describe, expect, it } from "vitest";
import { AnalysisEngine } from "../../../renderer/analysis/engine";

const words = ["the", "keeper", "lit", "it", "was", "late", "said", "to", "lamp"];
const dictionaries = [{ aff: "SET UTF-8\n", dic: `${words.length}\n${words.join("\n")}\n` }];
const settings = { cast: [], storyWords: [] };
const story = ["The keepre lit the lantren.", '"It was late," Ann said to the keeper.'];

function opened(): AnalysisEngine {
  const engine = new AnalysisEngine();
  engine.configure(settings);
  engine.apply({ start: 0, deleteCount: Number.MAX_SAFE_INTEGER, insert: story });
  return engine;
}

describe("an analysis request that changes nothing", () => {
  it("is answered with the last full pass's answer", () => {
    const engine = opened();
    const first = engine.analyze();
    engine.apply({ start: 0, deleteCount: 0, insert: [] });
    expect(engine.quickPatch()).toBeNull();
    expect(engine.analyze()).toBe(first);
  });

  it("reads the story again after an edit, new settings or the dictionaries", () => {
    const engine = opened();
    const first = engine.analyze();
    engine.apply({ start: 1, deleteCount: 1, insert: ['"It was late," Bo said.'] });
    const edited = engine.analyze();
    expect(edited).not.toBe(first);
    expect(edited.quotes[0]?.speaker).toBe("Bo");

    engine.configure({ ...settings, storyWords: ["lantren"] });
    const configured = engine.analyze();
    expect(configured).not.toBe(edited);

    engine.setDictionaries(dictionaries);
    const spelled = engine.analyze();
    expect(spelled).not.toBe(configured);
    expect(spelled.notes.filter((n) => n.kind === "spelling").map((n) => n.text)).toEqual([
      "keepre",
    ]);
  });

  it("reads it again after the fast path answered an edit", () => {
    const engine = opened();
    engine.analyze();
    engine.apply({ start: 0, deleteCount: 1, insert: ["The keeper lit the lamp."] });
    const quick = engine.quickPatch();
    expect(quick).not.toBeNull();
    const full = engine.analyze();
    expect(full).not.toBe(quick!.analysis);
    expect(full.partial).toBeFalsy();
  });
});
