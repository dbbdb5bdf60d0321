import { describe, expect, it } from "vitest";
import { pooledByShape } from "../../../eval/scene-shapes";

describe("scene eval by story shape (text-free)", () => {
  it("pools stories with few gold boundaries apart from the rest", () => {
    const line = pooledByShape([
      { gold: 1, predicted: 2, hits: 1 },
      { gold: 0, predicted: 1, hits: 0 },
      { gold: 4, predicted: 3, hits: 3 },
    ]);
    // Few: 1 hit of 3 predicted and 1 gold; more: 3 of 3 predicted and 4 gold.
    expect(line).toBe(
      "at most 2 gold boundaries (2): P 0.33 R 1.00 F1 0.50; more (1): P 1.00 R 0.75 F1 0.86",
    );
  });

  it("scores an empty group as nothing to find and nothing found", () => {
    expect(pooledByShape([{ gold: 3, predicted: 3, hits: 3 }])).toBe(
      "at most 2 gold boundaries (0): P 0.00 R 0.00 F1 1.00; more (1): P 1.00 R 1.00 F1 1.00",
    );
  });
});
