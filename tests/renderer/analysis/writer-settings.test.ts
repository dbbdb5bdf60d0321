import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import {
  changeSettings,
  notesSidecar,
  readWriterSettings,
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
});
