import { EditorState, TextSelection } from "prosemirror-state";
import { splitBlock } from "prosemirror-commands";
import { describe, expect, it } from "vitest";
import { ParagraphLayer } from "../../../renderer/analysis/paragraph-layer";
import { textToDoc } from "../../../renderer/editor/story-doc";

type Spec = { name: string };
const text = "Maud saw Tobias.\n\nThe rain kept on.\n\nTobias waved at Maud.\n";

/** A layer marking every "Maud" and "Tobias" in the document, as a result would. */
function layerFor(state: EditorState): ParagraphLayer<Spec> {
  const blocks: import("prosemirror-model").Node[] = [];
  state.doc.descendants((node) => {
    if (node.isTextblock) blocks.push(node);
    return !node.isTextblock;
  });
  return ParagraphLayer.build<Spec>(blocks, (i) =>
    [...blocks[i]!.textContent.matchAll(/Maud|Tobias/g)].map((m) => ({
      from: m.index,
      to: m.index + m[0].length,
      spec: { name: m[0] },
    })),
  );
}

const words = (state: EditorState, layer: ParagraphLayer<Spec>): string[] =>
  layer
    .find(state.doc, 0, state.doc.content.size)
    .map((item) => `${item.spec.name}=${state.doc.textBetween(item.from, item.to)}`);

describe("the paragraph layer", () => {
  it("places each paragraph's items at their words", () => {
    const state = EditorState.create({ doc: textToDoc(text) });
    expect(words(state, layerFor(state))).toEqual([
      "Maud=Maud",
      "Tobias=Tobias",
      "Tobias=Tobias",
      "Maud=Maud",
    ]);
  });

  it("keeps items on their words when text is typed before them in the same paragraph", () => {
    let state = EditorState.create({ doc: textToDoc(text) });
    let layer = layerFor(state);
    const lastStart = layer.find(state.doc, 0, state.doc.content.size)[2]!.from;
    const tr = state.tr.insertText("Late, ", lastStart);
    state = state.apply(tr);
    layer = layer.map(tr);
    expect(state.doc.textBetween(lastStart, lastStart + 12)).toBe("Late, Tobias");
    expect(words(state, layer)).toEqual([
      "Maud=Maud",
      "Tobias=Tobias",
      "Tobias=Tobias",
      "Maud=Maud",
    ]);
  });

  it("maps into a new layer and leaves the earlier one as it was (states stay immutable)", () => {
    const before = EditorState.create({ doc: textToDoc(text) });
    const layer = layerFor(before);
    const lastStart = layer.find(before.doc, 0, before.doc.content.size)[2]!.from;
    const tr = before.tr.insertText("Late, ", lastStart);
    const after = before.apply(tr);
    const mapped = layer.map(tr);
    expect(mapped).not.toBe(layer);
    expect(words(after, mapped)).toEqual([
      "Maud=Maud",
      "Tobias=Tobias",
      "Tobias=Tobias",
      "Maud=Maud",
    ]);
    // The earlier layer knows nothing of the edited paragraph's new node, and still answers
    // for its own document.
    expect(words(after, layer)).toEqual(["Maud=Maud", "Tobias=Tobias"]);
    expect(words(before, layer)).toEqual([
      "Maud=Maud",
      "Tobias=Tobias",
      "Tobias=Tobias",
      "Maud=Maud",
    ]);
  });

  it("drops an item whose word was typed over, and follows a paragraph split in two", () => {
    let state = EditorState.create({ doc: textToDoc(text) });
    let layer = layerFor(state);
    const first = layer.find(state.doc, 0, state.doc.content.size)[0]!;
    let tr = state.tr.insertText("Ann", first.from, first.to);
    state = state.apply(tr);
    layer = layer.map(tr);
    expect(words(state, layer)[0]).toBe("Tobias=Tobias");

    const tobias = layer.find(state.doc, 0, state.doc.content.size)[0]!;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, tobias.from - 1)));
    splitBlock(state, (t) => {
      tr = t;
    });
    state = state.apply(tr);
    layer = layer.map(tr);
    expect(state.doc.child(0).childCount).toBe(4);
    expect(words(state, layer)).toEqual(["Tobias=Tobias", "Tobias=Tobias", "Maud=Maud"]);
  });

  it("finds the items at a position and the first item that passes a test", () => {
    const state = EditorState.create({ doc: textToDoc(text) });
    const layer = layerFor(state);
    const maud = layer.find(state.doc, 0, state.doc.content.size)[0]!;
    expect(layer.at(state.doc, maud.from + 2)).toEqual([{ name: "Maud" }]);
    expect(layer.at(state.doc, maud.to + 3)).toEqual([]);
    const last = layer.locate(state.doc, (spec) => spec.name === "Maud" && false);
    expect(last).toBeNull();
    const tobias = layer.locate(state.doc, (spec) => spec.name === "Tobias")!;
    expect(state.doc.textBetween(tobias.from, tobias.to)).toBe("Tobias");
  });
});
