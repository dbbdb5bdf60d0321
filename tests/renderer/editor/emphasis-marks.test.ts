import { EditorState } from "prosemirror-state";
import { describe, expect, it, vi } from "vitest";
import { usesEmphasisMarks } from "../../../core/export/emphasis";
import {
  emphasisDecorations,
  emphasisMarks,
  plainLabel,
  showsEmphasis,
} from "../../../renderer/editor/emphasis-marks";
import { textToDoc } from "../../../renderer/editor/story-doc";

const marked = "She was *very* tired.\n\n* * *\n\nThe _Times_ lay unread; 5 * 3 is fifteen.\n";

describe("which drafts show their emphasis marks as italics", () => {
  it("a Markdown draft always, a plain-text draft when it uses the marks", () => {
    expect(showsEmphasis("notes.md", textToDoc("No marks at all.\n"))).toBe(true);
    expect(showsEmphasis("draft.txt", textToDoc(marked))).toBe(true);
    // The text the story was read from answers the same.
    expect(showsEmphasis("draft.txt", marked)).toBe(true);
    expect(showsEmphasis("draft.txt", "A *word* here.\n\nThe lawyer* spoke.\n")).toBe(false);
    expect(showsEmphasis("draft.txt", textToDoc("No marks; 5 * 3 and snake_case.\n"))).toBe(false);
    // A stray mark beside the one span: the marks may mean something else.
    expect(showsEmphasis("draft.txt", textToDoc("A *word* here.\n\nThe lawyer* spoke.\n"))).toBe(
      false,
    );
  });

  const drawn = (state: EditorState): string[] =>
    emphasisDecorations(state)
      .find()
      .map((d) => state.doc.textBetween(d.from, d.to));
  /** A state for a plain-text draft, its plugin on as the app decides at open. */
  const opened = (text: string, usesMarks = usesEmphasisMarks): EditorState => {
    const doc = textToDoc(text);
    return EditorState.create({
      doc,
      plugins: [emphasisMarks(showsEmphasis("d.txt", doc), usesMarks)],
    });
  };
  /** Types `text` at the end of the first paragraph. */
  const typed = (state: EditorState, text: string): EditorState => {
    const end = state.doc.firstChild!.firstChild!.nodeSize; // scene > paragraph
    return state.apply(state.tr.insertText(text, end));
  };

  it("draws the spans of a plain-text draft that uses them, marks apart", () => {
    expect(drawn(opened(marked))).toEqual(["*", "very", "*", "_", "Times", "_"]);
  });

  it("draws a Markdown draft's **bold** in bold, its marks apart, and a plain-text one's as typed", () => {
    const text = "And **nobody** said, __not *one*__ of them.\n\nA sum: 2 ** 3.\n";
    // The bold pieces carry `{ bold: true }` in their spec.
    const boldIn = (state: EditorState): string[] =>
      emphasisDecorations(state)
        .find(undefined, undefined, (spec) => spec.bold === true)
        .map((d) => state.doc.textBetween(d.from, d.to));
    const md = EditorState.create({
      doc: textToDoc(text),
      plugins: [emphasisMarks(true, usesEmphasisMarks, true)],
    });
    expect(boldIn(md)).toEqual(["**", "nobody", "**", "__", "not *one*", "__"]);
    expect(drawn(md)).toContain("one");
    const typedBold = md.apply(
      md.tr.insertText(" **Yes**", md.doc.firstChild!.firstChild!.nodeSize),
    );
    expect(boldIn(typedBold)).toContain("Yes");
    expect(boldIn(opened(text))).toEqual([]);
  });

  it("draws a Markdown draft's bold italics as its exports read them: ***x***, *a **b** c*", () => {
    const md = EditorState.create({
      doc: textToDoc("She ***never*** came.\n\n*She said **no**, twice.*\n"),
      plugins: [emphasisMarks(true, usesEmphasisMarks, true)],
    });
    const italic = emphasisDecorations(md)
      .find(undefined, undefined, (spec) => spec.bold !== true)
      .map((d) => md.doc.textBetween(d.from, d.to));
    expect(italic).toEqual(["*", "never", "*", "*", "She said **no**, twice.", "*"]);
  });

  it("starts drawing once the writer types a plain-text draft's first *word*, and keeps on", () => {
    let state = opened("She was tired.\n\nHe left.\n");
    expect(drawn(state)).toEqual([]);
    state = typed(state, " So *very");
    expect(drawn(state)).toEqual([]);
    state = typed(state, "* tired.");
    expect(drawn(state)).toEqual(["*", "very", "*"]);
    // Half typed, the next span's opening mark is a stray one: the italics stay, not flicker.
    state = typed(state, " And *so");
    expect(drawn(state)).toEqual(["*", "very", "*"]);
  });

  it("gives labels from the text without their marks only while the story shows italics", () => {
    const title = "*Never* again, _she_ said; 5 * 3";
    expect(plainLabel(opened(marked), title)).toBe("Never again, she said; 5 * 3");
    const plain = opened("She was tired.\n\nThe lawyer* spoke.\n");
    expect(plainLabel(plain, title)).toBe(title);
    // Turned on by the writer's first span, as the italics are.
    expect(plainLabel(typed(opened("She was tired.\n"), " So *very* tired."), title)).toBe(
      "Never again, she said; 5 * 3",
    );
  });

  // Seen in the outline: a scene's title is its opening's first words, and the cut can fall
  // inside a span ("had never trusted the _Harbour").
  it("drops the opening mark of a span a label's cut left without its closing one", () => {
    const state = opened(marked);
    expect(plainLabel(state, "Mara had *never* trusted the _Harbour")).toBe(
      "Mara had never trusted the Harbour",
    );
    expect(plainLabel(state, "Mara read the *Harbour Gazette…")).toBe(
      "Mara read the Harbour Gazette…",
    );
    expect(plainLabel(state, "Two * three")).toBe("Two * three");
  });

  it("does not start when stray marks elsewhere leave the reading unsure", () => {
    let state = opened("She was tired.\n\nThe lawyer* spoke.\n");
    state = typed(state, " So *very* tired.");
    expect(drawn(state)).toEqual([]);
  });

  it("reads the whole story only for an edit that makes a new span, not for each keystroke", () => {
    // A span beside a stray mark: off, and every paragraph holding the span stays so.
    // The real reading, counted (not a module mock: unit files share one module graph).
    const storyReads = vi.fn(usesEmphasisMarks);
    let state = opened("She was *very* tired.\n\nThe lawyer* spoke.\n", storyReads);
    state = typed(state, " Then");
    state = typed(state, " *she");
    expect(storyReads).not.toHaveBeenCalled();
    state = typed(state, "* left.");
    expect(storyReads).toHaveBeenCalledTimes(1);
    expect(drawn(state)).toEqual([]);
  });
});
