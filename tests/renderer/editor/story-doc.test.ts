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

/** Prose lines of at most `width` columns, breaking mid-sentence, as an editor's wrap leaves them. */
function wrap(words: string, width = 68): string {
  const lines: string[] = [];
  let line = "";
  for (const word of words.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}
const prose = (n: number, what = "tide"): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `The ${what} came in over the flats for the ${i + 1}th time that week, and the gulls rose from the mud in a body and came down again further along the shore.`,
  ).join(" ");

/** Each paragraph's line breaks: "wrap" for a wrap's, "break" for the writer's. */
function breaksOf(doc: PMNode): string[][] {
  const out: string[][] = [];
  doc.descendants((node) => {
    if (node.type !== schema.nodes.paragraph) return true;
    const kinds: string[] = [];
    node.forEach((child) => {
      if (child.type === schema.nodes.hard_break)
        kinds.push(child.attrs.wrap === true ? "wrap" : "break");
    });
    out.push(kinds);
    return false;
  });
  return out;
}

describe("a hard-wrapped draft", () => {
  const verse = "The lamp is lit,\nthe tide is in,\nand no one comes.";
  const story = `${wrap(prose(3))}\n\n${verse}\n\n${wrap(prose(2, "fog"))}\n`;
  const lines = (p: string): number => p.split("\n").length - 1;

  it("reads the wraps' breaks as wraps and the verse's as the writer's, writing back every byte", () => {
    const all = (n: number, kind: string): string[] => Array.from({ length: n }, () => kind);
    for (const text of [story, story.replace(/\n/g, "\r\n")]) {
      const doc = textToDoc(text);
      expect(breaksOf(doc)).toEqual([
        all(lines(wrap(prose(3))), "wrap"),
        all(2, "break"),
        all(lines(wrap(prose(2, "fog"))), "wrap"),
      ]);
      expect(docToText(doc)).toBe(text);
    }
  });

  it("reads no wraps in a draft that is not wrapped", () => {
    expect(breaksOf(textToDoc(`${verse}\n\n${verse}\n`)).flat()).not.toContain("wrap");
  });

  it("keeps a Markdown hard break as the writer's in a Markdown draft", () => {
    const marked = story.replace("\n", "  \n");
    expect(breaksOf(textToDoc(marked))[0]![0]).toBe("wrap");
    expect(breaksOf(textToDoc(marked, undefined, { markdown: true }))[0]![0]).toBe("break");
  });

  it("Enter beside a wrap takes its line end: the paragraph break stands in its place", () => {
    const state = EditorState.create({ doc: textToDoc(story) });
    let after = -1;
    state.doc.descendants((node, pos) => {
      if (after < 0 && node.type === schema.nodes.hard_break) after = pos + 1;
    });
    const expected = story.replace("\n", "\n\n");
    for (const pos of [after, after - 1]) {
      let edited = state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
      expect(splitParagraph(edited, (tr) => (edited = edited.apply(tr)))).toBe(true);
      expect(docToText(edited.doc)).toBe(expected);
    }
  });
});

describe("a hard-wrapped draft with a paragraph typed unwrapped (wrev-26)", () => {
  it("keeps the writer's break between two long lines: neither is a wrap's", () => {
    const typed = `${prose(1, "rain")}\n${prose(1, "wind")}`;
    const text = `${wrap(prose(3))}\n\n${typed}\n\n${wrap(prose(2, "fog"))}\n`;
    const doc = textToDoc(text);
    expect(breaksOf(doc)[0]).toContain("wrap");
    expect(breaksOf(doc)[1]).toEqual(["break"]);
    expect(docToText(doc)).toBe(text);
  });
});
