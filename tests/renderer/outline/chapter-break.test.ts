import { describe, expect, it } from "vitest";
import { EditorState, TextSelection } from "prosemirror-state";
import { addChapterBreak, nextHeading } from "../../../renderer/outline/chapter-break";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";

describe("the next chapter heading, in the draft's own style", () => {
  it("numbers one past the nearest heading before the caret, in its number form and case", () => {
    expect(nextHeading(["Chapter 1", "Chapter 2: The Bronze"], [], false)).toBe("Chapter 3");
    expect(nextHeading(["CHAPTER XII"], [], false)).toBe("CHAPTER XIII");
    expect(nextHeading(["Chapter Three: Home"], [], false)).toBe("Chapter Four");
    expect(nextHeading(["Prologue", "Part iv"], [], false)).toBe("Part v");
  });
  it("follows the next heading's style when none comes before, and Markdown's marks", () => {
    expect(nextHeading([], ["Chapter 2", "Chapter 3"], false)).toBe("Chapter 1");
    expect(nextHeading(["## Chapter 7"], [], true)).toBe("## Chapter 8");
    expect(nextHeading(["# The Bronze"], [], true)).toBe("# Chapter 1");
    expect(nextHeading([], [], true)).toBe("# Chapter 1");
    expect(nextHeading(["Prologue"], [], false)).toBe("Chapter 1");
  });
});

describe("adding a chapter break at the caret", () => {
  const text = "Chapter 1\n\nFirst para here.\n\nSecond para there.\n";
  function stateAt(find: string, offset: number): EditorState {
    const doc = textToDoc(text);
    let pos = -1;
    doc.descendants((node, at) => {
      if (node.isText && node.text!.includes(find)) pos = at + node.text!.indexOf(find) + offset;
    });
    return EditorState.create({ doc, selection: TextSelection.create(doc, pos) });
  }

  it("splits the paragraph and the scene at the caret, the heading opening the new scene", () => {
    let state = stateAt("Second", "Second ".length);
    addChapterBreak(false)(state, (tr) => (state = state.apply(tr)));
    expect(docToText(state.doc)).toBe(
      "Chapter 1\n\nFirst para here.\n\nSecond \n\nChapter 2\n\npara there.\n",
    );
    expect(state.doc.childCount).toBe(2);
    expect(state.doc.child(1).firstChild!.textContent).toBe("Chapter 2");
    expect(state.selection.$head.parent.textContent).toBe("Chapter 2");
  });

  it("at a paragraph's start, puts the heading before it whole", () => {
    let state = stateAt("Second", 0);
    addChapterBreak(false)(state, (tr) => (state = state.apply(tr)));
    expect(docToText(state.doc)).toBe(
      "Chapter 1\n\nFirst para here.\n\nChapter 2\n\nSecond para there.\n",
    );
  });
});
