/**
 * One who has come ("his visitor", "the newcomer"), in the narration straight after a line that
 * greeted a named person, is that person: the next bare line is theirs.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Dr. Hale"), person("Mr. Price"), person("Mrs. Hale")];
const visit = (narration: string) =>
  speakersOf(
    cast,
    "Dr. Hale was alone in the surgery when the bell rang. Mrs. Hale had gone up to bed.",
    "“Good evening, Mr. Price,” said the doctor. “Sit down.”",
    narration,
    "“I've come about the well on the hill.”",
  );

describe("a newcomer described after a greeting by name", () => {
  it("is the one greeted", () => {
    expect(
      visit("His visitor was a tall, thin man in a wet coat, and he sat down on the very edge."),
    ).toEqual(["Dr. Hale", "Dr. Hale", "Mr. Price"]);
  });
});
