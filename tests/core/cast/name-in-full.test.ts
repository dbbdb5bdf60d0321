/**
 * A name given twice over, the second time in full ("Cole. Janine Cole.", core/cast/vocatives.ts):
 * the speaker's own, as an answer to "Name?" is, not a call to someone else.
 */
import { describe, expect, it } from "vitest";
import { namesSelf } from "../../../core/cast/vocatives";
import { person, speakersOf as speakers } from "./helpers";

/** namesSelf for the first occurrence of `name` in `text`. */
const gives = (text: string, name: string): boolean =>
  namesSelf(text, text.indexOf(name), text.indexOf(name) + name.length);

describe("a name given in full after itself", () => {
  it("is the speaker's own, both times it is written", () => {
    expect(gives("Wren. Tobias Wren.", "Wren")).toBe(true);
    expect(gives("Wren. Tobias Wren.", "Tobias Wren")).toBe(true);
    expect(gives("Tobias. Tobias Wren. Is my daughter here?", "Tobias")).toBe(true);
  });

  it("is not a name called once, or twice without the full form", () => {
    expect(gives("Wren. Get in here.", "Wren")).toBe(false);
    expect(gives("Tobias. Tobias, look at me.", "Tobias")).toBe(false);
    expect(gives("Wren. Ada Moss is waiting.", "Wren")).toBe(false);
  });

  it("gives the line to the one it names, and the turns around it follow", () => {
    expect(
      speakers(
        [person("Ada Moss", "Ada"), person("Tobias Wren")],
        "The man at the counter dripped rain onto the mat. Ada pulled a form across the desk.",
        '"Can I have a name?"',
        '"Wren. Tobias Wren."',
        '"And a telephone number?"',
        '"I left the phone in the car."',
      ),
    ).toEqual(["Ada Moss", "Tobias Wren", "Ada Moss", "Tobias Wren"]);
  });
});
