/**
 * A sentence opened by a span of time ("After a while", "Before long") has its subject in the
 * main clause (core/cast/refs.ts): the person it names is the one a pronoun tag next means, as
 * the subject of any plain sentence would be, not a subordinate clause's background subject.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Nora"), person("Ruth")];

describe("a subject after a span of time", () => {
  for (const opening of ["After a while", "Before long", "After that"])
    it(`is the "she" of the next tag ('${opening} Nora ...')`, () => {
      expect(
        speakers(
          cast,
          '"Pass the salt," said Nora.',
          `Ruth passed it over and went back to her book. ${opening} Nora put her fork down.`,
          '"I have something to tell you," she said.',
        ),
      ).toEqual(["Nora", "Nora"]);
    });

  it("is still background in a clause that has its own verb ('After Nora had gone ...')", () => {
    expect(
      speakers(
        cast,
        '"Pass the salt," said Nora.',
        "After Nora had gone upstairs Ruth put her fork down.",
        '"I have something to tell you," she said.',
      ),
    ).toEqual(["Nora", "Ruth"]);
  });
});
