import { describe, expect, it } from "vitest";
import { impliedForms } from "../../../core/cast/names";
import type { Character } from "../../../core/model";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });

describe("impliedForms", () => {
  it("gives the surname of a titled full name even when it is a common word ('Good')", () => {
    const forms = impliedForms([person("Captain John Good, RN"), person("Sir Henry Curtis")]);
    expect(forms.get("Captain John Good, RN")).toContain("Good");
    expect(forms.get("Sir Henry Curtis")).toContain("Curtis");
  });

  it("still gives no common word of a title and one word ('Then' of 'Mr. Then')", () => {
    const forms = impliedForms([person("Mr. Then")]);
    expect(forms.get("Mr. Then") ?? []).not.toContain("Then");
  });
});
