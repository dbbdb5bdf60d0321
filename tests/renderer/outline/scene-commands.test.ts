import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { history, undo } from "prosemirror-history";
import { EditorState, TextSelection, type Command } from "prosemirror-state";
import {
  keepSceneBreak,
  mergeSceneWithPrevious,
  moveScene,
  moveScenes,
  moveSceneDown,
  moveSceneUp,
  renameScene,
  setStatus,
  setSynopsis,
  splitSceneAtCursor,
} from "../../../renderer/outline/scene-commands";
import { docToText, textToDoc, type SceneLayout } from "../../../renderer/editor/story-doc";
import { isSuggestedBreak, schema, type SceneAttrs } from "../../../renderer/editor/schema";
import { OUTLINE_TOUCHED } from "../../../renderer/outline/scene-commands";

/** Scenes of one paragraph each unless `sizes` says otherwise. */
function layout(sizes: number[]): SceneLayout[] {
  let first = 0;
  return sizes.map((n, k) => {
    const scene = {
      firstParagraph: first,
      lastParagraph: first + n - 1,
      attrs: { title: `T${k}` },
    };
    first += n;
    return scene;
  });
}

function stateOf(text: string, sizes?: number[]): EditorState {
  return EditorState.create({
    doc: textToDoc(text, sizes ? layout(sizes) : undefined),
    plugins: [history()],
  });
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  const applied = command(state, (tr) => (next = state.apply(tr)));
  expect(applied).toBe(true);
  return next;
}

function titles(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.forEach((s) => out.push(s.attrs.title as string));
  return out;
}

