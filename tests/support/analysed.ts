/**
 * A whole-story analysis for renderer tests, from the engine the worker runs, with a two-voice
 * cast: Nigel speaks British English, Becky American.
 */
import { AnalysisEngine } from "../../renderer/analysis/engine";
import type { DocAnalysis } from "../../renderer/analysis/protocol";
import { blocksOf, diffBlocks } from "../../renderer/analysis/sync";
import { textToDoc } from "../../renderer/editor/story-doc";

export function analysed(text: string): DocAnalysis {
  const engine = new AnalysisEngine();
  engine.configure({
    cast: [
      { name: "Nigel", aliases: [], voice: "british" },
      { name: "Becky", aliases: [], voice: "american" },
    ],
    storyWords: [],
  });
  engine.apply(diffBlocks([], blocksOf(textToDoc(text)), "\n")!);
  return engine.analyze();
}
