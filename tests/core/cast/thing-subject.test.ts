/**
 * A sentence whose subject is a thing ("A sense of weariness came over Mr. Pell.") shows one
 * person, and that person is who the subject pronoun opening the next sentence means, though
 * someone else of that sex spoke last. (A sentence that is a tag, "said Frank.", has its speaker
 * acting: the rule is not for it; without that guard a dev story lost four lines.)
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";

describe("the one person a sentence with a thing for subject shows", () => {
  it("is the 'he' that opens the next sentence, and so the next tag's", () => {
    const cast = [person("Mr. Pell"), person("Oliver")];
    expect(
      speakers(
        cast,
        '"You ought to stand up for yourself, pop," said Oliver. "You ought to do something."',
        "A sense of weariness came over Mr. Pell. For the hundredth time he felt himself beaten by the calm boy who treated him so coolly.",
        '"You ought to be out in the fresh air," he said feebly.',
      ),
    ).toEqual(["Oliver", "Oliver", "Mr. Pell"]);
  });
});
