import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { renameInTitles } from "../../../renderer/outline/scene-commands";
import { textToDoc, type SceneLayout } from "../../../renderer/editor/story-doc";

/** One paragraph per scene, with these titles (a title given by the writer when `edited`). */
function stateWith(scenes: { title: string; edited?: boolean }[]): EditorState {
  const layout: SceneLayout[] = scenes.map((s, k) => ({
    firstParagraph: k,
    lastParagraph: k,
    attrs: { title: s.title, ...(s.edited ? { titleEdited: true } : {}) },
  }));
  const text = scenes.map((_, k) => `Paragraph ${k}.`).join("\n\n") + "\n";
  return EditorState.create({ doc: textToDoc(text, layout) });
}

/** `renameInTitles` made on its own transaction. */
const renamed = (state: EditorState, from: string, to: string): EditorState =>
  state.apply(renameInTitles(state.tr, from, to));

const titles = (state: EditorState): string[] => {
  const out: string[] = [];
  state.doc.forEach((s) => out.push(s.attrs.title as string));
  return out;
};

describe("a character renamed in the cast, in the scenes' titles", () => {
  it("renames the name that leads a detected title, and no title the writer gave", () => {
    const state = renamed(
      stateWith([
        { title: "Theo — had never liked Thursdays" },
        { title: "Nora — the shop" },
        { title: "Theo — the harbour", edited: true },
        { title: "Theodora — the roof" },
      ]),
      "Theo",
      "Teddy",
    );
    expect(titles(state)).toEqual([
      "Teddy — had never liked Thursdays",
      "Nora — the shop",
      "Theo — the harbour",
      "Theodora — the roof",
    ]);
  });

  it("changes nothing where no title leads with the name", () => {
    const state = stateWith([{ title: "Nora — the shop" }, { title: "the next morning" }]);
    expect(renameInTitles(state.tr, "Theo", "Teddy").docChanged).toBe(false);
  });
});
