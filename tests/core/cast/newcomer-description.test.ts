/**
 * A description brought in by "a" or "an" as a subject ("An old man in a flat cap was feeding
 * the pigeons") is someone new: a later "said the man" is not a man the story had already seen
 * before he came, though that one was seen since (speakers.ts describedNamed).
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Sam"), person("Jill"), person("Walter Price", "Walter")];

const read = (...paragraphs: string[]) => speakersOf(cast, ...paragraphs);

describe("a newcomer brought in by 'a'", () => {
  it("is who a later 'said the man' means, not a man seen before he came", () => {
    expect(
      read(
        "Sam and Jill sat on the bench by the pond. Sam had brought the crossword, and he was stuck on nine down.",
        "An old man in a flat cap was feeding the pigeons from a paper bag. Sam filled in another answer. He passed the pen to Jill.",
        '"They eat better than I do," said the man.',
      ),
    ).toEqual([null]);
  });

  it("leaves a man seen only since he came to be the one named later", () => {
    expect(
      read(
        "Sam and Jill sat on the bench by the pond. Sam had brought the crossword, and he was stuck on nine down.",
        "An old man in a flat cap was feeding the pigeons from a paper bag. Walter Price came every day at ten, Sam knew. He filled in another answer.",
        '"They eat better than I do," said the man.',
      ),
    ).toEqual(["Walter Price"]);
  });
});
