/**
 * Replace All of a character's name (qa-33): the writer's cast kept the old name, and the lines
 * and voice notes went to a newcomer under the new one. The find bar offers to rename the
 * character too; taken, the text and the cast change in one undo step.
 */
import { describe, expect, it } from "vitest";
import { history, redo, undo, undoDepth } from "prosemirror-history";
import { EditorState, type Command, type Transaction } from "prosemirror-state";
import { emptyFind, find, replaceAllWith, setFind } from "../../../renderer/find/plugin";
import { castRenameOffer, renameAlong } from "../../../renderer/cast";
import {
  readWriterSettings,
  settingsOf,
  writerSettings,
} from "../../../renderer/analysis/writer-settings";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";
import { everyNoteOn } from "../../support/toggles";

const sidecar = {
  cast: {
    characters: [
      { name: "Tom", aliases: ["Mr. Hale"], voice: "british", color: "#3a7" },
      { name: "Nora", aliases: [], voice: "american" },
    ],
    corrections: [],
  },
  notes: { ignored: ["voice:gonna:Tom"] },
};
const text = '"Gonna rain," Tom said.\n\nNora looked at Tom. Tomorrow, then.\n';

function stateFor(search: string, replace: string): EditorState {
  let state = EditorState.create({
    doc: textToDoc(text),
    plugins: [writerSettings(() => readWriterSettings(sidecar, everyNoteOn)), ...find(), history()],
  });
  const options = { ...emptyFind, search, replace, wholeWord: true, caseSensitive: true };
  setFind(options)(state, (tr: Transaction) => (state = state.apply(tr)));
  return state;
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

const names = (state: EditorState) => settingsOf(state).cast.characters.map((c) => c.name);

describe("Replace All of a character's name", () => {
  it("offers the rename only for a name of the writer's cast, to a name no other has", () => {
    const state = stateFor("Tom", "Tim");
    expect(castRenameOffer(state, "Tom", "Tim")).toBe("Tom");
    expect(castRenameOffer(state, "Tomorrow", "Later")).toBeNull();
    expect(castRenameOffer(state, "Tom", "Nora")).toBeNull();
    expect(castRenameOffer(state, "Tom", "")).toBeNull();
    expect(castRenameOffer(state, "Tom", "Tom")).toBeNull();
  });

  it("renames the character with the text, its voice choices along, and undoes both in one step", () => {
    const before = stateFor("Tom", "Tim");
    const after = run(
      before,
      replaceAllWith((state, tr) => renameAlong(state, tr, "Tom", "Tim")),
    );
    expect(docToText(after.doc)).toBe(
      '"Gonna rain," Tim said.\n\nNora looked at Tim. Tomorrow, then.\n',
    );
    expect(names(after)).toEqual(["Tim", "Nora"]);
    const tim = settingsOf(after).cast.characters[0]!;
    expect(tim.voice).toBe("british");
    expect(settingsOf(after).ignored).toEqual(["voice:gonna:Tim"]);
    expect(undoDepth(after)).toBe(1);

    const undone = run(after, undo);
    expect(docToText(undone.doc)).toBe(text);
    expect(names(undone)).toEqual(["Tom", "Nora"]);
    expect(settingsOf(undone).ignored).toEqual(["voice:gonna:Tom"]);

    const redone = run(undone, redo);
    expect(docToText(redone.doc)).toBe(docToText(after.doc));
    expect(names(redone)).toEqual(["Tim", "Nora"]);
    expect(settingsOf(redone).ignored).toEqual(["voice:gonna:Tim"]);
  });

  it("replaces the text alone when the writer leaves the cast as it is", () => {
    const after = run(stateFor("Tom", "Tim"), replaceAllWith());
    expect(docToText(after.doc)).toContain("Tim said");
    expect(names(after)).toEqual(["Tom", "Nora"]);
  });
});
