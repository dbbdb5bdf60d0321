import { describe, expect, it } from "vitest";
import { formatCount } from "../../../renderer/editor/word-count";

describe("formatCount", () => {
  it("groups thousands the way the status bar shows them", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(12345)).toBe("12,345");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(-1234)).toBe("-1,234");
    expect(formatCount(100000)).toBe("100,000");
  });
});
