/**
 * Replace All of a character's name (qa-33): the writer's cast kept the old name, and the lines
 * and voice notes went to a newcomer under the new one. The find bar offers to rename the
 * character too; taken, the text and the cast change in one undo step.
 */
import { describe, expect, it } from "vitest";
import { history, redo, undo, undoDepth } from "prosemirror-history";
import { EditorState, type Command, type Transaction } from "prosemirror-state";
import { emptyFind, find, replaceAllWith, setFind } from "../../../renderer/find/plugin";
import {
  castChangeSaid,
  castOfferLabel,
  castRenameOffer,
  renameAlong,
} from "../../../renderer/cast";
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
const text =
  '"Gonna rain," Tom said.\n\nNora looked at Tom. Tomorrow, then.\n\nMr. Hale came in.\n';

function stateFor(search: string, replace: string): EditorState {
  let state = EditorState.create({
    doc: textToDoc(text),
    plugins: [writerSettings(() => readWriterSettings(sidecar, everyNoteOn)), ...find(), history()],
  });
  const caseSensitive = search !== search.toLowerCase();
  const options = { ...emptyFind, search, replace, wholeWord: true, caseSensitive };
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
    const offer = (search: string, replace: string) =>
      castRenameOffer(state, { search, replace, caseSensitive: true });
    expect(offer("Tom", "Tim")).toEqual({ name: "Tom", alias: null });
    expect(offer("Tomorrow", "Later")).toBeNull();
    expect(offer("Tom", "Nora")).toBeNull();
    expect(offer("Tom", "")).toBeNull();
    expect(offer("Tom", "Tom")).toBeNull();
  });

  it("offers the character whose name a search that ignores case matches, not one that keeps case", () => {
    const state = stateFor("tom", "Tim");
    expect(castRenameOffer(state, { search: "tom", replace: "Tim", caseSensitive: false })).toEqual(
      { name: "Tom", alias: null },
    );
    expect(
      castRenameOffer(state, { search: "tom", replace: "Tim", caseSensitive: true }),
    ).toBeNull();
  });

  it("offers to change an alias the search matches, and changes it with the text in one step", () => {
    const state = stateFor("mr. hale", "Mr. Hall");
    const offer = castRenameOffer(state, {
      search: "mr. hale",
      replace: "Mr. Hall",
      caseSensitive: false,
    });
    expect(offer).toEqual({ name: "Tom", alias: "Mr. Hale" });
    expect(
      castRenameOffer(state, { search: "Mr. Hale", replace: "Nora", caseSensitive: true }),
    ).toBeNull();

    const after = run(
      state,
      replaceAllWith((s, tr) => renameAlong(s, tr, offer!, "Mr. Hall")),
    );
    expect(docToText(after.doc)).toContain("Mr. Hall came in.");
    const tom = settingsOf(after).cast.characters[0]!;
    expect([tom.name, ...tom.aliases]).toEqual(["Tom", "Mr. Hall"]);
    expect(settingsOf(after).ignored).toEqual(["voice:gonna:Tom"]);
    expect(undoDepth(after)).toBe(1);
    const undone = run(after, undo);
    expect(docToText(undone.doc)).toBe(text);
    expect(settingsOf(undone).cast.characters[0]!.aliases).toEqual(["Mr. Hale"]);
  });

  it("says an alias changed to the character's own name was dropped, not that he goes by it", () => {
    const said = (replace: string) => {
      const offer = castRenameOffer(stateFor("Mr. Hale", replace), {
        search: "Mr. Hale",
        replace,
        caseSensitive: true,
      })!;
      const after = run(
        stateFor("Mr. Hale", replace),
        replaceAllWith((s, tr) => renameAlong(s, tr, offer, replace.trim())),
      );
      return castChangeSaid(offer, replace.trim(), settingsOf(after).cast);
    };
    expect(said("Mr.  Hall")).toBe("Tom goes by Mr. Hall");
    expect(said("tom")).toBe("Tom no longer goes by Mr. Hale");
    const renamed = { name: "Tom", alias: null };
    expect(castChangeSaid(renamed, "Thomas", settingsOf(stateFor("Tom", "Thomas")).cast)).toBe(
      "Tom is Thomas",
    );
  });

  it("offers, in the find bar's words, what the cast will do: an alias dropped when it becomes a name he has", () => {
    const label = (search: string, replace: string) => {
      const state = stateFor(search, replace);
      const offer = castRenameOffer(state, { search, replace, caseSensitive: true })!;
      return castOfferLabel(state, offer, replace);
    };
    expect(label("Mr. Hale", "Mr.  Hall ")).toBe(
      "Change Tom's alias Mr. Hale to Mr. Hall in the cast too",
    );
    expect(label("Mr. Hale", "tom")).toBe(
      "Drop Tom's alias Mr. Hale in the cast too: tom is Tom's name already",
    );
    expect(label("Tom", "Tim  Hale")).toBe("Rename the character Tom to Tim Hale in the cast too");
  });

  it("renames the character with the text, its voice choices along, and undoes both in one step", () => {
    const before = stateFor("Tom", "Tim");
    const after = run(
      before,
      replaceAllWith((state, tr) => renameAlong(state, tr, { name: "Tom", alias: null }, "Tim")),
    );
    expect(docToText(after.doc)).toBe(
      '"Gonna rain," Tim said.\n\nNora looked at Tim. Tomorrow, then.\n\nMr. Hale came in.\n',
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
