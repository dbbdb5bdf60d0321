import { describe, expect, it } from "vitest";
import { splitBlock } from "prosemirror-commands";
import { history, undo } from "prosemirror-history";
import { EditorState, TextSelection, type Command } from "prosemirror-state";
import { typedBreaks } from "../../../renderer/outline/typed-breaks";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";

/**
 * A writer with the caret at `caret` in `text` (its end by default), typing as the editor would
 * apply the keys.
 */
function writer(text: string, caret?: number) {
  const doc = textToDoc(text);
  let state = EditorState.create({
    doc,
    selection: caret === undefined ? TextSelection.atEnd(doc) : TextSelection.create(doc, caret),
    plugins: [typedBreaks(), history()],
  });
  const run = (command: Command): void => void command(state, (tr) => (state = state.apply(tr)));
  return {
    get state() {
      return state;
    },
    type: (words: string) => run((s, dispatch) => (dispatch?.(s.tr.insertText(words)), true)),
    enter: () => run(splitBlock),
    undo: () => run(undo),
    /** Moves the caret to the story's end, as a click away from the line would. */
    clickAway: () =>
      run((s, dispatch) => (dispatch?.(s.tr.setSelection(TextSelection.atEnd(s.doc))), true)),
  };
}

const sceneOpenings = (state: EditorState): string[] => {
  const out: string[] = [];
  state.doc.forEach((scene) => out.push(scene.firstChild!.type.name));
  return out;
};

describe("a scene-break line the writer types", () => {
  it("opens a new scene once the writer leaves the line, as the file reads it when opened again", () => {
    const w = writer("One.\n\nTwo.\n");
    w.enter();
    w.type("* * *");
    expect(w.state.doc.childCount).toBe(1);
    w.enter();
    w.type("Three.");
    expect(sceneOpenings(w.state)).toEqual(["paragraph", "scene_break"]);
    expect(w.state.doc.child(1).attrs.source).toBe("marker");
    expect(w.state.doc.child(0).attrs.id).not.toBe(w.state.doc.child(1).attrs.id);
    expect(docToText(w.state.doc)).toBe("One.\n\nTwo.\n\n* * *\n\nThree.\n");
    expect(w.state.selection.$head.parent.textContent).toBe("Three.");
  });

  it("leaves a line that only starts like a marker, and undoes with the typing", () => {
    const w = writer("One.\n\nTwo.\n");
    w.enter();
    w.type("* * * and more");
    w.enter();
    expect(w.state.doc.childCount).toBe(1);
    w.undo();
    const again = writer("One.\n\nTwo.\n");
    again.enter();
    again.type("~~~");
    again.enter();
    expect(sceneOpenings(again.state)).toEqual(["paragraph", "scene_break"]);
    again.undo();
    expect(docToText(again.state.doc)).toBe("One.\n\nTwo.\n");
    expect(again.state.doc.childCount).toBe(1);
  });

  it("keeps the caret on the line after a marker typed mid-scene, before another scene", () => {
    const w = writer("One.\n\nTwo.\n\n* * *\n\nFour.\n", 6); // the end of "One."
    w.enter();
    w.type("* * *");
    w.enter();
    w.type("Three.");
    const state = w.state;
    expect(sceneOpenings(state)).toEqual(["paragraph", "scene_break", "scene_break"]);
    expect(docToText(state.doc)).toBe("One.\n\n* * *\n\nThree.\n\nTwo.\n\n* * *\n\nFour.\n");
  });

  it("opens the scene when the writer clicks away from the typed line", () => {
    const w = writer("One.\n\nTwo.\n", 6); // the end of "One."
    w.enter();
    w.type("* * *");
    expect(w.state.doc.childCount).toBe(1);
    w.clickAway();
    expect(sceneOpenings(w.state)).toEqual(["paragraph", "scene_break"]);
    expect(docToText(w.state.doc)).toBe("One.\n\n* * *\n\nTwo.\n");
    expect(w.state.selection.$head.parent.textContent).toBe("Two.");
    w.undo();
    expect(docToText(w.state.doc)).toBe("One.\n\nTwo.\n");
    expect(w.state.doc.childCount).toBe(1);
  });

  it("makes a marker typed above a scene's first paragraph that scene's own", () => {
    const doc = textToDoc("One.\n\nTwo.\n");
    // The caret at the start of "One.": Enter opens an empty line above, the marker goes there.
    let state = EditorState.create({
      doc,
      selection: TextSelection.create(doc, 2),
      plugins: [typedBreaks(), history()],
    });
    splitBlock(state, (tr) => (state = state.apply(tr)));
    state = state.apply(state.tr.insertText("* * *", 2));
    expect(sceneOpenings(state)).toEqual(["scene_break"]);
    expect(docToText(state.doc)).toBe("* * *\n\nOne.\n\nTwo.\n");
  });
});
