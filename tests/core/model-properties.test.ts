/**
 * Property tests of the story model, the way a writer's draft is at risk: random edits must undo
 * back to the very bytes, reading and writing must change nothing, and reordering scenes must
 * never lose or duplicate a paragraph.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { joinBackward } from "prosemirror-commands";
import { closeHistory, history, undo } from "prosemirror-history";
import type { Node as PMNode } from "prosemirror-model";
import { EditorState, TextSelection, type Command, type Transaction } from "prosemirror-state";
import { parseStory, storyToText } from "../../core/story";
import { decodeBytes, encodeText } from "../../electron/host/decode";
import { splitParagraph } from "../../renderer/editor/paragraphs";
import { moveScene } from "../../renderer/outline/scene-commands";
import { docToText, textToDoc, type SceneLayout } from "../../renderer/editor/story-doc";
import { schema } from "../../renderer/editor/schema";

const RUNS = { numRuns: 200 };

// ---- Story generators: LF or CRLF, BOM, blank-line runs, markers, curly and single quotes.
const word = fc.constantFrom(
  "rain",
  "Nell",
  "said",
  "‘Go",
  "on’",
  "“No,”",
  "café",
  "don't",
  "—",
  "42",
  "naïve",
  "…",
  "the",
  "a",
);
const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" "));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 });
const marker = fc.constantFrom("* * *", "***", "#", "~~~");
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((ls) => ({ lines: ls, isMarker: false })) },
  { weight: 1, arbitrary: marker.map((m) => ({ lines: [m], isMarker: true })) },
);

interface StoryShape {
  readonly text: string;
  readonly eol: string;
}

const storyText: fc.Arbitrary<StoryShape> = fc
  .record({
    blocks: fc.array(block, { minLength: 1, maxLength: 12 }),
    eol: fc.constantFrom("\n", "\r\n"),
    mixedEvery: fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }),
    blanks: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 12, maxLength: 12 }),
    bom: fc.boolean(),
    trailing: fc.constantFrom("", "\n", "\r\n", "\n\n"),
    leading: fc.constantFrom("", "\n", "  \n"),
  })
  .map(({ blocks, eol, mixedEvery, blanks, bom, trailing, leading }) => {
    let n = 0;
    // Mixed files: every k-th line ending is the other kind.
    const end = (): string =>
      mixedEvery && ++n % mixedEvery === 0 ? (eol === "\n" ? "\r\n" : "\n") : eol;
    const parts = blocks.map((b) => b.lines.map((l, i) => (i === 0 ? l : end() + l)).join(""));
    let text = parts[0]!;
    for (let i = 1; i < parts.length; i++)
      text += end() + end().repeat(blanks[i % blanks.length]!) + parts[i];
    return { text: (bom ? "\uFEFF" : "") + leading + text + trailing, eol };
  });

/** Any string at all, biased toward the characters that make line handling hard. */
const anyText = fc.string({
  unit: fc.constantFrom(
    "a",
    "B",
    " ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\uFEFF",
    "*",
    "#",
    "~",
    "é",
    "“",
    "\u2028",
    "\uD83D\uDE00",
  ),
  maxLength: 80,
});

