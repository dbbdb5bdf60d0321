/**
 * A role the narration gives one named cast member ("Dee had been a mechanic for twenty years")
 * is that member's description: "The mechanic rolled out" later is Dee acting, and the line
 * after the beat is hers, not a second, unnamed person's (whose line then went by turns to the
 * one who spoke before). A word for anyone ("Walt was a tall man") links no one.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Dee"), person("Marco")];

describe("a role the narration gives a cast member", () => {
  it("makes a beat opened by that role hers", () => {
    expect(
      speakersOf(
        cast,
        "Dee had been a mechanic for twenty years, and she was under a Buick when Marco came in with two coffees.",
        "“Slow night,” Marco said.",
        "“Don't say that.”",
        "“Why not?”",
        "“Because then it isn't.”",
        "The mechanic rolled out on the creeper and sat up, wiping her hands on a rag. “Every single time.”",
        "“That's superstition.”",
      ),
    ).toEqual(["Marco", "Dee", "Marco", "Dee", "Dee", "Marco"]);
  });
});
