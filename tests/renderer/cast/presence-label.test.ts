import { describe, expect, it } from "vitest";
import { presenceLabel } from "../../../renderer/cast/panel";

describe("the cast card's line of where a character is", () => {
  it("counts the mentions before the scenes they fall in", () => {
    expect(presenceLabel(11, 2)).toEqual({ count: "11 mentions", rest: " in scenes" });
    expect(presenceLabel(1, 1)).toEqual({ count: "1 mention", rest: " in scene" });
    expect(presenceLabel(3, 0)).toEqual({ count: "3 mentions", rest: ", in no scene" });
    expect(presenceLabel(0, 0)).toEqual({ count: null, rest: "In no scene" });
  });

  it("says no '0 mentions' for a character found in scenes by their lines alone", () => {
    // "my dad" speaks 22 lines in three scenes and the story never names him: "0 mentions in
    // scenes 1 6 7" read as a contradiction.
    expect(presenceLabel(0, 3)).toEqual({ count: null, rest: "In scenes" });
    expect(presenceLabel(0, 1)).toEqual({ count: null, rest: "In scene" });
  });
});
