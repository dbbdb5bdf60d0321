import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { chapterHeadingAt, renameChapter } from "../../../renderer/outline/chapter-rename";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";

/** A story whose scenes start at `firsts`, the text's paragraphs as written. */
function storyState(text: string, firsts: readonly number[], count: number): EditorState {
  const layout = firsts.map((first, k) => ({
    firstParagraph: first,
    lastParagraph: (firsts[k + 1] ?? count) - 1,
    attrs: {},
  }));
  return EditorState.create({ doc: textToDoc(text, layout) });
}

describe("renaming a chapter", () => {
  it("edits the heading that opens the chapter's first scene", () => {
    const state = storyState("Chapter 1: Old\n\nA.\n\nChapter 2\n\nB.\n", [0, 2], 4);
    let next = state;
    expect(renameChapter(1, "New", false)(state, (tr) => (next = state.apply(tr)))).toBe(true);
    expect(docToText(next.doc)).toBe("Chapter 1: Old\n\nA.\n\nChapter 2: New\n\nB.\n");
  });

  it("edits the chapter's own heading under a part's heading and title, not the part's", () => {
    // One chapter opens with the stack (core/chapters.ts, `ChapterHeading`).
    const text = "PART ONE\n\nTHE WINTER\n\nChapter 1: Old\n\nA.\n\nChapter 2\n\nB.\n";
    const state = storyState(text, [0, 4], 6);
    expect(chapterHeadingAt(state.doc, 0)?.text).toBe("Chapter 1: Old");
    let next = state;
    expect(renameChapter(0, "Snow", false)(state, (tr) => (next = state.apply(tr)))).toBe(true);
    expect(docToText(next.doc)).toBe(
      "PART ONE\n\nTHE WINTER\n\nChapter 1: Snow\n\nA.\n\nChapter 2\n\nB.\n",
    );
  });
});
