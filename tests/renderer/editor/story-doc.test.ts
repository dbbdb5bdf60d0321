import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { joinBackward } from "prosemirror-commands";
import { EditorState, TextSelection } from "prosemirror-state";
import { splitParagraph } from "../../../renderer/editor/paragraphs";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";
import type { Node as PMNode } from "prosemirror-model";
import { schema } from "../../../renderer/editor/schema";

const seed = readFileSync(new URL("../../../documents/story.txt", import.meta.url), "utf8");

describe("story <-> document", () => {
  it("gives back the bundled story byte for byte", () => {
    expect(docToText(textToDoc(seed))).toBe(seed);
  });

  it("keeps CRLF, a BOM, inner line breaks and markers", () => {
    const t = "\uFEFFOne\r\nline two\r\n\r\n   * * *\r\n\r\nTwo.\r\n";
    const doc = textToDoc(t);
    expect(doc.childCount).toBe(2);
    expect(doc.child(1).firstChild!.type).toBe(schema.nodes.scene_break);
    expect(docToText(doc)).toBe(t);
  });

  it("keeps bare CRs out of text nodes, as breaks that write back as CRs", () => {
    const t = "Classic Mac\rline two\rline three\n\nA stray\rCR.\n";
    const doc = textToDoc(t);
    const texts: string[] = [];
    doc.descendants((node) => void (node.isText && texts.push(node.text!)));
    expect(texts.some((x) => x.includes("\r"))).toBe(false);
    expect(docToText(doc)).toBe(t);
  });

  it("survives any text unchanged", () => {
    const piece = fc.constantFrom(
      "word",
      " ",
      "\n",
      "\r\n",
      "\t",
      "* * *",
      "#",
      "\uFEFF",
      "“q”",
      "\r",
      "~~~",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const t = parts.join("");
        expect(docToText(textToDoc(t))).toBe(t);
      }),
      { numRuns: 500 },
    );
  });

  it("changes only the edited paragraph", () => {
    const t = "Alpha.\r\n\r\n\r\nBeta.\r\n\r\nGamma.";
    const state = EditorState.create({ doc: textToDoc(t) });
    let beta = -1;
    state.doc.descendants((node, pos) => {
      if (node.isText && node.text === "Beta.") beta = pos;
    });
    const edited = state.apply(state.tr.insertText(" Delta", beta + 5));
    expect(docToText(edited.doc)).toBe("Alpha.\r\n\r\n\r\nBeta. Delta\r\n\r\nGamma.");
    let split = edited.apply(edited.tr.setSelection(TextSelection.create(edited.doc, beta + 2)));
    splitParagraph(split, (tr) => (split = split.apply(tr)));
    expect(docToText(split.doc)).toBe("Alpha.\r\n\r\n\r\nBe\r\n\r\nta. Delta\r\n\r\nGamma.");
  });

  // Found on a writer's day: in a LitBank excerpt ("Chapter 1", two blank lines, "Sir Walter"),
  // Enter then Backspace at the start of a paragraph saved one blank line fewer.
  it("keeps the separator before a paragraph after Enter and Backspace at its start", () => {
    const t = "Chapter 1\n\n\nSir Walter Elliot.\n";
    const state = EditorState.create({ doc: textToDoc(t) });
    let start = -1;
    state.doc.descendants((node, pos) => {
      if (node.isText && node.text === "Sir Walter Elliot.") start = pos;
    });
    let edited = state.apply(state.tr.setSelection(TextSelection.create(state.doc, start)));
    expect(splitParagraph(edited, (tr) => (edited = edited.apply(tr)))).toBe(true);
    expect(edited.selection.$from.parent.textContent).toBe("Sir Walter Elliot.");
    expect(joinBackward(edited, (tr) => (edited = edited.apply(tr)))).toBe(true);
    expect(docToText(edited.doc)).toBe(t);
  });

  it("shares one attributes object between paragraphs with the same separator", () => {
    const doc = textToDoc("One.\n\nTwo.\n\nThree\nstill three.\n\n\nFour.");
    const paragraphs: PMNode[] = [];
    doc.descendants((node) => {
      if (node.type === schema.nodes.paragraph) paragraphs.push(node);
    });
    const [, two, three, four] = paragraphs;
    expect(two!.attrs).toBe(three!.attrs);
    expect(four!.attrs).not.toBe(two!.attrs);
    expect(four!.attrs.before).toBe("\n\n\n");
    expect(three!.childCount).toBe(3);
  });
});
