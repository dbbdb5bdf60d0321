/**
 * "Marta's brother came in": the person after a name's possessive is someone other than the
 * owner, so the one acting is the brother, not Marta. "Her brother, Jonah, came in" and
 * "Jonah, her brother, came in": a name set beside a description by commas is the one it
 * describes, the single person acting.
 */
import { describe, expect, it } from "vitest";
import { readParagraph } from "../../../core/cast/refs";
import { person, speakersOf as speakers } from "./helpers";

const refsOf = (text: string, names: readonly [string, number][]) =>
  readParagraph(
    text,
    0,
    [],
    names.map(([character, from]) => ({ character, from, to: from + character.length })),
  )!.segments[0]!.sentences[0]!.refs.map((r) => [r.kind, r.key, r.subject]);

describe("a name's possessive before a person noun", () => {
  it("reads the relation as acting, the owner as a possessive only", () => {
    expect(refsOf("Marta's brother came in from the yard.", [["Marta", 0]])).toEqual([
      ["name", "Marta", false],
      ["description", "the brother", true],
    ]);
  });

  it("reads the bare apostrophe of a name ending in s ('James' sister') as its possessive", () => {
    expect(refsOf("James' sister came in from the yard.", [["James", 0]])).toEqual([
      ["name", "James", false],
      ["description", "the sister", true],
    ]);
  });

  it("still reads the owner as acting through a part of them ('Marta's voice came')", () => {
    expect(refsOf("Marta's voice came from the yard.", [["Marta", 0]])).toEqual([
      ["name", "Marta", true],
    ]);
  });

  it("gives the line after the relation's entrance to no one but the relation's name", () => {
    const cast = [person("Marta"), person("Jonah"), person("Mr. Pruett")];
    expect(
      speakers(
        cast,
        '"You found the place," said Marta.',
        '"Only twice lost," said Mr. Pruett.',
        'Marta\'s brother, Jonah, came in from the yard with mud to his knees. "Is there tea?"',
      ),
    ).toEqual(["Marta", "Mr. Pruett", "Jonah"]);
  });
});

describe("a name in apposition to a description", () => {
  it("reads 'her brother, Jonah,' as Jonah acting", () => {
    expect(refsOf("Her brother, Jonah, came in from the yard.", [["Jonah", 13]])).toEqual([
      ["name", "Jonah", true],
    ]);
  });

  it("reads 'Jonah, her brother,' as Jonah acting, and no second person", () => {
    expect(refsOf("Jonah, her brother, came in from the yard.", [["Jonah", 0]])).toEqual([
      ["name", "Jonah", true],
    ]);
  });

  it("keeps a list of a description and names as several people", () => {
    expect(
      refsOf("Her brother, Jonah and Marta went out.", [
        ["Jonah", 13],
        ["Marta", 23],
      ]).map((r) => r[1]),
    ).toEqual(["the brother", "Jonah", "Marta"]);
  });

  it("keeps a list with a comma before its 'and' as several people ('Jonah, her brother, and Marta')", () => {
    expect(
      refsOf("Jonah, her brother, and Marta went out.", [
        ["Jonah", 0],
        ["Marta", 24],
      ]).map((r) => r[1]),
    ).toEqual(["Jonah", "the brother", "Marta"]);
    expect(
      refsOf("The doctor, Greg, and Laura went in.", [
        ["Greg", 12],
        ["Laura", 22],
      ]).map((r) => r[1]),
    ).toEqual(["the doctor", "Greg", "Laura"]);
  });

  it("still reads an apposition before 'and' and a verb as one person ('Greg, her husband, and poured')", () => {
    expect(
      refsOf("Greg, her husband, and not the boy, poured the wine.", [["Greg", 0]]).map(
        (r) => r[1],
      ),
    ).toEqual(["Greg", "the boy"]);
    expect(refsOf("Greg, her husband, and then he left.", [["Greg", 0]]).map((r) => r[1])).toEqual([
      "Greg",
      "he",
    ]);
  });
});
