import { EditorState, TextSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { clipboardText, pastedSlice } from "../../../renderer/editor/clipboard-text";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";
import { hardWrap } from "../../support/hard-wrap";

const sentence =
  "The keeper climbed the stair at dusk with the oil can in one hand and the lamp glass in the other, counting the steps.";
const story = `${hardWrap(Array.from({ length: 6 }, () => sentence).join(" "))}\n\nShe waited.\n`;

describe("pasting from a hard-wrapped draft (wrev-26)", () => {
  it("pastes a phrase copied across a wrap as the words shown, a space between, not a line end", () => {
    const state = EditorState.create({ doc: textToDoc(story) });
    const [first, second] = story.split("\n");
    // "one hand": the last word of the first line, the wrap, the first of the second.
    const from = 1 + 1 + first!.lastIndexOf(" ") + 1;
    const to = 1 + 1 + first!.length + 1 + second!.indexOf(" ");
    const copied = TextSelection.create(state.doc, from, to).content();
    const at = state.doc.content.size - 2 - "waited.".length;
    const tr = state.tr.setSelection(TextSelection.create(state.doc, at));
    tr.replaceSelection(pastedSlice(copied));
    const last = `${first!.split(" ").pop()} ${second!.split(" ")[0]}`;
    expect(docToText(tr.doc)).toBe(story.replace("She waited.", `She ${last}waited.`));
  });
});

describe("pasting whole paragraphs from a hard-wrapped draft (wrev-26)", () => {
  it("keeps the lines of a paragraph copied whole, and drops the wraps of the cut ones", () => {
    const three = `${story.split("\n\n")[0]}\n\n`.repeat(3) + "She waited.\n";
    const state = EditorState.create({ doc: textToDoc(three) });
    const paragraphs: number[] = [];
    state.doc.descendants((node, pos) => {
      if (node.type.name === "paragraph") paragraphs.push(pos);
      return node.type.name !== "paragraph";
    });
    // From the middle of the first paragraph's last line to the middle of the third's first.
    const first = state.doc.nodeAt(paragraphs[0]!)!;
    const copied = TextSelection.create(
      state.doc,
      paragraphs[0]! + first.nodeSize - 6,
      paragraphs[2]! + 10,
    ).content();
    const pasted = pastedSlice(copied);
    const wraps: boolean[][] = [];
    pasted.content.descendants((node) => {
      if (node.isTextblock) wraps.push([]);
      if (node.type.name === "hard_break") wraps[wraps.length - 1]!.push(node.attrs.wrap);
    });
    expect(wraps[0]).toEqual([]);
    expect(wraps[1]!.length).toBeGreaterThan(8);
    expect(wraps[1]!.every((w) => w)).toBe(true);
    expect(wraps[2]).toEqual([]);
  });
});

describe("copying across a wrap after a closed dash (qa-29)", () => {
  // The first line ends in "well-": the editor shows and the exports write "well-known".
  const hyphened = story.replace(/ one\nhand /u, " well-\nknown ");
  const [first, second] = hyphened.split("\n");

  it("copies well-known as shown, and a wrap after a word as a space", () => {
    const state = EditorState.create({ doc: textToDoc(hyphened) });
    const from = 2 + first!.lastIndexOf(" ") + 1;
    const to = 2 + first!.length + 1 + second!.length + 1 + 4;
    const copied = clipboardText(TextSelection.create(state.doc, from, to).content());
    expect(copied).toBe(`well-${second} ${hyphened.split("\n")[2]!.slice(0, 4)}`);
  });

  it("pastes well-known copied across the wrap as one word", () => {
    const state = EditorState.create({ doc: textToDoc(hyphened) });
    const from = 2 + first!.lastIndexOf(" ") + 1;
    const to = 2 + first!.length + 1 + second!.indexOf(" ");
    const copied = TextSelection.create(state.doc, from, to).content();
    const at = state.doc.content.size - 2 - "waited.".length;
    const tr = state.tr.setSelection(TextSelection.create(state.doc, at));
    tr.replaceSelection(pastedSlice(copied));
    expect(docToText(tr.doc)).toBe(hyphened.replace("She waited.", "She well-knownwaited."));
  });
});
