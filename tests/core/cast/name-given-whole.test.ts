/**
 * A line that is only a surname and then the full name ("Cole. Janine Cole.", the answer to
 * "Name?") gives its speaker's name in so many words, as the narration's "her name was June"
 * does: discovery lists that person, though the narration never writes the name.
 */
import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { discoverCast } from "../../../core/cast/discover";

const STOP = [
  "The deputy walked round the car twice with his torch before he came to the window.",
  "“Licence, please.”",
  "She handed it over. He read it under the torch and wrote something on his pad.",
  "“And the name for the ticket?”",
  "“Cole. Janine Cole.”",
  "He wrote it down in block capitals and tore the pink copy off.",
];

const found = (paragraphs: readonly string[]) =>
  discoverCast(storyFromParagraphs([...paragraphs])).map((c) => c.name);

describe("a name given whole as a line", () => {
  it("lists the person whose line gives a surname and then the full name", () => {
    expect(found(STOP)).toContain("Janine Cole");
  });

  it("lists no one from a line that is a name once, or two names that do not match", () => {
    const once = STOP.map((t) => (t.includes("Janine") ? "“Janine Cole.”" : t));
    expect(found(once)).not.toContain("Janine Cole");
    const other = STOP.map((t) => (t.includes("Janine") ? "“Cole. Janine Price.”" : t));
    expect(found(other).some((n) => n.includes("Janine"))).toBe(false);
    // Inside a longer line, the two names are talk about someone ("Cole. Janine Cole runs it").
    const talk = STOP.map((t) =>
      t.includes("Janine") ? "“Cole. Janine Cole runs the garage on Mill Lane.”" : t,
    );
    expect(found(talk)).not.toContain("Janine Cole");
  });
});
