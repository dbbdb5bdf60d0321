import { describe, expect, it } from "vitest";
import { AnalysisEngine } from "../../../renderer/analysis/engine";
import { blocksOf, blockText } from "../../../renderer/analysis/sync";
import { textToDoc } from "../../../renderer/editor/story-doc";
import { regroupScenes } from "../../../renderer/outline/layout";

/** A scene of `n` paragraphs of plain narration about one person in one place. */
function narration(who: string, n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) => `${who} walked along the river for the ${i + 1}th time that morning and thought.`,
  );
}

/** What the worker answers for a document: its blocks' texts, analysed as the engine does. */
function analysedAsTheWorkerDoes(text: string) {
  const doc = textToDoc(text);
  const engine = new AnalysisEngine();
  engine.apply({ start: 0, deleteCount: 0, insert: blocksOf(doc).map((b) => blockText(b, "\n")) });
  return { doc, result: engine.analyze() };
}

describe("the detected scenes regroup the document they were read from", () => {
  it("when the story has a scene-break line: the break opens the scene after it", () => {
    const text = [...narration("Alice", 4), "* * *", ...narration("Alice", 4)].join("\n\n") + "\n";
    const { doc, result } = analysedAsTheWorkerDoes(text);
    const regrouped = regroupScenes(doc, result.scenes);
    expect(regrouped).not.toBeNull();
    expect(regrouped!.childCount).toBe(2);
    expect(regrouped!.child(0).lastChild!.type.name).toBe("paragraph");
    expect(regrouped!.child(1).firstChild!.type.name).toBe("scene_break");
    expect(regrouped!.child(1).attrs.pov).toBe("Alice");
  });

  it("when two scene-break lines stand one after the other (the editor keeps them as one break)", () => {
    // Gutenberg's rows of stars, or a writer's "* * *" twice: one scene_break node holds both.
    const text =
      [...narration("Alice", 4), "*    *    *", "*    *    *", ...narration("Alice", 4)].join(
        "\n\n",
      ) + "\n";
    const { doc, result } = analysedAsTheWorkerDoes(text);
    expect(blocksOf(doc)).toHaveLength(9);
    expect(result.scenes.map((s) => s.firstParagraph)).toEqual([0, 5]);
    const regrouped = regroupScenes(doc, result.scenes);
    expect(regrouped).not.toBeNull();
    expect(regrouped!.childCount).toBe(2);
    expect(regrouped!.child(0).childCount).toBe(4);
    const opening = regrouped!.child(1).firstChild!;
    expect(opening.type.name).toBe("scene_break");
    expect(opening.attrs.text).toBe("*    *    *\n\n*    *    *");
    expect(regrouped!.child(1).attrs.pov).toBe("Alice");
  });
});
