/**
 * A line whose whole first sentence is a name, straight after a line that asked a name or gave
 * the speaker's own ("Who are you?" / "Tom.", "I'm Nadia." / "Ben."), gives its speaker's own
 * name: it is not a call to that person.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

describe("a name given in answer", () => {
  it("to a question for a name is the speaker's own", () => {
    const said = speakersOf(
      [person("Tom"), person("Anne")],
      "Anne found a boy on the garden wall, swinging his legs and eating an apple.",
      "“Who are you?” she asked.",
      "“Tom. I live at number six.”",
    );
    expect(said).toEqual(["Anne", "Tom"]);
  });

  it("to a self-introduction is the speaker's own", () => {
    const said = speakersOf(
      [person("Ben"), person("Nadia")],
      "Ben got to the bus stop at seven. Nadia was already there, reading under the shelter.",
      "“Late again,” she said. “I’m Nadia, by the way. I see you here every morning.”",
      "“Ben. You always have a book.”",
    );
    expect(said).toEqual(["Nadia", "Nadia", "Ben"]);
  });

  it("is still a call when no name was asked", () => {
    const said = speakersOf(
      [person("Tom"), person("Anne")],
      "Anne found Tom on the garden wall, swinging his legs and eating an apple.",
      "“Where did you get that?” she asked.",
      "“From the tree.”",
      "“Tom. That’s Mr. Hall’s tree.”",
    );
    expect(said[2]).toBe("Anne");
  });

  it("with the given names before it, to a question for a full name, is the speaker's own", () => {
    const said = speakersOf(
      [person("Mrs. Meakin"), person("Mr. Lyle")],
      "Mr. Lyle stood up. The witness sat down in the box and folded her hands.",
      "“Would you give the court your full name?” he asked.",
      "“Dorothy Anne Meakin.”",
    );
    expect(said).toEqual(["Mr. Lyle", "Mrs. Meakin"]);
  });
});
