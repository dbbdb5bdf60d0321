/**
 * A speaker's second line in a paragraph that calls no one is said to the one the first line
 * called ('"Tom." Mary did not look up. "Put the kettle on."'), so the reply after it is Tom's,
 * not the bystander's whom a clause of its beat names.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

describe("the one a paragraph's first line calls", () => {
  it("is still spoken to by the same speaker's next line there", () => {
    const said = speakersOf(
      [person("Tom"), person("Mary"), person("Anne")],
      "Mary and Anne were sorting the stock in the back room.",
      "“How many boxes left?” Anne asked.",
      "“Six,” said Mary.",
      "“Then we'll be done by noon.”",
      "“If nobody stops for tea.”",
      "The door banged. Tom came in late, shaking the rain off his hat.",
      "“Sorry. The bus broke down,” he said.",
      "“Again?” said Anne.",
      "“Tom.” Mary did not look up from the boxes. “Go and put the kettle on.”",
      "“I was going to.” He hung the wet coat on the hook, right where Anne kept the broom. “Who wants tea?”",
    );
    expect(said).toEqual([
      "Anne",
      "Mary",
      "Anne",
      "Mary",
      "Tom",
      "Anne",
      "Mary",
      "Mary",
      "Tom",
      "Tom",
    ]);
  });
});
