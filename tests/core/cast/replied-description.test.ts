/**
 * A description tag ("said the girl") whose reply calls its speaker by name is that person over
 * the run of its tags (described-links.ts namedByReplies), before the latest named person of the
 * description's sex, whom the walk otherwise reads a definite description as.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Ivy"), person("Marta"), person("Lena")];

describe("a description tag the reply names", () => {
  it("is the one the reply calls, not the latest woman named", () => {
    expect(
      speakers(
        cast,
        "The door opened and a woman came in with a girl of about six holding her hand.",
        '"Morning," Marta called from the till. "Lena, can you see to them?"',
        '"Of course," said Lena.',
        '"We want the red one," said the girl.',
        '"You want the cheap one, Ivy," said Marta.',
      ),
    ).toEqual(["Marta", "Marta", "Lena", "Ivy", "Marta"]);
  });
});
