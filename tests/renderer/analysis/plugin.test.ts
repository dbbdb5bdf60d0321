import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import {
  analysis,
  analysisAt,
  analysisKey,
  blockOffsetToPos,
} from "../../../renderer/analysis/plugin";
import { InlineRunner } from "../../../renderer/analysis/inline-runner";
import { blocksOf, diffBlocks } from "../../../renderer/analysis/sync";
import { markTextKept } from "../../../renderer/editor/same-text";
import { SettingsStep } from "../../../renderer/analysis/writer-settings";
import { textToDoc } from "../../../renderer/editor/story-doc";
import { analysed } from "../../support/analysed";

const story = [
  'Nigel leaned on the bar. "I guess I\'m gonna need another pint, mate," Nigel said.',
  "Across the room, Becky laughed.",
  '"Bloody hell," Becky said. "You\'re gonna be sick."',
].join("\n\n");

function stateWith(text: string) {
  return EditorState.create({ doc: textToDoc(text), plugins: [analysis(new InlineRunner())] });
}

describe("analysis plugin state", () => {
  it("places a result for the current version at the right words", () => {
    let state = stateWith(story);
    const version = analysisKey.getState(state)!.version;
    state = state.apply(state.tr.setMeta(analysisKey, { version, analysis: analysed(story) }));
    const value = analysisKey.getState(state)!;
    expect(value.stale).toBe(false);
    const voice = value.notesIn(state.doc).filter((d) => d.spec.note.kind === "voice");
    const words = voice.map((d) => state.doc.textBetween(d.from, d.to));
    // Nigel is British: his "I guess" and "gonna" are flagged; Becky is American: her "Bloody hell" is, her "gonna" is not.
    expect(words).toEqual(["I guess", "gonna", "Bloody hell"]);
  });

  it("drops a result computed for an older document", () => {
    let state = stateWith(story);
    const version = analysisKey.getState(state)!.version;
    state = state.apply(state.tr.insertText("Well. ", 2));
    state = state.apply(state.tr.setMeta(analysisKey, { version, analysis: analysed(story) }));
    expect(analysisKey.getState(state)!.analysis).toBeNull();
    expect(analysisKey.getState(state)!.stale).toBe(true);
  });

  it("keeps a result current through a speaker correction, which changes no text", () => {
    let state = stateWith(story);
    const version = analysisKey.getState(state)!.version;
    state = state.apply(state.tr.setMeta(analysisKey, { version, analysis: analysed(story) }));
    const line = { paragraph: "p", quote: "Bloody hell," };
    const cast = { characters: [], corrections: [{ ...line, speaker: "Nigel" }], dismissed: [] };
    state = state.apply(state.tr.step(new SettingsStep({}, { cast })));
    expect(analysisKey.getState(state)!.version).toBe(version);
    expect(analysisKey.getState(state)!.stale).toBe(false);
  });

  it("maps underlines through edits so they stay on their words", () => {
    let state = stateWith(story);
    const version = analysisKey.getState(state)!.version;
    state = state.apply(state.tr.setMeta(analysisKey, { version, analysis: analysed(story) }));
    state = state.apply(state.tr.insertText("Late that night, ", 2));
    const gonna = analysisKey
      .getState(state)!
      .notesIn(state.doc)
      .filter((d) => d.spec.note.text === "gonna");
    expect(gonna.map((d) => state.doc.textBetween(d.from, d.to))).toEqual(["gonna"]);
    expect(analysisAt(state, gonna[0]!.from + 1).some((s) => s.type === "note")).toBe(true);
  });
});

describe("when a change is sent to the worker", () => {
  it("at once for scenes regrouped around the same text; after the typing pause for an edit", () => {
    let state = stateWith(story);
    const doc = state.doc;
    // A regroup makes new scene nodes around the same paragraphs (outline/layout.ts).
    const scene = doc.firstChild!;
    const regroup = state.tr.replaceWith(0, doc.content.size, scene.copy(scene.content));
    state = state.apply(markTextKept(regroup));
    expect(analysisKey.getState(state)!.textKept).toBe(true);
    expect(analysisKey.getState(state)!.stale).toBe(true);
    state = state.apply(state.tr.insertText("Well. ", 2));
    expect(analysisKey.getState(state)!.textKept).toBe(false);
  });

  it("not at all for a replacement that leaves the very same node: the result still fits", () => {
    let state = stateWith(story);
    const version = analysisKey.getState(state)!.version;
    state = state.apply(state.tr.setMeta(analysisKey, { version, analysis: analysed(story) }));
    const doc = state.doc;
    const same = markTextKept(state.tr.replaceWith(0, doc.content.size, doc.content));
    expect(same.doc).toBe(doc);
    state = state.apply(same);
    // The view sends only for a new document: a new version here would wait for no answer.
    expect(analysisKey.getState(state)!.version).toBe(version);
    expect(analysisKey.getState(state)!.stale).toBe(false);
  });
});

describe("paragraph sync", () => {
  it("finds the one changed paragraph by node identity", () => {
    const state = stateWith(story);
    const after = state.apply(state.tr.insertText("!", 5));
    expect(diffBlocks(blocksOf(state.doc), blocksOf(after.doc), "\n")).toEqual({
      start: 0,
      deleteCount: 1,
      insert: [expect.stringContaining("Nigel")],
    });
    expect(diffBlocks(blocksOf(state.doc), blocksOf(state.doc), "\n")).toBeNull();
  });

  it("maps offsets across inner line breaks of either ending", () => {
    const doc = textToDoc("ab\r\ncd");
    const block = doc.firstChild!.firstChild!;
    expect(
      doc.textBetween(blockOffsetToPos(block, 1, 4, "\n"), blockOffsetToPos(block, 1, 6, "\n")),
    ).toBe("cd");
  });
});

describe("speaker marks", () => {
  /** The text each speaker mark covers, in order. */
  function speakerMarks(text: string): string[] {
    let state = stateWith(text);
    const version = analysisKey.getState(state)!.version;
    state = state.apply(state.tr.setMeta(analysisKey, { version, analysis: analysed(text) }));
    return analysisKey
      .getState(state)!
      .rangesIn(state.doc, 0, state.doc.content.size)
      .filter((r) => r.spec.type === "speaker")
      .map((r) => state.doc.textBetween(r.from, r.to));
  }

  it("colour a line's opening quote mark", () => {
    expect(speakerMarks('"Another pint," Nigel said.')).toEqual(['"']);
  });

  // Found on a writer's day: in dash dialogue the mark fell on the space after the dash, so no
  // line of the story showed its speaker's colour.
  it("colour a speech dash, not the space after it", () => {
    const text = [
      "— Another pint, said Nigel.",
      "— Not for me, said Becky.",
      "— Are you sure? Nigel said.",
    ].join("\n\n");
    expect(speakerMarks(text)).toEqual(["—", "—", "—"]);
  });
});
