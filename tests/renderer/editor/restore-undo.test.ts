/**
 * An earlier version brought back (replaceStoryText with `restored`) among the writer's typing:
 * it is an undo step of its own on both sides, and autosave's hold on it lasts only while the
 * restored text is the one in the editor (undone, the hold goes; redone, it comes back).
 */
import { describe, expect, it } from "vitest";
import { history, redo, undo } from "prosemirror-history";
import { EditorState, type Transaction } from "prosemirror-state";
import type { App } from "../../../renderer/editor/feature";
import { replaceStoryText } from "../../../renderer/editor/replace-text";
import { RestoreHold } from "../../../renderer/editor/restore-hold";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";

/** The few parts of the app replaceStoryText reads: a view whose state each dispatch moves on. */
function editor(text: string, hold = new RestoreHold()) {
  const view = {
    state: EditorState.create({ doc: textToDoc(text), plugins: [history()] }),
    dispatch(tr: Transaction) {
      view.state = view.state.apply(tr);
      hold.note([tr], view.state);
    },
  };
  const app = { view, file: null, text: () => docToText(view.state.doc) } as unknown as App;
  const type = (words: string) => view.dispatch(view.state.tr.insertText(words, 1));
  const press = (command: typeof undo) => command(view.state, (tr) => view.dispatch(tr));
  const restore = (older: string) =>
    replaceStoryText(app, [], older, undefined, { restored: true });
  return { app, hold, type, press, restore };
}

describe("an earlier version brought back", () => {
  it("is its own undo step when the writer types straight after it", () => {
    const { app, type, press, restore } = editor("Today's text.\n");
    restore("Older text.\n");
    type("Now ");
    press(undo);
    expect(app.text()).toBe("Older text.\n");
    press(undo);
    expect(app.text()).toBe("Today's text.\n");
  });

  it("holds autosave until undone, and again when redone", () => {
    const { hold, type, press, restore } = editor("Today's text.\n");
    type("Typed ");
    expect(hold.held).toBe(false);
    restore("Older text.\n");
    expect(hold.held).toBe(true);
    type("More ");
    press(undo);
    expect(hold.held).toBe(true);
    press(undo);
    expect(hold.held).toBe(false);
    press(redo);
    expect(hold.held).toBe(true);
    press(undo);
    type("Again ");
    expect(hold.held).toBe(false);
    press(undo);
    expect(hold.held).toBe(false);
  });

  it("holds through the undo of a second restore, the first still in the editor", () => {
    const { app, hold, press, restore } = editor("Today's text.\n");
    restore("Older text.\n");
    restore("Oldest text.\n");
    press(undo);
    expect(app.text()).toBe("Older text.\n");
    expect(hold.held).toBe(true);
    press(undo);
    expect(hold.held).toBe(false);
  });

  it("is let go by a save", () => {
    const { hold, restore } = editor("Today's text.\n");
    restore("Older text.\n");
    hold.clear();
    expect(hold.held).toBe(false);
  });
});
