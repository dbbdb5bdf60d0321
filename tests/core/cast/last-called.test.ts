/**
 * A line that calls one person and then opens a later sentence calling another ("Anne, fetch
 * the bread. Tom, turn that radio off.") is said, at its end, to the second: the reply is theirs.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Tom"), person("Mary"), person("Anne")];
const table = (line: string, reply: string) =>
  speakersOf(
    cast,
    "Mary and Anne were laying the table. Tom sat by the window with the radio on.",
    "“Where are the napkins?” Anne asked.",
    `“In the drawer.” Mary set down the plates. “${line}”`,
    `“${reply}”`,
  );

describe("a line that calls two people in turn", () => {
  it("is answered by the one its later sentence turns to", () => {
    expect(table("Anne, fetch the bread. Tom, turn that thing off.", "It’s the cricket.")).toEqual([
      "Anne",
      "Mary",
      "Mary",
      "Tom",
    ]);
  });

  it("is not turned by a name inside a sentence (an apposition)", () => {
    expect(table("Yes, Anne, but I heard it from my brother, Tom.", "He never tells me.")).toEqual([
      "Anne",
      "Mary",
      "Mary",
      "Anne",
    ]);
  });
});
