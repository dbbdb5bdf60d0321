import { describe, expect, it } from "vitest";
import { StringTable } from "../../../renderer/analysis/intern";

describe("interning a worker's answer", () => {
  it("keeps every value and shape, and shares equal strings", () => {
    const cloned = () =>
      structuredClone({
        mentions: [
          { paragraph: 0, from: 1, to: 6, character: "Spike" },
          { paragraph: 2, from: 0, to: 5, character: "Spike" },
        ],
        notes: [{ kind: "voice", fixes: ["going to", "gonna"], speaker: null, gloss: undefined }],
        ms: 3.5,
      });
    const original = cloned();
    const table = new StringTable();
    const interned = table.internAll(cloned());
    expect(interned).toEqual(original);
    // Same content again, in a later message: its strings are the first message's.
    const later = table.internAll(cloned());
    expect(later).toEqual(original);
    // Identity of primitives is not observable in JS; equality and a full round trip are.
    expect(later.mentions.map((m) => m.character)).toEqual(["Spike", "Spike"]);
    expect(later.notes[0]!.fixes).toEqual(["going to", "gonna"]);
  });
});
