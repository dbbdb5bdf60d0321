/**
 * A turn whose lines went to an unnamed description ("the man", brought in by the narration)
 * is the one person the reply straight after calls by name (answered-by-name.ts): that
 * description's later lines in the scene are theirs too.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Jo"), person("Danny"), person("Rafael", "Rafa")];

describe("a described newcomer the reply calls by name", () => {
  it("is that person, in that turn and in the description's later lines", () => {
    expect(
      speakersOf(
        cast,
        "Jo and Danny were folding sheets at the back table when the bell over the door rang.",
        "A tall man in a delivery jacket stood on the mat, stamping the snow off his boots.",
        '"You said eight o\'clock," he said. "It\'s half past."',
        '"Rafa, the clock is fast," Jo said.',
        "The man put his bag down on the folding table.",
        '"Every clock in here is fast."',
      ),
    ).toEqual(["Rafael", "Rafael", "Jo", "Rafael"]);
  });
});
