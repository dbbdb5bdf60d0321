/**
 * "Colm looked at Ines. She elbowed his arm.": a subject pronoun that opens a sentence is the
 * one person of its sex in the sentence before when the other person there goes on too.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Rosa", "Mrs. Quinn"), person("Colm", "Mr. Quinn"), person("Ines")];

describe("the pronoun after a sentence with one man and one woman", () => {
  it("is the woman looked at, not the woman who spoke last, when 'his' carries the man on", () => {
    expect(
      speakers(
        cast,
        "Rosa, Colm and Ines sat down to the soup.",
        '"Nobody touches the bread yet," said Rosa.',
        '"Why not?" asked Colm.',
        '"Because I said so."',
        "Colm looked at Ines with a grin. She elbowed his arm.",
        '"Stop it. You heard her."',
      ),
    ).toEqual(["Rosa", "Colm", "Rosa", "Ines"]);
  });
});

describe("a paragraph of narration that shows no one", () => {
  it("leaves the next bare line with whom the narration before it showed acting", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    expect(
      speakers(
        cast,
        '"We should open it," said Bo.',
        '"We should not," said Cy.',
        "Ann crossed the hall anyway. She put her hand on the latch and pulled the door open.",
        "There was nothing on the step but a wet umbrella, furled tight, though the rain had stopped an hour ago.",
        '"Come and look at this."',
      ),
    ).toEqual(["Bo", "Cy", "Ann"]);
  });
});
