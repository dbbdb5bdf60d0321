import { describe, expect, it } from "vitest";
import { splitBlock } from "prosemirror-commands";
import { closeHistory, history, undo } from "prosemirror-history";
import { EditorState, TextSelection, type Command } from "prosemirror-state";
import { outline } from "../../../renderer/outline/plugin";
import { typedBreaks } from "../../../renderer/outline/typed-breaks";
import {
  moveSceneDown,
  renameScene,
  scenePos,
  splitSceneAtCursor,
} from "../../../renderer/outline/scene-commands";
import { textToDoc } from "../../../renderer/editor/story-doc";

/** A writer at the end of `text`, typing as the editor would apply the keys. */
function writer(text: string) {
  const doc = textToDoc(text);
  let state = EditorState.create({
    doc,
    selection: TextSelection.atEnd(doc),
    plugins: [outline(), typedBreaks(), history()],
  });
  const run = (command: Command): void => void command(state, (tr) => (state = state.apply(tr)));
  return {
    get state() {
      return state;
    },
    run,
    /** Puts the caret at the start of the paragraph that reads `text`. */
    caretAt: (text: string) =>
      run((s, dispatch) => {
        let at = -1;
        s.doc.descendants((node, pos) => {
          if (at < 0 && node.isTextblock && node.textContent === text) at = pos + 1;
          return at < 0;
        });
        dispatch?.(s.tr.setSelection(TextSelection.create(s.doc, at)));
        return true;
      }),
    type: (words: string) => run((s, dispatch) => (dispatch?.(s.tr.insertText(words)), true)),
    enter: () => run(splitBlock),
    /** A pause in the typing: the next keys are a new undo step. */
    pause: () => run((s, dispatch) => (dispatch?.(closeHistory(s.tr)), true)),
    undo: () => run(undo),
    title: (scene: number) => state.doc.child(scene).attrs.title as string,
  };
}

describe("the title of a scene the writer opened", () => {
  it("follows its first line as the writer types it, and an undo takes both back", () => {
    const w = writer("One.\n\nTwo.\n");
    w.enter();
    w.type("* * *");
    w.enter();
    expect(w.title(1)).toBe("New scene");
    w.pause();
    w.type("The show was in September.");
    expect(w.title(1)).toBe("The show was in September.");
    w.type(" Gerald won again, as he had for thirty years.");
    expect(w.title(1)).toBe("The show was in September…");
    w.undo();
    expect(w.title(1)).toBe("New scene");
  });

  it("follows the first line of an untitled scene (split at the file's markers only)", () => {
    const w = writer("One.\n\n* * *\n\nTwo.\n");
    expect(w.title(1)).toBe("");
    w.type(" More.");
    expect(w.title(1)).toBe("Two. More.");
  });

  it("keeps a title the writer gave, and a generated one", () => {
    const w = writer("One.\n\n* * *\n\nTwo.\n");
    w.run(renameScene(1, "The show"));
    w.type(" More.");
    expect(w.title(1)).toBe("The show");
    const d = writer("One.\n\n* * *\n\nTwo.\n");
    // As detection titles a scene: not an edit of the writer's.
    d.run((s, dispatch) => {
      const at = scenePos(s.doc, 1);
      dispatch?.(s.tr.setNodeMarkup(at, null, { ...s.doc.child(1).attrs, title: "By April" }));
      return true;
    });
    d.type(" More.");
    expect(d.title(1)).toBe("By April");
  });

  it("is never a chapter heading: a scene moved under one, or split at one, keeps its words", () => {
    const w = writer("# Chapter One\n\nAlpha.\n\nBeta.\n\n# Chapter Two\n\nGamma.\n");
    w.caretAt("Beta.");
    w.run(splitSceneAtCursor);
    w.caretAt("# Chapter Two");
    w.run(splitSceneAtCursor);
    expect([w.title(1), w.title(2)]).toEqual(["Beta.", "Gamma."]);
    // The heading stays where it was: "Beta." moves down into Chapter Two, under its heading.
    w.run(moveSceneDown(1, true));
    expect(w.state.doc.child(2).textContent).toBe("# Chapter TwoBeta.");
    expect(w.title(2)).toBe("Beta.");
  });

  it("is no chapter heading when the scene holds only its heading, and follows the line typed under it", () => {
    const w = writer("# Chapter One\n\nAlpha.\n\n# Chapter Two\n");
    w.caretAt("# Chapter Two");
    w.run(splitSceneAtCursor);
    expect(w.title(1)).toBe("New scene");
    w.run((s, dispatch) => (dispatch?.(s.tr.setSelection(TextSelection.atEnd(s.doc))), true));
    w.enter();
    w.type("Gamma.");
    expect(w.title(1)).toBe("Gamma.");
  });
});
