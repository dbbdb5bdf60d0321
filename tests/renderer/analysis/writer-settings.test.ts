import { EditorState, type Command } from "prosemirror-state";
import { history, redo, undo, undoDepth } from "prosemirror-history";
import { describe, expect, it } from "vitest";
import {
  changeSettings,
  changeToggles,
  keptDifferences,
  keptSettings,
  notesSidecar,
  readWriterSettings,
  restoreKeptSettings,
  settingsOf,
  writerSettings,
} from "../../../renderer/analysis/writer-settings";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";
import { everyNoteOn } from "../../support/toggles";

const toggles = everyNoteOn;

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

  it("change by transaction, one part at a time, the rest kept", () => {
    let state = stateWith();
    const before = settingsOf(state);
    changeSettings({ storyWords: ["Hogsmeade", "Quidditch"] })(state, (tr) => {
      state = state.apply(tr);
    });
    const after = settingsOf(state);
    expect(after).not.toBe(before);
    expect(after.storyWords).toEqual(["Hogsmeade", "Quidditch"]);
    expect(after.cast).toBe(before.cast);
    expect(before.storyWords).toEqual(["Hogsmeade"]);
  });

  it("switch the marks on and off without an undo step", () => {
    let state = stateWith();
    const { cast } = settingsOf(state);
    changeToggles({ ...toggles, mentions: true })(state, (tr) => {
      expect(tr.getMeta("addToHistory")).toBe(false);
      state = state.apply(tr);
    });
    expect(settingsOf(state).toggles.mentions).toBe(true);
    expect(settingsOf(state).cast).toBe(cast);
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

  describe("a change of the writer's decisions (cast, ignored notes, story words)", () => {
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
    const corrected = (state: EditorState, speaker: string | null): Command => {
      const cast = settingsOf(state).cast;
      const others = cast.corrections.filter((c) => c.quote !== line.quote);
      return changeSettings({ cast: { ...cast, corrections: [...others, { ...line, speaker }] } });
    };

    it("is an undo step of its own among the text's edits, and redo makes it again", () => {
      let state = typed(withHistory(), "Oh. ");
      state = run(state, corrected(state, "Maud"));
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

    it("is undone one change at a time, the latest first, and redone exactly", () => {
      let state = withHistory();
      state = run(state, corrected(state, "Maud"));
      state = run(state, corrected(state, null));
      const cast = settingsOf(state).cast;
      state = run(state, changeSettings({ cast: { ...cast, dismissed: ["Harbour", "Crown"] } }));
      const last = settingsOf(state).cast;
      expect(undoDepth(state)).toBe(3);
      state = run(state, undo);
      expect(settingsOf(state).cast.dismissed).toEqual(["Harbour"]);
      expect(speakerOf(state)).toBeNull();
      state = run(state, undo);
      expect(speakerOf(state)).toBe("Maud");
      state = run(run(state, redo), redo);
      expect(settingsOf(state).cast).toEqual(last);
    });

    it("takes an Ignore back without touching the cast or the words", () => {
      let state = withHistory();
      const before = settingsOf(state);
      state = run(state, changeSettings({ ignored: [...before.ignored, "slang:gonna"] }));
      expect(settingsOf(state).isIgnored("slang:gonna")).toBe(true);
      state = run(state, undo);
      expect(settingsOf(state).isIgnored("slang:gonna")).toBe(false);
      expect(settingsOf(state).ignored).toEqual(["voice:gonna"]);
      expect(settingsOf(state).cast).toBe(before.cast);
      expect(settingsOf(state).storyWords).toBe(before.storyWords);
      state = run(state, redo);
      expect(settingsOf(state).isIgnored("slang:gonna")).toBe(true);
    });

    it("makes no step for the settings as they are, written with their keys in another order", () => {
      const state = withHistory();
      const cast = settingsOf(state).cast;
      const reordered = {
        dismissed: [...cast.dismissed],
        corrections: [...cast.corrections],
        characters: cast.characters.map((c) =>
          Object.fromEntries(Object.entries(c).reverse()),
        ) as unknown as typeof cast.characters,
      };
      expect(undoDepth(run(state, changeSettings({ cast: reordered })))).toBe(0);
      // A real change still makes one.
      const quieter = { ...reordered, dismissed: [] };
      expect(undoDepth(run(state, changeSettings({ cast: quieter })))).toBe(1);
    });

    it("leaves the document itself as it was", () => {
      const state = withHistory();
      expect(run(state, corrected(state, "Maud")).doc).toBe(state.doc);
    });
  });
});

describe("the writer's settings in a working copy", () => {
  it("are kept as the sidecar's parts, null for a part Save leaves out", () => {
    const kept = keptSettings(settingsOf(stateWith()));
    expect(kept).toEqual({
      cast: {
        characters: [{ name: "Maud", aliases: ["Mrs. Hale"], voice: "british" }],
        corrections: [],
        dismissed: ["Harbour"],
      },
      notes: { ignored: ["voice:gonna"], storyWords: ["Hogsmeade"] },
    });
    const empty = readWriterSettings({}, toggles);
    expect(keptSettings(empty)).toEqual({ cast: null, notes: null });
  });

  it("name what differs from the sidecar, read as a sidecar is", () => {
    const kept = keptSettings(settingsOf(stateWith()));
    expect(keptDifferences(kept, sidecar)).toEqual([]);
    const aliased = {
      ...kept,
      cast: {
        characters: [{ name: "Maud", aliases: ["Mrs. Hale", "Mo"], voice: "british" }],
        corrections: [],
        dismissed: ["Harbour"],
      },
    };
    expect(keptDifferences(aliased, sidecar)).toEqual(["the cast"]);
    expect(keptDifferences({ cast: null, notes: null }, sidecar)).toEqual([
      "the cast",
      "ignored notes",
      "the story dictionary",
    ]);
  });

  it("go back with a restored text in one undo step, and Ctrl+Z takes both back", () => {
    let state = EditorState.create({
      doc: textToDoc("Maud said so.\n"),
      plugins: [writerSettings(() => readWriterSettings(sidecar, toggles)), history()],
    });
    const kept = {
      cast: {
        characters: [{ name: "Maud", aliases: ["Mo"], voice: "american" }],
        corrections: [],
        dismissed: [],
      },
      notes: null,
    };
    const restored = textToDoc("Maud said no.\n");
    const tr = state.tr.replaceWith(0, state.doc.content.size, restored.content);
    state = state.apply(restoreKeptSettings(state, tr, kept));
    expect(docToText(state.doc)).toBe("Maud said no.\n");
    expect(settingsOf(state).cast.characters[0]).toMatchObject({
      aliases: ["Mo"],
      voice: "american",
    });
    expect(settingsOf(state).storyWords).toEqual([]);
    expect(undoDepth(state)).toBe(1);
    undo(state, (t) => (state = state.apply(t)));
    expect(docToText(state.doc)).toBe("Maud said so.\n");
    expect(settingsOf(state).cast.characters[0]?.aliases).toEqual(["Mrs. Hale"]);
    expect(settingsOf(state).storyWords).toEqual(["Hogsmeade"]);
  });

  it("add no step when they are the story's own", () => {
    const state = stateWith();
    const tr = restoreKeptSettings(state, state.tr, keptSettings(settingsOf(state)));
    expect(tr.steps).toHaveLength(0);
  });
});
