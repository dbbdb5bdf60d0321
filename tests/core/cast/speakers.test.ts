import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { findQuotes } from "../../../core/cast/quotes";
import { attributeSpeakers } from "../../../core/cast/speakers";
import { at, bundled, fixture, FIXTURES, type ExpectedQuote } from "./helpers";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

function speakers(paragraphs: string[], cast: Character[]): (string | null)[] {
  const story = storyFromParagraphs(paragraphs);
  return attributeSpeakers(story, findQuotes(story), cast).map((q) => q.speaker);
}

function score(
  expected: readonly ExpectedQuote[],
  got: ReturnType<typeof attributeSpeakers>,
  namedOnly: boolean,
) {
  const byKey = new Map(got.map((q) => [at(q), q]));
  const scored = expected.filter((e) => !namedOnly || e.speaker !== null);
  const right = scored.filter((e) => {
    const q = byKey.get(at(e));
    return (
      q !== undefined &&
      q.speaker === e.speaker &&
      (e.unnamed === undefined || q.unnamed === e.unnamed)
    );
  });
  return { right: right.length, total: scored.length };
}

describe("attributeSpeakers", () => {
  it("gets at least 95% of the bundled story's named quotes right with the gold cast", () => {
    const { story, gold } = bundled();
    const got = attributeSpeakers(story, findQuotes(story), gold.characters);
    const { right, total } = score(gold.quotes, got, true);
    expect(total).toBe(48);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });

  for (const name of FIXTURES) {
    it(`gets at least 90% of ${name}'s quotes right, unnamed speakers included`, () => {
      const f = fixture(name);
      const got = attributeSpeakers(f.story, findQuotes(f.story), f.cast);
      const { right, total } = score(f.quotes, got, false);
      expect(right / total).toBeGreaterThanOrEqual(0.9);
    });
  }

  it("reads tags before and after, inverted, and with an adverb", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        [
          '"Hi," Ann said.',
          '"Hey," said Bo.',
          'Ann said quietly, "Go."',
          '"Fine," Bo replied softly.',
        ],
        cast,
      ),
    ).toEqual(["Ann", "Bo", "Ann", "Bo"]);
  });

  it("resolves pronoun tags by gender", () => {
    const cast = [person("Ann"), person("Bo")];
    const paras = [
      "Ann met Bo at the station. She was late and he was cross about it.",
      '"You\'re late," he said.',
      '"I know," she said.',
    ];
    expect(speakers(paras, cast)).toEqual(["Bo", "Ann"]);
  });

  it("uses an action beat before the quote", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(speakers(["Ann and Bo sat down.", 'Bo snapped the book shut. "Enough."'], cast)).toEqual(
      ["Bo"],
    );
  });

  it("does not take a name addressed in the quote for the speaker", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        [
          "Ann and Bo sat down.",
          'Ann looked at Bo. "Hello."',
          '"Bo, listen to me." Ann looked at Bo.',
        ],
        cast,
      ),
    ).toEqual(["Ann", "Ann"]);
  });

  it("hands the word to the last one a paragraph of narration showed acting, past a closing thing", () => {
    const got = speakers(
      [
        '"Are you coming?" said Ann.',
        '"In a minute," said Bo.',
        '"Then I will look myself," said Ann.',
        "Ann opened the cupboard under the stairs. Inside there was an old box of letters tied with string.",
        '"Whose are these?"',
      ],
      [person("Ann"), person("Bo")],
    );
    expect(got[3]).toBe("Ann");
  });

  it("gives a line to the one it names as the speaker's own ('I'm Inspector Dale')", () => {
    const got = speakers(
      [
        "Dale and Bo stood on the step of number nine. The door opened before they could knock, and Cy looked out at them.",
        '"Can I help you?"',
        '"Good morning. I\'m Inspector Dale, and this is my sergeant."',
        '"You had better come in, then."',
      ],
      [person("Dale", "Inspector Dale"), person("Bo"), person("Cy")],
    );
    expect(got[1]).toBe("Dale");
  });

  it("alternates speakers in an untagged exchange, with low confidence", () => {
    const cast = [person("Ann"), person("Bo")];
    const story = storyFromParagraphs([
      '"Ready?" Ann asked.',
      '"Yes," said Bo.',
      '"Sure?"',
      '"Quite sure."',
      '"Then go."',
    ]);
    const got = attributeSpeakers(story, findQuotes(story), cast);
    expect(got.map((q) => q.speaker)).toEqual(["Ann", "Bo", "Ann", "Bo", "Ann"]);
    expect(got[2]!.confidence!).toBeLessThan(got[0]!.confidence!);
  });

  it("gives the other person 'came the reply', and the owner 'was his reply'", () => {
    const cast = [person("Ann"), person("Bo")];
    const paras = [
      "Ann waited for Bo. She had waited an hour when he came.",
      '"Well?" she asked.',
      '"No," came the reply.',
      '"Never," was his reply.',
    ];
    expect(speakers(paras, cast)).toEqual(["Ann", "Bo", "Bo"]);
  });

  it("keeps an unnamed speaker as a description with no name", () => {
    const story = storyFromParagraphs(['"Next!" the cashier said.']);
    const [q] = attributeSpeakers(story, findQuotes(story), [person("Ann")]);
    expect(q).toMatchObject({ speaker: null, unnamed: "the cashier" });
  });

  it("reads a description for the cast member it describes though discovery lists it unnamed", () => {
    // Discovery adds "the girl" (unnamed) beside a given cast member written "A girl".
    const cast = [person("A girl"), person("Tom"), { ...person("the girl"), unnamed: true }];
    const paras = [
      "Tom walked on. The girl sat on a root and laughed at him.",
      '"What you run for?" she asked.',
      '"Stop it," said the girl.',
    ];
    expect(speakers(paras, cast)).toEqual(["A girl", "A girl"]);
  });

  it("takes the sex of a cast member written as a description from its person noun", () => {
    const cast = [person("A girl"), person("The boy")];
    const paras = [
      "A girl sat in the grass. The boy stopped and stared.",
      '"Where you from?" she asked.',
    ];
    expect(speakers(paras, cast)).toEqual(["A girl"]);
  });

  it("gives a quote opening a paragraph to the tag that closed the narration before with a colon", () => {
    const cast = [person("Ann"), person("Bo"), person("Cy")];
    const paras = [
      '"Are you cold?" asked Bo.',
      '"No," said Ann.',
      "Cy came down to the water and sat on a stone. Then Ann said quietly:",
      '"We should go back."',
    ];
    expect(speakers(paras, cast)).toEqual(["Bo", "Ann", "Ann"]);
  });

  it("does not take a possessive for the subject of 'and said'", () => {
    const cast = [person("Ann"), person("Bo")];
    const paras = ['Ann reached out and felt Bo\'s sleeve, and said, "You are wet through."'];
    expect(speakers(paras, cast)).toEqual(["Ann"]);
  });

  it("does not take the subject of a 'when' clause for the subject of 'and then said'", () => {
    const cast = [person("Ann"), person("Bo")];
    const paras = [
      "Bo came over to the bench with his hat in his hand.",
      'Ann did not look up when he spoke to her, and then said: "I am waiting for my brother."',
    ];
    expect(speakers(paras, cast)).toEqual(["Ann"]);
  });

  it("reads 'Then Bo answered.' right before a quote as its tag, as sure as 'Bo said,'", () => {
    const story = storyFromParagraphs([
      '"Are you cold?" asked Ann.',
      'Cy looked at the river. Then Bo answered. "We should go back."',
    ]);
    const got = attributeSpeakers(story, findQuotes(story), [
      person("Ann"),
      person("Bo"),
      person("Cy"),
    ]);
    expect(got.map((q) => q.speaker)).toEqual(["Ann", "Bo"]);
    expect(got[1]!.confidence).toBe(0.95);
  });

  it("carries a speech over paragraphs whose quote is left open", () => {
    const cast = [person("Ann"), person("Bo")];
    expect(
      speakers(
        [
          '"It began in May," Bo said. "Then it rained.',
          '"And then it rained more.',
          '"Then it stopped."',
        ],
        cast,
      ),
    ).toEqual(["Bo", "Bo", "Bo", "Bo"]);
  });

  it("returns null with no evidence at all", () => {
    expect(speakers(['"Hello?"'], [person("Ann")])).toEqual([null]);
  });
});
