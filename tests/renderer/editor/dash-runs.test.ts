import { EditorState, TextSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { dashRuns, drawnDashRuns } from "../../../renderer/editor/dash-runs";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";

const STORY =
  "The letter came on the Tuesday--a thin grey envelope---and she read it -- twice.\n\nA rule: ----------\n\nNo dash here - or here.\n";

const opened = (text = STORY): EditorState =>
  EditorState.create({ doc: textToDoc(text), plugins: [dashRuns()] });

/** The text each run drawn whole covers, with the letters either side ("Tuesday|--|a"). */
function drawn(state: EditorState): string[] {
  return drawnDashRuns(state)
    .find()
    .map((d) => {
      const text = (from: number, to: number) => state.doc.textBetween(from, to);
      return `${text(d.from - 2, d.from)}|${text(d.from, d.to)}|${text(d.to, d.to + 2)}`;
    });
}

describe("a writer's dash drawn whole", () => {
  it("draws each run of two or three hyphens as one piece, not a longer rule or one hyphen", () => {
    expect(drawn(opened())).toEqual(["ay|--|a ", "pe|---|an", "t |--| t"]);
  });

  it("follows the writer's edits: a hyphen typed after a hyphen makes a dash, one deleted unmakes it", () => {
    let state = opened("One - two.\n");
    const at = 1 + "One -".length;
    state = state.apply(state.tr.insertText("-", at));
    expect(drawn(state)).toEqual(["e |--| t"]);
    state = state.apply(state.tr.delete(at, at + 1));
    expect(drawn(state)).toEqual([]);
    // The text is the writer's, hyphens as typed: nothing is drawn into it.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)).insertText("-"));
    expect(docToText(state.doc)).toBe("One -- two.\n");
  });
});
