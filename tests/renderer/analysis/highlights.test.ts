import type { Node as PMNode } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { InlineRunner } from "../../../renderer/analysis/inline-runner";
import { analysis, analysisKey } from "../../../renderer/analysis/plugin";
import {
  blockEdge,
  highlights,
  highlightsKey,
  type ClassifySpec,
} from "../../../renderer/analysis/highlights";
import { textToDoc } from "../../../renderer/editor/story-doc";
import { analysed } from "../../support/analysed";

/** Every block of the document with its start and end positions, in order. */
function blocks(doc: PMNode): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  doc.forEach((scene, scenePos) =>
    scene.forEach((block, offset) => {
      const from = scenePos + 1 + offset;
      out.push({ text: block.textContent, from, to: from + block.nodeSize });
    }),
  );
  return out;
}

describe("the paint window's block edges", () => {
  const doc = textToDoc("Alpha.\n\nBravo.\n\n* * *\n\nCharlie.\n\nDelta.\n\nEcho.\n");
  const all = blocks(doc);
  const at = (text: string): (typeof all)[number] => all.find((b) => b.text === text)!;

  it("widens by whole blocks, across scene boundaries", () => {
    expect(doc.childCount).toBe(2);
    const inCharlie = at("Charlie.").from + 3;
    expect(blockEdge(doc, inCharlie, -1)).toBe(all[all.indexOf(at("Charlie.")) - 1]!.from);
    expect(blockEdge(doc, inCharlie, -2)).toBe(at("Bravo.").from);
    expect(blockEdge(doc, at("Bravo.").from + 1, 2)).toBe(at("Charlie.").to);
  });

  it("stops at the ends of the document", () => {
    expect(blockEdge(doc, at("Bravo.").from, -10)).toBe(at("Alpha.").from);
    expect(blockEdge(doc, at("Delta.").from, 10)).toBe(at("Echo.").to);
    expect(blockEdge(doc, 0, -1)).toBe(at("Alpha.").from);
    expect(blockEdge(doc, doc.content.size, 1)).toBe(at("Echo.").to);
  });

  it("with no margin, gives either edge of the block it starts in", () => {
    const echo = at("Echo.");
    expect(blockEdge(doc, echo.from + 2, 0, "start")).toBe(echo.from);
    expect(blockEdge(doc, echo.from + 2, 0, "end")).toBe(echo.to);
  });
});

describe("the highlights plugin state", () => {
  const story = [
    'Nigel leaned on the bar. "I guess I\'m gonna need another pint," Nigel said.',
    "Across the room, Becky laughed.",
    '"Bloody hell," Becky said. "You\'re gonna be sick."',
  ].join("\n\n");

  /** Notes as dw-note-KIND, mentions as dw-cast-NAME; quotes and speakers are not drawn. */
  const classify: ClassifySpec = (spec) =>
    spec.type === "note"
      ? `dw-note-${spec.note.kind}`
      : spec.type === "mention"
        ? `dw-cast-${spec.character}`
        : null;

  function analysedState(): EditorState {
    const state = EditorState.create({
      doc: textToDoc(story),
      plugins: [analysis(new InlineRunner()), highlights(classify)],
    });
    const version = analysisKey.getState(state)!.version;
    return state.apply(state.tr.setMeta(analysisKey, { version, analysis: analysed(story) }));
  }

  /** What is drawn: "class:text" for each decoration, in document order. */
  function drawn(state: EditorState): string[] {
    return highlightsKey
      .getState(state)!
      .set.find()
      .sort((a, b) => a.from - b.from)
      .map((d) => `${(d.spec as { mark: string }).mark}:${state.doc.textBetween(d.from, d.to)}`);
  }

  const redraw = (state: EditorState, from: number, to: number): EditorState =>
    state.apply(state.tr.setMeta(highlightsKey, { window: { from, to } }));

  it("draws nothing until it knows which part of the story is on screen", () => {
    const state = analysedState();
    expect(analysisKey.getState(state)!.analysis).not.toBeNull();
    expect(drawn(state)).toEqual([]);
  });

  it("draws the marks inside its window only, each with its class", () => {
    const all = blocks(analysedState().doc);
    const state = redraw(analysedState(), all[0]!.from, all[0]!.to);
    expect(drawn(state)).toEqual([
      "dw-cast-Nigel:Nigel",
      "dw-note-voice:I guess",
      "dw-note-voice:gonna",
      "dw-cast-Nigel:Nigel",
    ]);
    const last = all.at(-1)!;
    expect(drawn(redraw(state, last.from, last.to))).toEqual([
      "dw-note-voice:Bloody hell",
      "dw-cast-Becky:Becky",
    ]);
  });

  it("keeps marks on their words through an edit elsewhere, and redraws on request", () => {
    const whole = analysedState().doc.content.size;
    let state = redraw(analysedState(), 0, whole);
    const before = drawn(state);
    state = state.apply(state.tr.insertText("Late that night, ", 2));
    expect(drawn(state)).toEqual(before);
    expect(highlightsKey.getState(state)!.window.to).toBe(whole + "Late that night, ".length);
    expect(drawn(redraw(state, 0, state.doc.content.size))).toEqual(before);
  });

  it("redraws at once when a new result arrives, in the window it already had", () => {
    let state = redraw(analysedState(), 0, analysedState().doc.content.size);
    const gonna = state.doc.textContent.indexOf("gonna");
    state = state.apply(state.tr.insertText("going to", gonna + 2, gonna + 2 + "gonna".length));
    const text = state.doc.textBetween(0, state.doc.content.size, "\n\n");
    const version = analysisKey.getState(state)!.version;
    state = state.apply(state.tr.setMeta(analysisKey, { version, analysis: analysed(text) }));
    expect(drawn(state)).not.toContain("dw-note-voice:gonna");
    expect(drawn(state)).toContain("dw-note-voice:Bloody hell");
  });
});
