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
