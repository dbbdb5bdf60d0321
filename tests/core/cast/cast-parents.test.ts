/** Which cast member a family word means by the cast alone (core/cast/cast-parents.ts). */
import { describe, expect, it } from "vitest";
import { castParent } from "../../../core/cast/cast-parents";
import type { Character } from "../../../core/model";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

describe("castParent", () => {
  it("finds the one Mrs and the one Mr of a family whose child the cast lists", () => {
    const cast = [
      person("Gerald Hale", "Mr Hale"),
      person("Margaret Hale", "Mrs Hale", "Mrs. Hale"),
      person("Ruby Hale", "Ruby"),
    ];
    expect(castParent(cast, "mother")).toBe("Margaret Hale");
    expect(castParent(cast, "father")).toBe("Gerald Hale");
  });

  it("finds no parent without a child of that surname, or with two of the title", () => {
    const couple = [person("Gerald Hale", "Mr Hale"), person("Margaret Hale", "Mrs Hale")];
    expect(castParent(couple, "mother")).toBeNull();
    const two = [person("Mrs. Bennet"), person("Mrs. Long"), person("Jane Bennet")];
    expect(castParent(two, "mother")).toBeNull();
  });
});
