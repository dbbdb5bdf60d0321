import { describe, expect, it } from "vitest";
import { regroupScenes } from "../../../renderer/outline/layout";
import { isSuggestedBreak, schema, type SceneAttrs } from "../../../renderer/editor/schema";
import { outlineSidecar, readOutlineSidecar } from "../../../renderer/outline/sidecar-scenes";
import { textToDoc } from "../../../renderer/editor/story-doc";

const text = ["One.", "Two.", "Three.", "Four.", "Five.", "Six."].join("\n\n") + "\n";

/** The document regrouped as detection found it: breaks at 2 (unsure) and 4 (sure). */
function detected() {
  return regroupScenes(textToDoc(text), [
    { firstParagraph: 0, lastParagraph: 1, title: "a", pov: null, source: "detected" },
    {
      firstParagraph: 2,
      lastParagraph: 3,
      title: "b",
      pov: null,
      source: "detected",
      confidence: 0.6,
    },
    {
      firstParagraph: 4,
      lastParagraph: 5,
      title: "c",
      pov: null,
      source: "detected",
      confidence: 0.9,
    },
  ])!;
}

const attrsOf = (doc: ReturnType<typeof detected>) =>
  Array.from({ length: doc.childCount }, (_, i) => doc.child(i).attrs as SceneAttrs);

describe("suggested scene breaks", () => {
  it("keeps each detected break's confidence on its scene", () => {
    expect(attrsOf(detected()).map((a) => a.confidence)).toEqual([1, 0.6, 0.9]);
    expect(attrsOf(detected()).map(isSuggestedBreak)).toEqual([false, true, false]);
  });

  it("never calls a marker's or the writer's break a suggestion", () => {
    expect(isSuggestedBreak({ source: "writer", confidence: 0.5 })).toBe(false);
    expect(isSuggestedBreak({ source: "marker", confidence: 0.5 })).toBe(false);
  });

  it("draws the scene after an unsure break with the suggested class", () => {
    const doc = detected();
    const toDOM = schema.nodes.scene.spec.toDOM!;
    const classes = Array.from({ length: doc.childCount }, (_, i) => {
      const spec = toDOM(doc.child(i)) as [string, { class: string }, number];
      return spec[1].class;
    });
    expect(classes).toEqual(["scene", "scene suggested", "scene"]);
  });

  it("saves the confidence in the sidecar and reads it back (1 when an old sidecar has none)", () => {
    const sidecar = JSON.parse(JSON.stringify(outlineSidecar(detected(), false)));
    const read = readOutlineSidecar(sidecar);
    expect(read.ok && read.value.scenes.map((s) => s.confidence)).toEqual([1, 0.6, 0.9]);
    delete sidecar.scenes[1].confidence;
    const old = readOutlineSidecar(sidecar);
    expect(old.ok && old.value.scenes[1]!.confidence).toBe(1);
  });
});

describe("regrouping found scenes", () => {
  it("keeps the writer's id, synopsis, status and edited title where a scene still starts", () => {
    const doc = textToDoc(text, [
      { firstParagraph: 0, lastParagraph: 1, attrs: { id: "a", title: "Old", synopsis: "s" } },
      {
        firstParagraph: 2,
        lastParagraph: 5,
        attrs: { id: "b", title: "Mine", titleEdited: true, status: "done" },
      },
    ]);
    const found = { pov: null, source: "detected" } as const;
    const again = regroupScenes(doc, [
      { ...found, firstParagraph: 0, lastParagraph: 1, title: "New" },
      { ...found, firstParagraph: 2, lastParagraph: 3, title: "Found" },
      { ...found, firstParagraph: 4, lastParagraph: 5, title: "Fresh" },
    ])!;
    const [a, b, c] = attrsOf(again);
    expect([a!.id, a!.title, a!.synopsis]).toEqual(["a", "New", "s"]);
    expect([b!.id, b!.title, b!.titleEdited, b!.status]).toEqual(["b", "Mine", true, "done"]);
    expect(c!.title).toBe("Fresh");
    expect([a!.id, b!.id]).not.toContain(c!.id);
  });
});
