import { history, undo, undoDepth } from "prosemirror-history";
import { EditorState, TextSelection, type Transaction } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import {
  countMatches,
  emptyFind,
  find,
  findNext,
  invalidRegexp,
  replaceAll,
  setFind,
  type FindOptions,
} from "../../../renderer/plugins/find";
import { docToText, textToDoc } from "../../../renderer/story-doc";

const text =
  "The Bell rang.\n\nA bell, a bellows, the BELL again.\n\n* * *\n\nNo bells here? One bell.\n";

function stateWith(options: Partial<FindOptions>): EditorState {
  let state = EditorState.create({ doc: textToDoc(text), plugins: [find(), history()] });
  setFind({ ...emptyFind, ...options })(state, (tr: Transaction) => (state = state.apply(tr)));
  return state;
}
const run = (state: EditorState, command: typeof replaceAll): EditorState => {
  let next = state;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
};

describe("find across the story", () => {
  it("counts matches in every scene, case-insensitively by default", () => {
    expect(countMatches(stateWith({ search: "bell" })).total).toBe(6);
    expect(countMatches(stateWith({ search: "bell", caseSensitive: true })).total).toBe(4);
    expect(countMatches(stateWith({ search: "bell", wholeWord: true })).total).toBe(4);
    expect(countMatches(stateWith({ search: "bell(s|ows)", regexp: true })).total).toBe(2);
    expect(countMatches(stateWith({ search: "" })).total).toBe(0);
  });

  it("caps counting at a limit", () => {
    expect(countMatches(stateWith({ search: "e" }), 3)).toEqual({
      total: 3,
      current: 0,
      capped: true,
    });
  });

  it("reports which match the selection is on after find next", () => {
    const state = run(stateWith({ search: "bell", wholeWord: true }), findNext);
    expect(countMatches(state).current).toBe(1);
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe("Bell");
  });

  it("flags a regular expression that does not compile", () => {
    expect(invalidRegexp({ ...emptyFind, search: "(a", regexp: true })).toBe(true);
    expect(invalidRegexp({ ...emptyFind, search: "(a", regexp: false })).toBe(false);
    expect(countMatches(stateWith({ search: "(a", regexp: true })).total).toBe(0);
  });

  it("replaces all whole-word matches, keeping case-distinct words, and one undo restores the text", () => {
    let state = stateWith({ search: "bell", wholeWord: true, replace: "gong" });
    // A preceding edit, so replace-all must not merge into its undo step.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1)).insertText("X"));
    const before = docToText(state.doc);
    state = run(state, replaceAll);
    expect(docToText(state.doc)).toBe(before.replace(/\bbell\b/gi, "gong"));
    expect(docToText(state.doc)).toContain("bellows");
    expect(undoDepth(state)).toBe(2);
    undo(state, (tr) => (state = state.apply(tr)));
    expect(docToText(state.doc)).toBe(before);
  });
});
