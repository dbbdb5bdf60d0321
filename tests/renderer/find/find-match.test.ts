import { SearchQuery } from "prosemirror-search";
import { describe, expect, it } from "vitest";
import { matcherFor } from "../../../renderer/find/find-match";

/** The words each match covers in `text`. */
function found(text: string, search: string, caseSensitive = false): string[] {
  const matches = matcherFor(new SearchQuery({ search, caseSensitive }))(text, 0);
  return matches.map((m) => text.slice(m.from, m.to));
}

describe("plain find without case", () => {
  it("keeps positions after a letter whose lower case is longer (İ lowers to two units)", () => {
    const text = "İpek met Cem at the İstanbul ferry; Cem waved.";
    expect(found(text, "cem")).toEqual(["Cem", "Cem"]);
    expect(found(text, "ferry")).toEqual(["ferry"]);
    expect(found(text, "İstanbul")).toEqual(["İstanbul"]);
  });

  it("still ignores case in the usual way", () => {
    expect(found("The BELL, a Bell, the bell.", "bell")).toEqual(["BELL", "Bell", "bell"]);
    expect(found("The BELL, a Bell.", "bell", true)).toEqual([]);
  });
});
