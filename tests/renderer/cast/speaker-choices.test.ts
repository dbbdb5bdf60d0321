import { describe, expect, it } from "vitest";
import { StoryAnalyzer } from "../../../core/analyzer";
import { NARRATOR } from "../../../core/scenes";
import { speakerChoices } from "../../../renderer/cast/speaker-choices";

const firstPerson = [
  "The morning of my test I ate nothing, and my mother watched me not eat it.",
  '"Eat something," Mother said. "You cannot drive on an empty stomach."',
  '"I am not hungry," I said.',
  '"Suit yourself," Mother said, and I went out to the car.',
].join("\n\n");

const thirdPerson = [
  "The morning of her test Jo ate nothing, and her mother watched her not eat it.",
  '"Eat something," Mother said. "You cannot drive on an empty stomach."',
  '"I am not hungry," Jo said.',
].join("\n\n");

describe("the speakers a line's card offers", () => {
  it("offers the unnamed narrator of a first-person story after the cast", () => {
    const analysis = new StoryAnalyzer({}).analyze(firstPerson);
    const choices = speakerChoices(["Mother"], analysis);
    expect(analysis.quotes.some((q) => q.speaker === NARRATOR)).toBe(true);
    expect(choices).toEqual(["Mother", NARRATOR]);
  });

  it("offers no narrator in a third-person story, nor twice when the cast names one so", () => {
    expect(speakerChoices(["Mother", "Jo"], new StoryAnalyzer({}).analyze(thirdPerson))).toEqual([
      "Mother",
      "Jo",
    ]);
    const analysis = new StoryAnalyzer({}).analyze(firstPerson);
    expect(speakerChoices(["Mother", NARRATOR], analysis)).toEqual(["Mother", NARRATOR]);
    expect(speakerChoices(["Mother"], null)).toEqual(["Mother"]);
  });
});
