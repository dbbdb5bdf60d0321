/**
 * CastDescriptions keeps answers that read the cast alone (cast-descriptions.ts): each kept
 * answer is the one a fresh reading gives, and belongs to the cast it was read from.
 */
import { describe, expect, it } from "vitest";
import { CastDescriptions } from "../../../core/cast/cast-descriptions";
import type { Character } from "../../../core/model";

const member = (name: string, aliases: string[] = []): Character => ({
  name,
  aliases,
  voice: "unknown",
});

function descriptions(cast: readonly Character[]): CastDescriptions {
  const named = new Set(cast.map((c) => c.name));
  return new CastDescriptions(cast, named, "narrator", new Map(), {
    everywhere: new Map(),
    spans: new Map(),
  });
}

describe("whether the cast calls someone as an elder", () => {
  it("answers again as it did at first, for each member", () => {
    const cast = [member("Mrs. Keller"), member("Ray", ["Uncle Ray"]), member("Dee")];
    const kept = descriptions(cast);
    const asked = ["Mrs. Keller", "Ray", "Dee", "Nobody"].map((k) => kept.isElder(k));
    expect(asked).toEqual([true, true, false, false]);
    expect(["Nobody", "Dee", "Ray", "Mrs. Keller"].map((k) => kept.isElder(k))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it("reads another cast afresh: Dee called Mum there is an elder", () => {
    expect(descriptions([member("Dee")]).isElder("Dee")).toBe(false);
    expect(descriptions([member("Dee", ["Mum"])]).isElder("Dee")).toBe(true);
  });
});
