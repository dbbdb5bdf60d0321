import { describe, expect, it } from "vitest";
import { EditorState, type Command } from "prosemirror-state";
import { followHeadings, type ChapterStart } from "../../../renderer/outline/outline-chapters";
import { moveScene, moveScenes } from "../../../renderer/outline/scene-commands";
import { textToDoc } from "../../../renderer/editor/story-doc";

// Scenes: [Chapter 1, A] [B] [Chapter 2, C] [D]
const text = "Chapter 1\n\nA.\n\nB.\n\nChapter 2\n\nC.\n\nD.\n";
const layout = [0, 2, 3, 5].map((first, k, all) => ({
  firstParagraph: first,
  lastParagraph: (all[k + 1] ?? 6) - 1,
  attrs: {},
}));

function after(command: Command): { before: EditorState; state: EditorState } {
  const before = EditorState.create({ doc: textToDoc(text, layout) });
  let state = before;
  command(before, (tr) => (state = before.apply(tr)));
  return { before, state };
}

const ids = (state: EditorState): string[] => {
  const out: string[] = [];
  state.doc.forEach((scene) => out.push(scene.attrs.id as string));
  return out;
};

const startsOf = (state: EditorState): ChapterStart[] => [
  { title: "Chapter 1", sceneId: ids(state)[0]! },
  { title: "Chapter 2", sceneId: ids(state)[2]! },
];

describe("chapters following their headings through a move", () => {
  it("moves a chapter to the scene its heading now opens when one scene moved past it", () => {
    const { before, state } = after(moveScene(3, 2));
    const followed = followHeadings(startsOf(before), before.doc, state.doc);
    expect(followed.map((c) => c.sceneId)).toEqual([ids(state)[0], ids(state)[2]]);
    // The moved scene ("D.") now opens Chapter 2.
    expect(state.doc.child(2).child(1).textContent).toBe("D.");
  });

  it("keeps a chapter on its scene when the chapter moved with its heading", () => {
    const { before, state } = after(moveScenes(2, 2, 0));
    const starts = startsOf(before);
    expect(followHeadings(starts, before.doc, state.doc)).toBe(starts);
  });
});
