import { EditorState, TextSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import {
  deleteWordAfter,
  deleteWordBefore,
  splitParagraph,
} from "../../../renderer/editor/paragraphs";
import { joinAtWrap, wrapSplits } from "../../../renderer/editor/wrap-split";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";
import { hardWrap } from "../../support/hard-wrap";

const sentence =
  "The keeper climbed the stair at dusk with the oil can in one hand and the lamp glass in the other, counting the steps.";
const story = `${hardWrap(Array.from({ length: 6 }, () => sentence).join(" "))}\n`;
const [first, second] = story.split("\n");
/** The position of the first line's end: the wrap break is right after it. */
const lineEnd = 2 + first!.length;

function run(command: typeof deleteWordBefore, pos: number): string | null {
  let state = EditorState.create({ doc: textToDoc(story) });
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  let out: string | null = null;
  command(state, (tr) => (out = docToText(state.apply(tr).doc)));
  return out;
}

describe("deleting a word beside a wrap (wrev-26)", () => {
  it("Ctrl+Backspace after a wrap deletes the word before it with the space shown", () => {
    const kept = first!.slice(0, first!.lastIndexOf(" ") + 1);
    expect(run(deleteWordBefore, lineEnd + 1)).toBe(story.replace(`${first}\n`, kept));
  });

  it("Ctrl+Delete before a wrap deletes the space shown and the word after it", () => {
    const rest = second!.slice(second!.indexOf(" "));
    expect(run(deleteWordAfter, lineEnd)).toBe(story.replace(`${first}\n${second}`, first + rest));
  });

  it("leaves a word away from a wrap to the browser", () => {
    expect(run(deleteWordBefore, lineEnd - 3)).toBeNull();
    expect(run(deleteWordAfter, lineEnd + 1)).toBeNull();
  });
});

describe("Backspace after Enter beside a wrap (wrev-26)", () => {
  const start = (): EditorState => {
    const state = EditorState.create({ doc: textToDoc(story), plugins: [wrapSplits()] });
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, lineEnd)));
  };
  const apply = (state: EditorState, command: typeof splitParagraph): EditorState => {
    let next = state;
    expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
    return next;
  };

  it("puts the wrap back: the words keep the space shown between them", () => {
    const split = apply(start(), splitParagraph);
    expect(docToText(split.doc)).toBe(story.replace(`${first}\n`, `${first}\n\n`));
    expect(docToText(apply(split, joinAtWrap).doc)).toBe(story);
  });

  it("is Backspace's own join once the writer has typed", () => {
    const split = apply(start(), splitParagraph);
    const typed = split.apply(split.tr.insertText("A"));
    expect(joinAtWrap(typed)).toBe(false);
  });
});
