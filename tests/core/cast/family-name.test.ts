/**
 * "Dad" written as a name in the narration is the family's father, as "her father" is someone's:
 * not the latest man seen, who may be a stranger at the next table. Read as him, the memory of
 * a father handed that stranger the next line of a phone call between two sisters.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Mara"), person("Kit"), person("Leo")];
/** The laundromat and the phone call both tests open with, before the father is remembered. */
const CALL = [
  "Mara sat on the folding table with the phone. Leo was feeding quarters into a dryer.",
  "“Is that Kit?” Leo asked.",
  "“Yes.” Mara turned away from him.",
  "“Mom's selling the house,” Kit said.",
  "“She can't sell the house.”",
  "“She can. It's hers.”",
];

describe("a family word written as a name", () => {
  it("is not the latest man seen", () => {
    const speakers = speakersOf(
      cast,
      ...CALL,
      "Mara closed her eyes. The blue bedroom. The dent in the banister where she had swung on it. The mailbox Dad had painted to look like a trout, which the neighbors had hated for twenty years.",
      "“Can we talk about it tomorrow?”",
    );
    expect(speakers).toEqual(["Leo", "Mara", "Kit", "Mara", "Kit", "Mara"]);
  });

  it("is no one on stage: the talk goes on by turns after it", () => {
    const speakers = speakersOf(
      cast,
      ...CALL,
      "Mara looked at the ceiling. The mailbox Dad had painted to look like a trout.",
      "“Can we talk about it tomorrow?”",
      "“Sure. Go fold your towels.”",
    );
    expect(speakers.slice(-2)).toEqual(["Mara", "Kit"]);
  });
});
