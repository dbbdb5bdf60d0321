/**
 * A writer's cast that names one person by a titled surname ("Miss Halloway") claims that form,
 * not every found character who shares the surname: a found "Dr Halloway" or "Mrs Halloway" is
 * someone else unless the writer listed that form, and the bare "Halloway" the story gives the
 * doctor stays his. The stories here are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { discoverCast } from "../../../core/cast/discover";
import { parseStory } from "../../../core/story";
import { formsOf, holderOf, person } from "./helpers";

const HOUSE = [
  "Winifred came home on a wet Tuesday. Miss Halloway had been away at school for three years, and the house had forgotten her.",
  "Dr Halloway was in his study when she came in. Halloway had always liked the study better than the drawing room, since Mrs Halloway died.",
  "\u201cYou are back,\u201d said Dr Halloway, and looked at her over his glasses. \u201cLet me know when dinner is ready,\u201d he said.",
  "Winifred went to the kitchen. Halloway went back to his papers, and Mrs Halloway looked down from her frame over the fire.",
  "\u201cIt is ready now,\u201d said Winifred, at the study door. Halloway did not look up.",
].join("\n\n");

const DAUGHTER = person("Winifred", "Miss Winifred", "Miss Halloway");

describe("a given titled surname and the found characters who share it", () => {
  it("keeps a found Dr beside a given Miss of his family, with the bare surname the story gives him", () => {
    const cast = discoverCast(parseStory(HOUSE), [DAUGHTER]);
    const doctor = holderOf(cast, "Dr Halloway");
    expect(doctor).toBeDefined();
    expect(doctor!.name).not.toBe("Winifred");
    expect(formsOf(doctor!)).toContain("Halloway");
    // The mother is hers alone: the doctor's bare surname is not hers.
    expect(formsOf(holderOf(cast, "Mrs Halloway")!)).not.toContain("Halloway");
  });

  it("gives the doctor his lines, and the mother only her own mentions", () => {
    const analysis = analyzeStory(HOUSE, { file: "house.txt", cast: [DAUGHTER] });
    const doctor = holderOf(analysis.characters, "Dr Halloway")!.name;
    expect(analysis.quotes.slice(0, 2).map((q) => q.speaker)).toEqual([doctor, doctor]);
    const mother = analysis.characters.find((c) => c.name === "Mrs Halloway")!;
    expect(mother.mentions).toBe(2);
  });

  it("lets the writer's cast take a form it lists", () => {
    const cast = discoverCast(parseStory(HOUSE), [
      DAUGHTER,
      person("Edwin", "Dr Halloway", "Halloway"),
    ]);
    expect(cast.filter((c) => formsOf(c).includes("Dr Halloway")).map((c) => c.name)).toEqual([
      "Edwin",
    ]);
  });

  it("still reads a titled surname as the given character whose full name it shortens", () => {
    // "Dr Halloway" may be Edwin Halloway himself: nothing says he is not a doctor.
    const cast = discoverCast(parseStory(HOUSE), [DAUGHTER, person("Edwin Halloway")]);
    expect(holderOf(cast, "Dr Halloway")).toBeUndefined();
  });
});
