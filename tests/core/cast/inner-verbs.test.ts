/**
 * Thinking is not acting (core/cast/inner-verbs.ts): a paragraph of narration that ends on one
 * person's thought about another who acts ("David sat down next to Susan, and she couldn't tell
 * whether ...") hands the next bare line to the one acting.
 */
import { describe, expect, it } from "vitest";
import { thinksIn } from "../../../core/cast/inner-verbs";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";
import { readParagraph } from "../../../core/cast/refs";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Susan"), person("David"), person("Mark")];

/** Each subject of a one-sentence paragraph with whether it only thinks. */
function subjects(text: string): [string, boolean][] {
  const mentions = mentionsInParagraph(text, compileCastMatcher(cast));
  const [s] = readParagraph(text, 0, [], mentions).segments[0]!.sentences;
  return s!.refs.filter((r) => r.subject).map((r) => [r.key, thinksIn(s!, r)]);
}

describe("a subject that only thinks", () => {
  it("is read after a verb of thinking, with or without an auxiliary between", () => {
    expect(subjects("David sat down, and she couldn't tell whether he was angry.")).toEqual([
      ["David", false],
      ["she", true],
      ["he", false],
    ]);
    expect(subjects("Susan knew the answer.")).toEqual([["Susan", true]]);
    expect(subjects("He did not remember the name.")).toEqual([["he", true]]);
    expect(subjects("He decided on the spot that it was true.")).toEqual([["he", true]]);
  });

  it("is not a decision to act, telling someone, or the narrator's 'I'", () => {
    expect(subjects("She decided to ask.")).toEqual([["she", false]]);
    expect(subjects("He would tell her later.")).toEqual([["he", false]]);
    expect(subjects("I knew the answer.")).toEqual([["i", false]]);
  });

  it("does not take the next bare line from the one the narration shows acting", () => {
    expect(
      speakers(
        cast,
        "Susan waited on the bench by the platform with her bag on her knees.",
        '"Is the train late?" asked Susan.',
        '"Twenty minutes," said David.',
        '"Then I want a tea."',
        '"Then go and get one."',
        "Mark went. David sat down one chair away from Susan, which was either kind or careful, and she couldn't tell which.",
        '"How are you doing?"',
        '"Cold."',
      ),
    ).toEqual(["Susan", "David", "Susan", "David", "David", "Susan"]);
  });
});
