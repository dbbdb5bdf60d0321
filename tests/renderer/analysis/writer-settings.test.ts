import { EditorState, type Command } from "prosemirror-state";
import { history, redo, undo, undoDepth } from "prosemirror-history";
import { describe, expect, it } from "vitest";
import {
  changeSettings,
  notesSidecar,
  readWriterSettings,
  recordCorrection,
  settingsOf,
  writerSettings,
  type Toggles,
} from "../../../renderer/analysis/writer-settings";
import { textToDoc } from "../../../renderer/editor/story-doc";

const toggles: Toggles = {
  mentions: false,
  speakers: true,
  notes: {
    voice: true,
    variant: true,
    "spelling-mix": true,
    spelling: true,
    encoding: true,
    gloss: true,
  },
  hints: false,
};

const sidecar = {
  cast: {
    characters: [{ name: "Maud", aliases: ["Mrs. Hale"], voice: "british" }],
    dismissed: ["Harbour"],
  },
  notes: { ignored: ["voice:gonna"], storyWords: ["Hogsmeade"] },
};

function stateWith(settings = readWriterSettings(sidecar, toggles)): EditorState {
  return EditorState.create({
    doc: textToDoc("Maud said so.\n"),
    plugins: [writerSettings(() => settings)],
  });
}

describe("the writer's settings", () => {
  it("open with the sidecar's cast and notes parts and the app's switches", () => {
    const settings = settingsOf(stateWith());
    expect(settings.cast.characters.map((c) => c.name)).toEqual(["Maud"]);
    expect(settings.cast.dismissed).toEqual(["Harbour"]);
    expect(settings.storyWords).toEqual(["Hogsmeade"]);
    expect(settings.toggles).toBe(toggles);
  });

  it("change by transaction, one part at a time, without an undo step, the rest kept", () => {
    let state = stateWith();
    const before = settingsOf(state);
    changeSettings({ storyWords: ["Hogsmeade", "Quidditch"] })(state, (tr) => {
      expect(tr.getMeta("addToHistory")).toBe(false);
      state = state.apply(tr);
    });
    const after = settingsOf(state);
    expect(after).not.toBe(before);
    expect(after.storyWords).toEqual(["Hogsmeade", "Quidditch"]);
    expect(after.cast).toBe(before.cast);
    expect(before.storyWords).toEqual(["Hogsmeade"]);
  });

  it("treat an ignore key as covering the longer keys under it", () => {
    const settings = settingsOf(stateWith());
    expect(settings.isIgnored("voice:gonna")).toBe(true);
    expect(settings.isIgnored("voice:gonna:Spike")).toBe(true);
    expect(settings.isIgnored("voice:gonnae")).toBe(false);
    expect(settings.isIgnored(undefined)).toBe(false);
  });

  it("write the notes part sorted, and nothing when the writer decided nothing", () => {
    const settings = readWriterSettings(
      { notes: { ignored: ["voice:gonna", "variant:colour"], storyWords: [] } },
      toggles,
    );
    expect(notesSidecar(settings)).toEqual({
      ignored: ["variant:colour", "voice:gonna"],
      storyWords: [],
    });
    expect(notesSidecar(readWriterSettings({}, toggles))).toBeUndefined();
  });

  it("refuse a change where no settings plugin runs", () => {
    const bare = EditorState.create({ doc: textToDoc("Text.\n") });
    expect(changeSettings({ storyWords: [] })(bare)).toBe(false);
  });

  describe("a speaker correction", () => {
    const line = { paragraph: "p1", quote: "Sod off" };
    const run = (state: EditorState, command: Command): EditorState => {
      let next = state;
      expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
      return next;
    };
    const speakerOf = (state: EditorState): string | null | undefined =>
      settingsOf(state).cast.corrections.find((c) => c.quote === line.quote)?.speaker;
    const withHistory = (): EditorState =>
      EditorState.create({
        doc: textToDoc("Maud said so.\n"),
        plugins: [writerSettings(() => readWriterSettings(sidecar, toggles)), history()],
      });
    const typed = (state: EditorState, text: string): EditorState =>
      state.apply(state.tr.insertText(text, 1));

    it("is an undo step of its own among the text's edits, and redo makes it again", () => {
      let state = typed(withHistory(), "Oh. ");
      state = run(state, recordCorrection({ ...line, speaker: "Maud" }));
      expect(speakerOf(state)).toBe("Maud");
      expect(undoDepth(state)).toBe(2);
      state = run(state, undo);
      // The correction goes; the typing before it stays, with its own undo step still there.
      expect(speakerOf(state)).toBeUndefined();
      expect(state.doc.textContent).toBe("Oh. Maud said so.");
      state = run(state, undo);
      expect(state.doc.textContent).toBe("Maud said so.");
      state = run(run(state, redo), redo);
      expect(speakerOf(state)).toBe("Maud");
      expect(state.doc.textContent).toBe("Oh. Maud said so.");
    });

    it("undone puts back the line's earlier correction and keeps the cast's other changes", () => {
      let state = run(withHistory(), recordCorrection({ ...line, speaker: "Maud" }));
      state = run(state, recordCorrection({ ...line, speaker: null }));
      expect(speakerOf(state)).toBeNull();
      // A cast change that is no undo step (the Cast panel's), made after the correction.
      const cast = settingsOf(state).cast;
      state = run(state, changeSettings({ cast: { ...cast, dismissed: ["Harbour", "Crown"] } }));
      state = run(state, undo);
      expect(speakerOf(state)).toBe("Maud");
      expect(settingsOf(state).cast.dismissed).toEqual(["Harbour", "Crown"]);
      expect(settingsOf(state).cast.characters.map((c) => c.name)).toEqual(["Maud"]);
    });

    const willie = {
      name: "Willie",
      aliases: ["Mr. Bates"],
      voice: "unknown",
      color: "#3a7",
    } as const;
    const names = (state: EditorState): string[] =>
      settingsOf(state).cast.characters.map((c) => c.name);

    it("that first adopted a found character takes the character back out when undone", () => {
      let state = run(withHistory(), recordCorrection({ ...line, speaker: "Willie" }, willie));
      expect(names(state)).toEqual(["Maud", "Willie"]);
      expect(speakerOf(state)).toBe("Willie");
      state = run(state, undo);
      expect(names(state)).toEqual(["Maud"]);
      expect(speakerOf(state)).toBeUndefined();
      state = run(state, redo);
      expect(names(state)).toEqual(["Maud", "Willie"]);
      expect(settingsOf(state).cast.characters[1]).toEqual(willie);
    });

    it("undone keeps an adopted character the writer has changed since", () => {
      let state = run(withHistory(), recordCorrection({ ...line, speaker: "Willie" }, willie));
      const cast = settingsOf(state).cast;
      const changed = cast.characters.map((c) =>
        c.name === "Willie" ? { ...c, voice: "british" as const } : c,
      );
      state = run(state, changeSettings({ cast: { ...cast, characters: changed } }));
      state = run(state, undo);
      expect(speakerOf(state)).toBeUndefined();
      expect(names(state)).toEqual(["Maud", "Willie"]);
    });

    it("leaves the document itself as it was", () => {
      const state = withHistory();
      expect(run(state, recordCorrection({ ...line, speaker: "Maud" })).doc).toBe(state.doc);
    });
  });
});
