import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import {
  markdownEmphasis,
  markdownEmphasisKey,
  showsEmphasis,
} from "../../../renderer/editor/markdown-emphasis";
import { textToDoc } from "../../../renderer/editor/story-doc";

const marked = "She was *very* tired.\n\n* * *\n\nThe _Times_ lay unread; 5 * 3 is fifteen.\n";

describe("which drafts show their emphasis marks as italics", () => {
  it("a Markdown draft always, a plain-text draft when it uses the marks", () => {
    expect(showsEmphasis("notes.md", textToDoc("No marks at all.\n"))).toBe(true);
    expect(showsEmphasis("draft.txt", textToDoc(marked))).toBe(true);
    expect(showsEmphasis("draft.txt", textToDoc("No marks; 5 * 3 and snake_case.\n"))).toBe(false);
    // A stray mark beside the one span: the marks may mean something else.
    expect(showsEmphasis("draft.txt", textToDoc("A *word* here.\n\nThe lawyer* spoke.\n"))).toBe(
      false,
    );
  });

  it("draws the spans of a plain-text draft that uses them, marks apart", () => {
    const state = EditorState.create({ doc: textToDoc(marked), plugins: [markdownEmphasis()] });
    const shown = markdownEmphasisKey
      .getState(state)!
      .find()
      .map((d) => state.doc.textBetween(d.from, d.to));
    expect(shown).toEqual(["*", "very", "*", "_", "Times", "_"]);
  });
});
