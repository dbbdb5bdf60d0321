import type { Node as PMNode } from "prosemirror-model";
import { describe, expect, it } from "vitest";
import { blockEdge } from "../../../renderer/plugins/highlights";
import { textToDoc } from "../../../renderer/story-doc";

/** Every block of the document with its start and end positions, in order. */
function blocks(doc: PMNode): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  doc.forEach((scene, scenePos) =>
    scene.forEach((block, offset) => {
      const from = scenePos + 1 + offset;
      out.push({ text: block.textContent, from, to: from + block.nodeSize });
    }),
  );
  return out;
}

describe("the paint window's block edges", () => {
  const doc = textToDoc("Alpha.\n\nBravo.\n\n* * *\n\nCharlie.\n\nDelta.\n\nEcho.\n");
  const all = blocks(doc);
  const at = (text: string): (typeof all)[number] => all.find((b) => b.text === text)!;

  it("widens by whole blocks, across scene boundaries", () => {
    expect(doc.childCount).toBe(2);
    const inCharlie = at("Charlie.").from + 3;
    expect(blockEdge(doc, inCharlie, -1)).toBe(all[all.indexOf(at("Charlie.")) - 1]!.from);
    expect(blockEdge(doc, inCharlie, -2)).toBe(at("Bravo.").from);
    expect(blockEdge(doc, at("Bravo.").from + 1, 2)).toBe(at("Charlie.").to);
  });

  it("stops at the ends of the document", () => {
    expect(blockEdge(doc, at("Bravo.").from, -10)).toBe(at("Alpha.").from);
    expect(blockEdge(doc, at("Delta.").from, 10)).toBe(at("Echo.").to);
    expect(blockEdge(doc, 0, -1)).toBe(at("Alpha.").from);
    expect(blockEdge(doc, doc.content.size, 1)).toBe(at("Echo.").to);
  });

  it("with no margin, gives either edge of the block it starts in", () => {
    const echo = at("Echo.");
    expect(blockEdge(doc, echo.from + 2, 0, "start")).toBe(echo.from);
    expect(blockEdge(doc, echo.from + 2, 0, "end")).toBe(echo.to);
  });
});
