import { EditorState, TextSelection, type Command } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";
import {
  deleteDashBeforeJoin,
  deleteLetterAfterJoin,
  joinedWraps,
  stepLeftOverJoin,
  stepRightOverJoin,
  wrapJoins,
} from "../../../renderer/editor/wrap-joins";
import { hardWrap } from "../../support/hard-wrap";

/** A paragraph hard-wrapped near 60 columns; its lines end in a word, a closed and a spaced dash. */
const LINES = [
  "The keeper climbed the stair at dusk with the oil can, a well-",
  "known figure to the village, though he had never wanted it so",
  "much as he wanted the quiet of the lamp room and the long view-",
  "over the water, which he loved - and the gulls on the gallery",
  "rail, who had given up their quarrelling for the night at last.",
];
const sentence =
  "Below him the tide worked at the rocks with the patience of a thing that had all the time there was.";
const story = `${LINES.join("\n")}\n\n${hardWrap([sentence, sentence, sentence, sentence].join(" "))}\n`;

const opened = (text = story): EditorState =>
  EditorState.create({ doc: textToDoc(text), plugins: [wrapJoins()] });

/** The text shown either side of each wrap break drawn as joined ("well-|known"). */
function joined(state: EditorState): string[] {
  return joinedWraps(state)
    .find()
    .map((d) => {
      const $at = state.doc.resolve(d.from);
      const before = $at.parent.textBetween(0, $at.parentOffset, undefined, "\n");
      const after = $at.parent.textBetween($at.parentOffset + 1, $at.parent.content.size);
      return `${before.split(/\s/u).pop()}|${after.split(/\s/u)[0]}`;
    });
}

describe("a wrap after a closed dash is drawn as nothing, as the exports join it", () => {
  it("joins well-|known and view-|over, not a wrap after a word or a spaced dash", () => {
    expect(joined(opened())).toEqual(["well-|known", "view-|over"]);
  });

  it("follows the edits: a hyphen deleted or typed at a line's end", () => {
    let state = opened();
    const hyphen = 2 + LINES[0]!.length - 1; // the "-" of "well-"
    state = state.apply(state.tr.delete(hyphen, hyphen + 1));
    expect(joined(state)).toEqual(["view-|over"]);
    const end = 2 + LINES[0]!.length - 1 + 1 + LINES[1]!.length; // after "so"
    state = state.apply(state.tr.insertText("-", end));
    expect(joined(state)).toEqual(["so-|much", "view-|over"]);
  });

  it("draws nothing in a draft with no wraps", () => {
    expect(joined(opened("One well-\nknown line.\n"))).toEqual([]);
  });
});

describe("keys beside a joined wrap act on what is shown (qrev-29)", () => {
  // "well-|known": the break between is drawn as nothing, so a key that acted on it alone did
  // nothing to be seen, and Backspace or Delete took the file's line end out.
  const wrapAt = 2 + LINES[0]!.length; // the break after "well-"
  const at = (pos: number): EditorState => {
    const state = opened();
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  };
  const run = (state: EditorState, command: Command): EditorState | null => {
    let next: EditorState | null = null;
    command(state, (tr) => (next = state.apply(tr)));
    return next;
  };

  it("Backspace after it deletes the dash and keeps the line end; Delete before it, the letter", () => {
    const backspaced = run(at(wrapAt + 1), deleteDashBeforeJoin)!;
    expect(docToText(backspaced.doc)).toBe(story.replace("a well-\nknown", "a well\nknown"));
    expect(joined(backspaced)).toEqual(["view-|over"]);
    const deleted = run(at(wrapAt), deleteLetterAfterJoin)!;
    expect(docToText(deleted.doc)).toBe(story.replace("a well-\nknown", "a well-\nnown"));
  });

  it("an arrow steps over it and the letter beyond, as over what is shown", () => {
    expect(run(at(wrapAt), stepRightOverJoin)!.selection.head).toBe(wrapAt + 2);
    expect(run(at(wrapAt + 1), stepLeftOverJoin)!.selection.head).toBe(wrapAt - 1);
  });

  it("leaves every other place to the usual keys, a wrap after a word too", () => {
    const wordWrap = 2 + LINES[0]!.length + 1 + LINES[1]!.length; // after "so"
    for (const pos of [wrapAt - 1, wordWrap, wordWrap + 1])
      for (const command of [
        deleteDashBeforeJoin,
        deleteLetterAfterJoin,
        stepLeftOverJoin,
        stepRightOverJoin,
      ])
        expect(run(at(pos), command)).toBeNull();
  });
});
