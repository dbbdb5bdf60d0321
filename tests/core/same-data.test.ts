import { describe, expect, it } from "vitest";
import { sameData } from "../../core/same-data";

describe("sameData: two pieces of plain data alike", () => {
  it("whatever the order of their keys", () => {
    expect(sameData({ name: "Maud", voice: "british" }, { voice: "british", name: "Maud" })).toBe(
      true,
    );
    expect(
      sameData({ a: { b: 1, c: [1, { d: 2, e: 3 }] } }, { a: { c: [1, { e: 3, d: 2 }], b: 1 } }),
    ).toBe(true);
  });

  it("not when a value, an array's order or its length differs", () => {
    expect(sameData({ voice: "british" }, { voice: "american" })).toBe(false);
    expect(sameData(["Maud", "Ivo"], ["Ivo", "Maud"])).toBe(false);
    expect(sameData(["Maud"], ["Maud", "Maud"])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData("1", 1)).toBe(false);
  });

  it("a key holding undefined as an absent key, as the sidecar's JSON writes it", () => {
    expect(sameData({ name: "Maud", voice: undefined }, { name: "Maud" })).toBe(true);
    expect(sameData({ name: "Maud" }, { name: "Maud", voice: undefined })).toBe(true);
    expect(sameData({ name: "Maud", voice: undefined }, { name: "Maud", voice: null })).toBe(false);
  });
});
