/**
 * The one a line calls by name answers it: a subject pronoun that opens the narration straight
 * after the reply's first line ('"Which one?" He put the cup down.') is the one called, not the
 * man who just spoke, when nothing came before that line and the line calls no one itself.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Tom"), person("Bill"), person("Anne")];
const talk = (reply: string) =>
  speakersOf(
    cast,
    "Tom was sanding the door. Bill stood at the bench with a cup of tea, and Anne was out in the yard.",
    "“Bill, come and look at this hinge,” said Tom.",
    reply,
    "“The top one.”",
  );

describe("a pronoun beat after the first line of a reply", () => {
  it("is the one the last line called", () => {
    expect(talk("“Which one?” He put the cup down. “The top one?”")).toEqual([
      "Tom",
      "Bill",
      "Bill",
      "Tom",
    ]);
  });

  it("is not the one called when the reply's own line calls them", () => {
    expect(talk("“Hold on, Bill.” He put the plane down. “I've found it.”")).toEqual([
      "Tom",
      "Tom",
      "Tom",
      "Bill",
    ]);
  });
});
