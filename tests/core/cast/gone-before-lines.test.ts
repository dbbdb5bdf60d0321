/**
 * One the narration says had gone ("When she had gone, Nora turned to Priya."), even in the
 * narration before a paragraph's lines and as a pronoun, is out of the talk: no bare line is
 * theirs, from the walk or the ranker, until the narration names them again or a tag gives
 * them one (core/cast/exits.ts, speakers.ts, ranker.ts).
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Nora"), person("Priya"), person("Tom"), person("Denise")];

const story = (exit: string): (string | null)[] =>
  speakers(
    cast,
    "Nora, Priya and Tom sat in the booth by the window.",
    '"Is it good news?" Tom asked.',
    '"It\'s news," said Nora.',
    "Denise came with the coffee pot. She had worked there longer than any of them had been alive.",
    '"You kids eating or just taking up my booth?"',
    '"Eating, I promise. Give us two minutes?"',
    '"I\'ll give you one."',
    `${exit} "Can you get the time off?"`,
    '"I don\'t know. Maybe. If I beg."',
    '"What about you, Nora?"',
  );

describe("one who had gone before a paragraph's lines", () => {
  it("takes no bare line after: When she had gone,", () => {
    expect(story("When she had gone, Nora turned to Priya.").at(-1)).toBe("Tom");
  });

  it.each(["Nora turned to Priya.", "When she had gone quiet, Nora turned to Priya."])(
    "still takes turns when no one left: %s",
    (before) => {
      expect(story(before).at(-1)).toBe("Denise");
    },
  );
});
