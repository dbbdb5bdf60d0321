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

describe("someone who went, the verb closing its clause", () => {
  it("takes no bare line by turns ('Mara went.', 'Mara went, with a look at Tess')", () => {
    for (const between of ["Mara went.", "Mara went, with a last look at the road."])
      expect(porch(between), between).toEqual(["Mara", "Tess", "Jonah", "Tess"]);
  });

  it("is still there when the same sentence brings them back ('went, and came back')", () => {
    expect(porch("Mara went, and came back with a flask of tea.")).toEqual([
      "Mara",
      "Tess",
      "Jonah",
      "Mara",
    ]);
  });

  it("is still out when the narration watches them go ('Tess listened to her go up')", () => {
    for (const between of [
      "Mara went. Tess listened to her go up the stairs.",
      "Mara went inside. They watched her going, one slow step at a time.",
    ])
      expect(porch(between), between).toEqual(["Mara", "Tess", "Jonah", "Tess"]);
  });

  it("is still there when 'went' is not the going ('Mara went red', 'went on')", () => {
    for (const between of ["Mara went red.", "Mara went on."])
      expect(porch(between), between).toEqual(["Mara", "Tess", "Jonah", "Mara"]);
  });
});

describe("the narrator who goes", () => {
  it("is not sent out: the telling goes where 'I' goes", () => {
    const cast = [{ ...person("Lou"), narrator: true }, person("Eli"), person("Ada")];
    for (const going of ["I went out to the yard.", "After a while I went out to the yard too."])
      expect(
        speakers(
          cast,
          "Ada and I sat at the kitchen table while Eli split logs in the yard.",
          '"He\'s been at it since six," said Ada.',
          '"He likes it," I said.',
          `${going} The rain had stopped and the light was going.`,
          '"You could stack these for me," said Eli.',
          '"Where do you want them?"',
        ),
        going,
      ).toEqual(["Ada", "Lou", "Eli", "Lou"]);
  });
});