describe("read -> write is byte-identical", () => {
  it("for generated stories (LF, CRLF, mixed endings, BOM, markers)", () => {
    fc.assert(
      fc.property(storyText, ({ text }) => {
        expect(storyToText(parseStory(text))).toBe(text);
        expect(docToText(textToDoc(text))).toBe(text);
      }),
      RUNS,
    );
  });

  it("for any string at all, even ones no story looks like", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(storyToText(parseStory(text))).toBe(text);
        expect(docToText(textToDoc(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("through the bytes, in every encoding that can hold the text", () => {
    fc.assert(
      fc.property(
        storyText,
        fc.constantFrom("utf-8", "utf-16le", "utf-16be") as fc.Arbitrary<
          "utf-8" | "utf-16le" | "utf-16be"
        >,
        ({ text }, encoding) => {
          // A BOM tells the decoder the encoding; UTF-16 files without one are not detected.
          const withBom =
            encoding === "utf-8" || text.startsWith("\uFEFF") ? text : "\uFEFF" + text;
          const bytes = encodeText(withBom, encoding);
          const decoded = decodeBytes(bytes);
          expect(decoded.encoding).toBe(encoding);
          expect(decoded.text).toBe(withBom);
          expect(encodeText(docToText(textToDoc(decoded.text)), encoding).equals(bytes)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

// ---- Random edits on an EditorState.
type Edit =
  | { readonly kind: "insert"; readonly at: number; readonly text: string }
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "split"; readonly at: number }
  | { readonly kind: "join"; readonly at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.constantFrom("x", " and more", "“Hi,”", "é", "\u00a0", "😀"),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({ kind: fc.constant("split" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("join" as const), at: fc.nat() }),
);

/** Positions inside paragraph text (not in scene-break lines), where a writer can put the caret. */
function caretPositions(doc: PMNode): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type === schema.nodes.paragraph) {
      for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) out.push(p);
      return false;
    }
    return true;
  });
  return out;
}

function runCommand(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr: Transaction) => (next = state.apply(tr)));
  return next;
}

/** Applies one edit as its own undo step; edits that do not apply leave the state as it was. */
function apply(state: EditorState, e: Edit): EditorState {
  const carets = caretPositions(state.doc);
  if (carets.length === 0) return state;
  const at = carets[e.at % carets.length]!;
  const caret = state.apply(
    closeHistory(state.tr.setSelection(TextSelection.create(state.doc, at))),
  );
  switch (e.kind) {
    case "insert":
      return caret.apply(closeHistory(caret.tr.insertText(e.text)));
    case "delete": {
      const $at = caret.doc.resolve(at);
      const to = Math.min(at + e.length, $at.end());
      return to > at ? caret.apply(closeHistory(caret.tr.delete(at, to))) : caret;
    }
    case "split":
      return runCommand(caret, splitParagraph);
    case "join":
      return runCommand(caret, joinBackward);
  }
}

describe("random edits undo back to the original", () => {
  it("byte for byte, after any sequence of inserts, deletes, splits and joins", () => {
    let changedRuns = 0;
    fc.assert(
      fc.property(storyText, fc.array(edit, { minLength: 1, maxLength: 25 }), ({ text }, edits) => {
        const original = EditorState.create({
          doc: textToDoc(text),
          plugins: [history({ newGroupDelay: 0 })],
        });
        let state = original;
        for (const e of edits) {
          state = apply(state, e);
          // Every state in between is a valid document that also writes and reads back unchanged.
          state.doc.check();
          const written = docToText(state.doc);
          expect(docToText(textToDoc(written))).toBe(written);
        }
        if (docToText(state.doc) !== text) changedRuns++;
        let steps = 0;
        while (steps++ < 500) {
          const next = runCommand(state, undo);
          if (next === state) break;
          state = next;
        }
        expect(docToText(state.doc)).toBe(text);
        expect(state.doc.eq(original.doc)).toBe(true);
      }),
      RUNS,
    );
    // The property means something only if most runs really changed the text before undoing.
    expect(changedRuns).toBeGreaterThan(RUNS.numRuns / 2);
  });
});

// ---- Moving scenes.
function paragraphTexts(doc: PMNode): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.type === schema.nodes.paragraph) {
      out.push(node.textContent);
      return false;
    }
    return true;
  });
  return out;
}

const sceneStory = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 8 }),
    markers: fc.boolean(),
    eol: fc.constantFrom("\n", "\r\n"),
  })
  .map(({ sizes, markers, eol }) => {
    let n = 0;
    const scenes = sizes.map((size) =>
      Array.from(
        { length: size },
        () => `Paragraph ${n++} rain on the ${n % 3 === 0 ? "“roof”" : "glass"}.`,
      ),
    );
    const text =
      scenes
        .map((ps) => ps.join(eol + eol))
        .join(markers ? `${eol}${eol}* * *${eol}${eol}` : eol + eol) + eol;
    let first = 0;
    const layout: SceneLayout[] = sizes.map((size) => {
      const scene = { firstParagraph: first, lastParagraph: first + size - 1, attrs: {} };
      first += size + (markers ? 1 : 0);
      return scene;
    });
    return { text, layout: markers ? undefined : layout, count: n };
  });

describe("moving scenes", () => {
  it("never loses or duplicates a paragraph, and undo restores the bytes", () => {
    let totalMoves = 0;
    fc.assert(
      fc.property(
        sceneStory,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }),
        ({ text, layout, count }, moves) => {
          const original = EditorState.create({
            doc: textToDoc(text, layout),
            plugins: [history({ newGroupDelay: 0 })],
          });
          const before = paragraphTexts(original.doc).filter((t) => !/^\*/.test(t));
          expect(before).toHaveLength(count);
          let state = original;
          let applied = 0;
          for (const [a, b] of moves) {
            const n = state.doc.childCount;
            const next = runCommand(state, moveScene(a % n, b % n));
            if (next !== state) applied++;
            state = next;
            const after = paragraphTexts(state.doc).filter((t) => !/^\*/.test(t));
            expect([...after].sort()).toEqual([...before].sort());
            expect(new Set(after).size).toBe(after.length);
            // The saved file holds the same paragraphs too.
            const saved = parseStory(docToText(state.doc))
              .paragraphs.filter((p) => !p.isBreak)
              .map((p) => p.text);
            expect([...saved].sort()).toEqual([...before].sort());
          }
          totalMoves += applied;
          for (let i = 0; i < applied; i++) state = runCommand(state, undo);
          expect(docToText(state.doc)).toBe(text);
        },
      ),
      RUNS,
    );
    expect(totalMoves).toBeGreaterThan(RUNS.numRuns);
  });
});
