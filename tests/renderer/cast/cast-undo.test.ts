import { describe, expect, it } from "vitest";
import { history, redo, undo, undoDepth } from "prosemirror-history";
import { EditorState, type Command } from "prosemirror-state";
import { changeCast } from "../../../renderer/cast/commands";
import {
  addAlias,
  deleteCharacter,
  renameCharacter,
  setColor,
  setVoice,
  type CastEdit,
} from "../../../renderer/cast/model";
import {
  readWriterSettings,
  settingsOf,
  writerSettings,
} from "../../../renderer/analysis/writer-settings";
import { setSynopsis } from "../../../renderer/outline/scene-commands";
import { textToDoc, type SceneLayout } from "../../../renderer/editor/story-doc";
import { everyNoteOn } from "../../support/toggles";

const toggles = everyNoteOn;

const line = { paragraph: "p1", quote: "Sod off" };
const sidecar = {
  cast: {
    characters: [
      { name: "Theo", aliases: ["Mr. Hale"], voice: "british", color: "#3a7" },
      { name: "Nora", aliases: [], voice: "american" },
    ],
    corrections: [{ ...line, speaker: "Theo" }],
  },
  notes: { ignored: ["voice:gonna:Theo"] },
};

/** One paragraph per scene with these detected titles, the sidecar's cast, and history. */
function stateWith(titles: string[]): EditorState {
  const layout: SceneLayout[] = titles.map((title, k) => ({
    firstParagraph: k,
    lastParagraph: k,
    attrs: { title },
  }));
  const text = titles.map((_, k) => `Paragraph ${k}.`).join("\n\n") + "\n";
  return EditorState.create({
    doc: textToDoc(text, layout),
    plugins: [writerSettings(() => readWriterSettings(sidecar, toggles)), history()],
  });
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

/** The Cast panel's change `edit`, made as the panel makes it. */
function edited(state: EditorState, edit: (cast: ReturnType<typeof castOf>) => CastEdit): Command {
  const result = edit(castOf(state));
  if (!result.ok) throw new Error(result.reason);
  return changeCast(result.cast, result.renamed);
}

const castOf = (state: EditorState) => settingsOf(state).cast;
const titles = (state: EditorState): string[] => {
  const out: string[] = [];
  state.doc.forEach((s) => out.push(s.attrs.title as string));
  return out;
};

describe("the Cast panel's changes in the story's history", () => {
  it("are one undo step each, taken back in order and redone exactly", () => {
    let state = stateWith(["Nora — the shop"]);
    const opened = castOf(state);
    state = run(
      state,
      edited(state, (c) => addAlias(c, "Nora", "Nor")),
    );
    state = run(
      state,
      edited(state, (c) => setVoice(c, "Nora", "british")),
    );
    state = run(
      state,
      edited(state, (c) => setColor(c, "Nora", "#c44")),
    );
    const last = castOf(state);
    expect(undoDepth(state)).toBe(3);
    state = run(state, undo);
    expect(castOf(state).characters[1]).toEqual({
      name: "Nora",
      aliases: ["Nor"],
      voice: "british",
    });
    state = run(run(state, undo), undo);
    expect(castOf(state)).toEqual(opened);
    state = run(run(run(state, redo), redo), redo);
    expect(castOf(state)).toEqual(last);
  });

  it("add no undo step for a change that changes nothing (a rename to the same name)", () => {
    let state = stateWith(["Theo — the shop"]);
    state = run(
      state,
      edited(state, (c) => renameCharacter(c, "Theo", " Theo ")),
    );
    state = run(
      state,
      edited(state, (c) => setVoice(c, "Theo", "british")),
    );
    expect(undoDepth(state)).toBe(0);
  });

  it("bring a deleted character back with aliases, voice, colour and the corrections naming it", () => {
    let state = stateWith(["Nora — the shop"]);
    const opened = castOf(state);
    state = run(
      state,
      edited(state, (c) => deleteCharacter(c, "Theo")),
    );
    expect(castOf(state).characters.map((c) => c.name)).toEqual(["Nora"]);
    expect(castOf(state).corrections).toEqual([]);
    expect(castOf(state).dismissed).toEqual(["Theo"]);
    state = run(state, undo);
    expect(castOf(state)).toEqual(opened);
    state = run(state, redo);
    expect(castOf(state).dismissed).toEqual(["Theo"]);
  });

  it("rename the titles and the ignored notes in the rename's own step", () => {
    let state = stateWith(["Theo — the shop", "Nora — the harbour"]);
    state = run(
      state,
      edited(state, (c) => renameCharacter(c, "Theo", "Teddy")),
    );
    expect(titles(state)).toEqual(["Teddy — the shop", "Nora — the harbour"]);
    expect(settingsOf(state).ignored).toEqual(["voice:gonna:Teddy"]);
    expect(undoDepth(state)).toBe(1);
    state = run(state, undo);
    expect(titles(state)).toEqual(["Theo — the shop", "Nora — the harbour"]);
    expect(castOf(state).characters[0]!.name).toBe("Theo");
    expect(settingsOf(state).ignored).toEqual(["voice:gonna:Theo"]);
    state = run(state, redo);
    expect(titles(state)).toEqual(["Teddy — the shop", "Nora — the harbour"]);
    expect(castOf(state).corrections).toEqual([{ ...line, speaker: "Teddy" }]);
  });

  it("keep a renamed title and the cast together when an earlier scene step is undone", () => {
    // The synopsis's inverse sets the whole scene's attributes, the title with them.
    let state = stateWith(["Theo — the shop"]);
    state = run(state, setSynopsis(0, "Theo opens late."));
    state = run(
      state,
      edited(state, (c) => renameCharacter(c, "Theo", "Teddy")),
    );
    state = run(state, undo);
    expect(titles(state)).toEqual(["Theo — the shop"]);
    expect(castOf(state).characters[0]!.name).toBe("Theo");
    state = run(state, undo);
    expect(titles(state)).toEqual(["Theo — the shop"]);
    expect(state.doc.child(0).attrs.synopsis).toBe("");
    state = run(run(state, redo), redo);
    expect(titles(state)).toEqual(["Teddy — the shop"]);
    expect(castOf(state).characters[0]!.name).toBe("Teddy");
    expect(state.doc.child(0).attrs.synopsis).toBe("Theo opens late.");
  });
});