/** Puts the cursor `offset` characters into the n-th paragraph of the document. */
function cursorIn(state: EditorState, n: number, offset = 0): EditorState {
  let seen = 0;
  let at = -1;
  state.doc.descendants((node, pos) => {
    if (node.type === schema.nodes.paragraph) {
      if (seen === n) at = pos + 1 + offset;
      seen++;
    }
    return node.type === schema.nodes.doc || node.type === schema.nodes.scene;
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
}

const plain = "One.\n\nTwo.\n\n\nThree.\n\nFour.\n";

describe("moveScene", () => {
  it("moves a scene and undoes it in one step", () => {
    const start = stateOf(plain, [1, 1, 1, 1]);
    const moved = run(start, moveScene(2, 0));
    expect(titles(moved)).toEqual(["T2", "T0", "T1", "T3"]);
    const back = run(moved, undo);
    expect(docToText(back.doc)).toBe(plain);
    expect(titles(back)).toEqual(["T0", "T1", "T2", "T3"]);
  });

  it("writes the paragraphs in the new order with the file's separators in place", () => {
    const moved = run(stateOf(plain, [1, 1, 1, 1]), moveScene(2, 0));
    expect(docToText(moved.doc)).toBe("Three.\n\nOne.\n\n\nTwo.\n\nFour.\n");
  });

  it("keeps marker lines in their slots and adds none", () => {
    const marked = "A1.\r\n\r\nA2.\r\n\r\n* * *\r\n\r\nB1.\r\n\r\n#\r\n\r\nC1.\r\n";
    const moved = run(stateOf(marked), moveScene(2, 0));
    expect(docToText(moved.doc)).toBe(
      "C1.\r\n\r\n* * *\r\n\r\nA1.\r\n\r\nA2.\r\n\r\n#\r\n\r\nB1.\r\n",
    );
    const sources: string[] = [];
    moved.doc.forEach((s) => sources.push(s.attrs.source as string));
    expect(sources.slice(1)).toEqual(["marker", "marker"]);
  });

  it("moves up and down from the cursor and refuses at the ends", () => {
    const start = cursorIn(stateOf(plain, [1, 1, 1, 1]), 1);
    expect(moveSceneUp(0)(start)).toBe(false);
    expect(moveSceneDown(3)(start)).toBe(false);
    const up = run(start, moveSceneUp());
    expect(titles(up)).toEqual(["T1", "T0", "T2", "T3"]);
    expect(up.selection.$head.index(0)).toBe(0);
    expect(titles(run(up, moveSceneDown()))).toEqual(["T0", "T1", "T2", "T3"]);
  });

  it("never loses or duplicates a paragraph", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 7 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (sizes, moves, markers) => {
          const total = sizes.reduce((a, b) => a + b, 0);
          const paras = Array.from({ length: total }, (_, i) => `P${i}.`);
          let state = stateOf(paras.join("\n\n") + "\n", sizes);
          if (markers) {
            // The same scenes, opened by marker lines instead of a layout.
            let k = 0;
            const parts = sizes.map((n) => paras.slice(k, (k += n)).join("\n\n"));
            state = stateOf(parts.join("\n\n***\n\n") + "\n");
          }
          const originalMarkers = docToText(state.doc).match(/\*\*\*/g)?.length ?? 0;
          for (const [a, b] of moves) {
            const n = state.doc.childCount;
            if (a % n !== b % n) state = run(state, moveScene(a % n, b % n));
          }
          const text = docToText(state.doc);
          const found = text.match(/P\d+\./g) ?? [];
          expect([...found].sort()).toEqual([...paras].sort());
          expect(text.match(/\*\*\*/g)?.length ?? 0).toBe(originalMarkers);
          expect(state.doc.childCount).toBe(sizes.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("split and merge", () => {
  it("splits before the cursor's paragraph and merges back in one undo step each", () => {
    const start = cursorIn(stateOf(plain, [4]), 2, 2);
    const split = run(start, splitSceneAtCursor);
    expect(split.doc.childCount).toBe(2);
    expect(split.doc.child(1).attrs.source).toBe("writer");
    expect(split.doc.child(1).attrs.title).toBe("Three.");
    expect(split.doc.child(1).textContent).toBe("Three.Four.");
    expect(docToText(split.doc)).toBe(plain);
    const merged = run(split, mergeSceneWithPrevious(1));
    expect(merged.doc.childCount).toBe(1);
    expect(docToText(merged.doc)).toBe(plain);
    expect(run(merged, undo).doc.childCount).toBe(2);
  });

  it("splits after a paragraph when the cursor is at its end", () => {
    const split = run(cursorIn(stateOf(plain, [4]), 0, 4), splitSceneAtCursor);
    expect(split.doc.child(0).textContent).toBe("One.");
  });

  it("does not split at a scene's first paragraph nor merge the first scene or across a marker", () => {
    expect(splitSceneAtCursor(cursorIn(stateOf(plain, [2, 2]), 2))).toBe(false);
    expect(mergeSceneWithPrevious(0)(stateOf(plain, [2, 2]))).toBe(false);
    expect(mergeSceneWithPrevious(1)(stateOf("A.\n\n* * *\n\nB.\n"))).toBe(false);
  });
});

describe("scene attributes", () => {
  it("renames, sets synopsis and status", () => {
    let state = stateOf(plain, [2, 2]);
    state = run(state, renameScene(1, "  The   bar "));
    state = run(state, setSynopsis(1, "They drink."));
    state = run(state, setStatus(1, "revised"));
    expect(state.doc.child(1).attrs).toMatchObject({
      title: "The bar",
      titleEdited: true,
      synopsis: "They drink.",
      status: "revised",
    });
    expect(renameScene(1, "   ")(state)).toBe(false);
    expect(setStatus(1, "nonsense" as "done")(state)).toBe(false);
    expect(docToText(state.doc)).toBe(plain);
  });
});

describe("moveScenes (a chapter)", () => {
  const text = "Chapter 1\n\nA.\n\nB.\n\nChapter 2\n\nC.\n\nChapter 3\n\nD.\n\nE.\n";

  it("moves a run of scenes as one, in one undo step, the file's separators kept", () => {
    // Scenes: [Chapter 1, A] [B] [Chapter 2, C] [Chapter 3, D] [E]
    const before = stateOf(text, [2, 1, 2, 2, 1]);
    const moved = run(before, moveScenes(0, 2, 1));
    expect(titles(moved)).toEqual(["T2", "T0", "T1", "T3", "T4"]);
    expect(docToText(moved.doc)).toBe(
      "Chapter 2\n\nC.\n\nChapter 1\n\nA.\n\nB.\n\nChapter 3\n\nD.\n\nE.\n",
    );
    const down = run(before, moveScenes(3, 2, 0));
    expect(titles(down)).toEqual(["T3", "T4", "T0", "T1", "T2"]);
    expect(docToText(run(moved, undo).doc)).toBe(text);
  });

  it("refuses runs that do not fit", () => {
    const state = stateOf(text, [2, 1, 2, 2, 1]);
    expect(moveScenes(0, 2, 4)(state)).toBe(false);
    expect(moveScenes(0, 0, 1)(state)).toBe(false);
    expect(moveScenes(1, 1, 1)(state)).toBe(false);
  });
});

describe("moveScene in a story with chapter headings", () => {
  // Scenes: [Chapter 1, A] [B] [Chapter 2, C] [D] [Chapter 3, E]
  const text = "Chapter 1\n\nA.\n\nB.\n\nChapter 2\n\nC.\n\nD.\n\nChapter 3\n\nE.\n";

  it("keeps each heading in its place: a scene moved up in its chapter stays in it", () => {
    // Found on a writer's day: Alt+Up on a chapter's second scene carried it above the
    // chapter's heading, into the chapter before.
    const before = stateOf(text, [2, 1, 2, 1, 2]);
    const moved = run(before, moveScene(3, 2));
    expect(titles(moved)).toEqual(["T0", "T1", "T3", "T2", "T4"]);
    expect(docToText(moved.doc)).toBe(
      "Chapter 1\n\nA.\n\nB.\n\nChapter 2\n\nD.\n\nC.\n\nChapter 3\n\nE.\n",
    );
    expect(moved.selection.$head.parent.textContent).toBe("Chapter 2");
    expect(docToText(run(moved, undo).doc)).toBe(text);
  });

  it("moves a chapter's first scene past its heading, the heading staying put", () => {
    const moved = run(stateOf(text, [2, 1, 2, 1, 2]), moveScene(2, 1));
    expect(titles(moved)).toEqual(["T0", "T2", "T1", "T3", "T4"]);
    expect(docToText(moved.doc)).toBe(
      "Chapter 1\n\nA.\n\nC.\n\nChapter 2\n\nB.\n\nD.\n\nChapter 3\n\nE.\n",
    );
  });

  it("keeps a Markdown story's # headings in place too", () => {
    const md = "# One\n\nA.\n\nB.\n\n# Two\n\nC.\n\nD.\n";
    const moved = run(stateOf(md, [2, 1, 2, 1]), moveScene(3, 2, true));
    expect(docToText(moved.doc)).toBe("# One\n\nA.\n\nB.\n\n# Two\n\nD.\n\nC.\n");
    const up = run(stateOf(md, [2, 1, 2, 1]), moveSceneUp(3, true));
    expect(docToText(up.doc)).toBe(docToText(moved.doc));
    // In a .txt story a line starting with # is prose, and travels with its scene.
    const txt = run(stateOf(md, [2, 1, 2, 1]), moveScene(3, 2));
    expect(docToText(txt.doc)).toBe("# One\n\nA.\n\nB.\n\nD.\n\n# Two\n\nC.\n");
  });

  it("keeps a part's heading, its title and the chapter's heading in place together", () => {
    // One chapter opens with the stack (core/chapters.ts, `ChapterHeading`): a scene moved past
    // it leaves all three lines where they stand.
    const stacked = "PART ONE\n\nTHE WINTER\n\nChapter 1\n\nA.\n\nB.\n";
    const moved = run(stateOf(stacked, [4, 1]), moveScene(1, 0));
    expect(docToText(moved.doc)).toBe("PART ONE\n\nTHE WINTER\n\nChapter 1\n\nB.\n\nA.\n");
  });

  it("keeps a story's title line and byline in place with its first chapter's heading", () => {
    // The title block opens the first chapter (core/chapters.ts, `headingUnderTitles`): a
    // scene moved past it leaves the title, the byline and the heading at the top.
    const titled = "THE WINTER\n\nby A. Writer\n\nChapter 1\n\nA.\n\nB.\n";
    const moved = run(stateOf(titled, [4, 1]), moveScene(1, 0));
    expect(docToText(moved.doc)).toBe("THE WINTER\n\nby A. Writer\n\nChapter 1\n\nB.\n\nA.\n");
  });

  it("lets a heading with nothing else in its scene travel, as before", () => {
    const lone = "Chapter 1\n\nA.\n\nChapter 2\n\nB.\n";
    const moved = run(stateOf(lone, [2, 1, 1]), moveScene(2, 1));
    expect(docToText(moved.doc)).toBe("Chapter 1\n\nA.\n\nB.\n\nChapter 2\n");
  });
});

describe("keeping a suggested break", () => {
  /** Three scenes whose second opens on an unsure detected break, the third on a marker. */
  function suggested(): EditorState {
    const doc = textToDoc("A.\n\nB.\n\n* * *\n\nC.\n", [
      { firstParagraph: 0, lastParagraph: 0, attrs: { source: "detected" } },
      { firstParagraph: 1, lastParagraph: 1, attrs: { source: "detected", confidence: 0.6 } },
      { firstParagraph: 2, lastParagraph: 3, attrs: { source: "marker" } },
    ]);
    return EditorState.create({ doc, plugins: [history()] });
  }
  const attrs = (state: EditorState, i: number) => state.doc.child(i).attrs as SceneAttrs;

  it("makes the break the writer's, no longer a suggestion, in one undoable step", () => {
    const before = suggested();
    expect(isSuggestedBreak(attrs(before, 1))).toBe(true);
    let touched: unknown;
    const kept = run(before, (state, dispatch) =>
      keepSceneBreak(1)(state, (tr) => ((touched = tr.getMeta(OUTLINE_TOUCHED)), dispatch!(tr))),
    );
    expect([attrs(kept, 1).source, attrs(kept, 1).confidence]).toEqual(["writer", 1]);
    expect(isSuggestedBreak(attrs(kept, 1))).toBe(false);
    expect(touched).toBe(true);
    expect(docToText(kept.doc)).toBe(docToText(before.doc));
    expect(isSuggestedBreak(attrs(run(kept, undo), 1))).toBe(true);
  });

  it("does not apply to the first scene, a marker's break or one already kept", () => {
    const state = suggested();
    expect(keepSceneBreak(0)(state)).toBe(false);
    expect(keepSceneBreak(2)(state)).toBe(false);
    expect(keepSceneBreak(3)(state)).toBe(false);
    expect(keepSceneBreak(1)(run(state, keepSceneBreak(1)))).toBe(false);
  });

  it("keeps the break of the scene at the cursor when given no index", () => {
    const kept = run(cursorIn(suggested(), 1), keepSceneBreak());
    expect(attrs(kept, 1).source).toBe("writer");
  });

  it("drops the suggestion of a scene moved to the top, which opens on no break to answer", () => {
    const moved = run(suggested(), moveScene(1, 0));
    expect(docToText(moved.doc)).toBe("B.\n\nA.\n\n* * *\n\nC.\n");
    expect(isSuggestedBreak(attrs(moved, 0))).toBe(false);
    expect(keepSceneBreak(0)(moved)).toBe(false);
    expect(isSuggestedBreak(attrs(run(moved, undo), 1))).toBe(true);
  });
});
