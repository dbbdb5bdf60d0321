import { describe, expect, it } from "vitest";
import { castGenders } from "../../../core/cast/genders";
import type { Character } from "../../../core/model";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });

describe("castGenders", () => {
  it("tells a couple apart by the pronouns the story uses for a given name no list holds", () => {
    // Neither "Rowan" nor "Jude" says a sex; the narration's "she" says Rowan's.
    const cast = [person("Rowan Hale"), person("Jude Hale")];
    const genders = castGenders(cast, new Map([["Rowan Hale", "f" as const]]));
    expect(genders.get("Rowan Hale")).toBe("f");
    expect(genders.get("Jude Hale")).toBe("m");
  });

  it("lets a title decide over the pronouns", () => {
    const genders = castGenders([person("Mrs. Hale")], new Map([["Mrs. Hale", "m" as const]]));
    expect(genders.get("Mrs. Hale")).toBe("f");
  });
});
