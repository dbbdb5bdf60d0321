/**
 * Silences (core/cast/silences.ts): a paragraph of narration that says the one spoken to did
 * not answer ("Eli doesn't answer.", "No answer.") leaves the floor with whoever spoke last, so
 * the next bare line is theirs again, though the silent one goes on acting.
 */
import { describe, expect, it } from "vitest";
import { silenceIn } from "../../../core/cast/silences";
import { readParagraph } from "../../../core/cast/refs";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Lou"), person("Eli")];

/** The sentences of one paragraph of narration, its names those of Eli, Bernie and Mr. Bennet. */
const sentences = (text: string) => {
  const matcher = compileCastMatcher([...cast, person("Bernie"), person("Mr. Bennet")]);
  return readParagraph(text, 0, [], mentionsInParagraph(text, matcher)).segments[0]!.sentences;
};

describe("a silence in the narration", () => {
  it("is read with its subject, and without one", () => {
    const subjectOf = (text: string) => {
      const [s] = sentences(text);
      const silence = silenceIn(s!);
      return silence === null ? "none" : (silence.subject?.key ?? "nobody");
    };
    expect(subjectOf("Eli doesn't answer.")).toBe("Eli");
    expect(subjectOf("Bernie didn’t answer.")).toBe("Bernie");
    expect(subjectOf("Mr. Bennet made no answer.")).toBe("Mr. Bennet");
    expect(subjectOf("She did not reply.")).toBe("she");
    expect(subjectOf("No answer.")).toBe("nobody");
    expect(subjectOf("There was no reply.")).toBe("nobody");
    // Not yet, or not at once: the silent one is about to speak.
    expect(subjectOf("She doesn't answer at once.")).toBe("none");
    expect(subjectOf("He didn't answer for a moment.")).toBe("none");
    expect(subjectOf("He answered at last.")).toBe("none");
    expect(subjectOf("She knew there was an answer.")).toBe("none");
  });

  it("gives the next bare line back to the one not answered", () => {
    expect(
      speakers(
        cast,
        "Lou and Eli stood in the storage unit with the door rolled up.",
        '"We are selling the bike," said Lou.',
        '"We are not."',
        '"You can\'t fix it."',
        "Eli doesn't answer. He pulls the tarp off the seat and folds it, corner to corner.",
        '"I\'m sorry."',
        '"It\'s fine."',
      ),
    ).toEqual(["Lou", "Eli", "Lou", "Lou", "Eli"]);
  });

  it("leaves the line to someone else who comes in after it", () => {
    const three = [...cast, person("Marisol")];
    expect(
      speakers(
        three,
        "Lou and Eli stood in the storage unit with the door rolled up.",
        '"We are selling the bike," said Lou.',
        '"We are not."',
        '"You can\'t fix it."',
        "Eli doesn't answer. Marisol came down the row in the golf cart and stopped.",
        '"You folks the family for one-fourteen?"',
      ),
    ).toEqual(["Lou", "Eli", "Lou", "Marisol"]);
  });
});
