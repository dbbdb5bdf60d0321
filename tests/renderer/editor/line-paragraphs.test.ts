/**
 * The editor's Separate Paragraphs edit on its own (the e2e test drives it through the notice
 * and the menus): what it changes, where it leaves the caret, and that it is an undo step of
 * its own, never merged with the typing just before it.
 */
import { describe, expect, it } from "vitest";
import { history, undo, undoDepth } from "prosemirror-history";
import { EditorState, TextSelection, type Transaction } from "prosemirror-state";
import { separateLineParagraphs } from "../../../core/text/line-paragraphs";
import { withLfLineEnds } from "../../../core/text/line-ends";
import { separateParagraphs, useLfLineEnds } from "../../../renderer/editor/line-paragraphs";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";

const LINES = "\uFEFF\tOne.\r\n\tTwo.\r\n* * *\r\n\tThree.\r\n";

function stateOf(text: string): EditorState {
  return EditorState.create({ doc: textToDoc(text), plugins: [history()] });
}

/** Runs `command` and gives back the state it dispatched, or null when it dispatched nothing. */
function applied(
  state: EditorState,
  command: (s: EditorState, d: (tr: Transaction) => void) => boolean,
): EditorState | null {
  let next: EditorState | null = null;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
}

describe("separateParagraphs", () => {
  it("does not apply, and dispatches nothing, when no paragraph holds a line break", () => {
    const state = stateOf("One.\n\nTwo.\n\n* * *\n\nThree.\n");
    expect(separateParagraphs(state)).toBe(false);
    expect(applied(state, separateParagraphs)).toBeNull();
  });

  it("writes the core's separation in the file's conventions, caret at the story's start", () => {
    const state = stateOf(LINES);
    expect(separateParagraphs(state)).toBe(true);
    const next = applied(state, separateParagraphs)!;
    expect(docToText(next.doc)).toBe(separateLineParagraphs(LINES));
    expect(docToText(next.doc)).toBe("\uFEFF\tOne.\r\n\r\n\tTwo.\r\n\r\n* * *\r\n\r\n\tThree.\r\n");
    // 2: inside the first scene's first paragraph, before its tab.
    expect([next.selection.from, next.selection.to]).toEqual([2, 2]);
  });

  it("is one undo step of its own: Undo keeps the word typed just before it", () => {
    let state = stateOf(LINES);
    const end = state.doc.content.size - 2;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
    state = state.apply(state.tr.insertText(" Four."));
    expect(undoDepth(state)).toBe(1);
    state = applied(state, separateParagraphs)!;
    expect(undoDepth(state)).toBe(2);
    state = applied(state, undo)!;
    expect(docToText(state.doc)).toBe(LINES.replace("Three.", "Three. Four."));
  });
});

describe("useLfLineEnds", () => {
  const MAC = "Chapter One\r\r\u201cLate,\u201d she said.\r\r* * *\r\rThe next morning.\r";

  it("does not apply to a file with LF or CRLF line ends", () => {
    expect(useLfLineEnds(stateOf(LINES))).toBe(false);
    expect(useLfLineEnds(stateOf("One.\n\nTwo.\n"))).toBe(false);
  });

  it("makes a classic Mac file's line ends LF: its paragraphs and break are read, one undo step", () => {
    const state = stateOf(MAC);
    expect(state.doc.childCount).toBe(1);
    const next = applied(state, useLfLineEnds)!;
    expect(docToText(next.doc)).toBe(withLfLineEnds(MAC));
    expect(textToDoc(docToText(next.doc)).childCount).toBeGreaterThan(1);
    expect(docToText(applied(next, undo)!.doc)).toBe(MAC);
  });

  it("converts a classic Mac file with CRLF lines at its end: those stay CRLF, undo restores all", () => {
    const mixed = "One.\r\rTwo.\r\r* * *\r\rThree.\r\n\r\nFour.\r\n";
    const next = applied(stateOf(mixed), useLfLineEnds)!;
    expect(docToText(next.doc)).toBe("One.\n\nTwo.\n\n* * *\n\nThree.\r\n\r\nFour.\r\n");
    expect(docToText(applied(next, undo)!.doc)).toBe(mixed);
  });
});
