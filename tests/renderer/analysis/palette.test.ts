import { describe, expect, it } from "vitest";
import { CAST_COLORS, colorSlots } from "../../../renderer/analysis/palette";

describe("character colour slots", () => {
  it("gives the next free hue in cast order", () => {
    expect([...colorSlots(["Harriet", "Mark"])]).toEqual([
      ["Harriet", 0],
      ["Mark", 1],
    ]);
  });

  // Found on a writer's day: adding Priya to the cast listed her first, and Mark's lines and
  // name changed from blue to orange in the middle of the session.
  it("keeps the hue each character already had when a new one joins ahead of them", () => {
    const before = colorSlots(["Harriet", "Mark"]);
    const after = colorSlots(["Priya", "Harriet", "Mark"], new Map(), before);
    expect(after.get("Harriet")).toBe(0);
    expect(after.get("Mark")).toBe(1);
    expect(after.get("Priya")).toBe(2);
  });

  it("lets a colour the writer picked win over a hue kept from before", () => {
    const before = colorSlots(["Harriet", "Mark"]);
    const after = colorSlots(["Harriet", "Mark"], new Map([["Mark", CAST_COLORS[0]]]), before);
    expect(after.get("Mark")).toBe(0);
    expect(after.get("Harriet")).not.toBe(0);
  });
});
