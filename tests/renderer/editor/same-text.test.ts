import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { SettingsStep } from "../../../renderer/analysis/writer-settings";
import { changesDocument } from "../../../renderer/editor/same-text";
import { textToDoc } from "../../../renderer/editor/story-doc";

const state = (): EditorState => EditorState.create({ doc: textToDoc("One.\n\nTwo.\n") });
const voice = { cast: { characters: [], corrections: [], dismissed: [] } };

describe("which transactions change the document", () => {
  it("a settings step does not, though ProseMirror counts it as a doc change", () => {
    const tr = state().tr.step(new SettingsStep({}, voice));
    expect(tr.docChanged).toBe(true);
    expect(changesDocument(tr)).toBe(false);
    expect(changesDocument(state().tr)).toBe(false);
  });

  it("typing does, and a settings step beside text steps (a rename's titles) does", () => {
    expect(changesDocument(state().tr.insertText("x", 2))).toBe(true);
    expect(changesDocument(state().tr.step(new SettingsStep({}, voice)).insertText("x", 2))).toBe(
      true,
    );
  });

  it("scenes regrouped around the same text do: new scene nodes", () => {
    const { doc, tr } = state();
    const scene = doc.firstChild!;
    const regrouped = tr.replaceWith(0, doc.content.size, scene.copy(scene.content));
    expect(changesDocument(regrouped)).toBe(true);
  });
});
