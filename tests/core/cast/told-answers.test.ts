/**
 * The one a line was said to answers it, though they have not spoken yet: "Tom told Kate" (a
 * tag's listener, not only a name the line calls) keeps the next bare line Kate's in the
 * conversation pass, which would otherwise hand it by turns to whoever spoke before.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Tom"), person("Anne"), person("Kate")];

describe("a bare line after a line told to someone", () => {
  it("is theirs, though they have not spoken yet", () => {
    expect(
      speakersOf(
        cast,
        "Anne and Kate were at the counter with the forms. Tom came in with the post.",
        "“Is that the post?” Anne asked.",
        "“Just bills.”",
        "“You don't need to fill all of that in,” Tom told Kate.",
        "“I want to.”",
      ),
    ).toEqual(["Anne", "Tom", "Tom", "Kate"]);
  });
});
