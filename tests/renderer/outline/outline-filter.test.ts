import { describe, expect, it } from "vitest";
import { sceneCount } from "../../../renderer/outline/outline-filter";

describe("the outline's count line", () => {
  it("writes a long story's count the same way with the filter on and off", () => {
    const off = sceneCount(1234, 1234, false);
    const on = sceneCount(1234, 1234, true);
    expect(on.endsWith(off)).toBe(true);
    expect(off).not.toBe("1234 scenes");
  });

  it("says scene for one", () => {
    expect(sceneCount(1, 1, false)).toMatch(/^1 scene$/);
  });
});
