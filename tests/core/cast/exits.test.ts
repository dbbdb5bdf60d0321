/**
 * Exits (core/cast/exits.ts): a person the narration sends out of the scene takes no bare line by
 * turns until they are back.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Mara"), person("Jonah"), person("Tess")];

/**
 * The porch scene: Mara and Tess speak, `between` is told, Jonah asks, and a bare line answers.
 * The bare line's speaker says whether Mara is still in the talk.
 */
const porch = (between: string, opening = "Mara, Jonah and Tess sat on the porch steps.") =>
  speakers(
    cast,
    opening,
    '"The truck is late again," said Mara.',
    '"It always is," said Tess.',
    between,
    '"Will they send another one?" asked Jonah.',
    '"Not before noon."',
  );

describe("someone who has left", () => {
  it("takes no bare line by turns", () => {
    expect(porch("Mara went inside to phone the depot.")).toEqual([
      "Mara",
      "Tess",
      "Jonah",
      "Tess",
    ]);
  });

  it("is not sent out by a word of going that goes nowhere ('had gone quiet')", () => {
    expect(porch("Mara had gone quiet.")).toEqual(["Mara", "Tess", "Jonah", "Mara"]);
  });

  it("takes turns again once the narration brings them back", () => {
    expect(
      speakers(
        cast,
        "Mara, Jonah and Tess sat on the porch steps.",
        '"The truck is late again," said Tess.',
        '"It always is," said Mara.',
        "Mara went inside to phone the depot.",
        '"Will they send another one?" asked Jonah.',
        '"Not before noon," said Tess.',
        "Jonah shrugged. Mara came back out with the phone in her hand.",
        '"Noon, they said," said Jonah.',
        '"Who told you that?"',
      ),
    ).toEqual(["Tess", "Mara", "Jonah", "Tess", "Jonah", "Mara"]);
  });
});

describe("someone who ends a call", () => {
  it("takes no bare line by turns once they ring off or hang up", () => {
    for (const ending of ["Mara rang off.", "Mara finally hung up."])
      expect(
        porch(ending, "Jonah and Tess had the phone on the table between them, on speaker."),
        ending,
      ).toEqual(["Mara", "Tess", "Jonah", "Tess"]);
  });

  it("is still there after hanging up a coat", () => {
    expect(porch("Mara hung up her coat.")).toEqual(["Mara", "Tess", "Jonah", "Mara"]);
  });
});

describe("someone who lets themself out", () => {
  it("takes no bare line by turns, with a description between the tag and the exit", () => {
    expect(
      speakers(
        cast,
        "Mara, Jonah and Tess sat on the porch steps.",
        '"The truck is late again," said Tess.',
        '"It always is," said Mara, in a voice like a slammed door, and let herself out.',
        '"Will they send another one?" asked Jonah.',
        '"Not before noon."',
      ),
    ).toEqual(["Tess", "Mara", "Jonah", "Tess"]);
  });
});

describe("someone who had already gone", () => {
  it("is not the 'he' that acts later in the same paragraph", () => {
    const cast = [person("Owen"), person("Liam"), person("Ruth")];
    expect(
      speakers(
        cast,
        '"Pass the bread," said Owen.',
        '"Get it yourself," said Liam.',
        "Later, when the table was cleared and Owen had gone out to the yard, Ruth came into the kitchen. He was peeling an apple at the sink.",
        '"Are you still cross?" asked Ruth.',
        'He shook his head. "Not really."',
      ),
    ).toEqual(["Owen", "Liam", "Ruth", "Liam"]);
  });
});
