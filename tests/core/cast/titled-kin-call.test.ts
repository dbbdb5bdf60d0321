/**
 * "Father", "Sister", "Mother" and "Brother" are family words and also the titles a priest, a
 * nun, a Mother Superior and a monk are called by. A line that calls "Father" alone, with a cast
 * member titled "Father Quinlan", calls the priest, not the family's father (a member the family
 * calls "Dad"). The story is written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { discoverCast } from "../../../core/cast/discover";
import { findQuotes } from "../../../core/cast/quotes";
import { readSpeakers } from "../../../core/cast/speakers";
import { titledCalls } from "../../../core/cast/titles-called";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

const VISIT = [
  "Father Quinlan came up the path at six, with his hat in his hand and the rain on his shoulders. Martin Dwyer opened the door before he knocked, and his daughter Roisin stood behind him in the hall.",
  '"Martin. I hope I\'m not too early."',
  '"You\'re never early, Father. Come in out of that."',
  "\"I was at the hospital. The Gormans' girl. She's holding her own.\"",
  '"Thank God for that."',
  '"Thank the nurses. They\'ve been at it all week."',
  '"Will you have tea, Father?"',
  '"I will, if it\'s made."',
];

function speakers(cast: readonly Character[]): (string | null)[] {
  const story = storyFromParagraphs(VISIT);
  return readSpeakers(story, findQuotes(story), cast).quotes.map((q) => q.speaker);
}

describe("a title that is also a family word, called alone", () => {
  it("calls the cast member of that title, whose answers are his", () => {
    const cast = [
      person("Father Quinlan", "Quinlan"),
      person("Martin Dwyer", "Martin", "Dad"),
      person("Roisin Dwyer", "Roisin"),
    ];
    const said = speakers(cast);
    // The priest's lines: the first, and the answers to "Father".
    expect([said[0], said[2], said[4], said[6]]).toEqual(Array(4).fill("Father Quinlan"));
    expect([said[1], said[3], said[5]]).not.toContain("Father Quinlan");
  });
});

describe("which titles a cast gives to one member", () => {
  it("gives a title to its one holder, and none when two share it", () => {
    const convent = [person("Sister Agnes"), person("Sister Bride"), person("Brother Tom", "Tom")];
    expect([...titledCalls(convent)]).toEqual([["brother", "Brother Tom"]]);
  });

  it("leaves the word to a member the cast calls by it alone", () => {
    const cast = [person("Father Quinlan"), person("Martin Dwyer", "Father")];
    expect(titledCalls(cast).has("father")).toBe(false);
  });
});

// A Victorian study: the daughter calls her father "Father"; the cast's priest comes only
// later. The lone call is the family's father, as "the father" would be, not the priest.
const STUDY = [
  "Margaret found her father in the study, bent over his books, the lamp turned low.",
  '"Father, you will ruin your eyes."',
  '"My eyes are old, my dear, and past ruining."',
  '"Shall I ring for more light, Father?"',
  '"If you wish it."',
  "Father Brown called on the Thursday following, and sat with them an hour in the drawing-room.",
];

describe("a title that is also a family word, with the titled one not in the scene", () => {
  it("calls the family's father, whose answers are his", () => {
    const cast = [
      person("Father Brown", "Brown"),
      person("Mr. Hale", "Papa"),
      person("Margaret Hale", "Margaret"),
    ];
    const story = storyFromParagraphs(STUDY);
    const said = readSpeakers(story, findQuotes(story), cast).quotes.map((q) => q.speaker);
    expect(said).toEqual(["Margaret Hale", "Mr. Hale", "Margaret Hale", "Mr. Hale"]);
  });
});

describe("a title that is also a family word, with no cast given", () => {
  // Three calls of "Father" list the word as someone's with no cast (kinEvidence).
  const visit = [...VISIT, '"Of course, Father."'];
  const study = [...STUDY.slice(0, -1), '"Goodnight, Father."', ...STUDY.slice(-1)];
  const names = (paragraphs: readonly string[]) =>
    discoverCast(storyFromParagraphs(paragraphs)).map((c) => c.name);

  it("lists no bare 'Father' beside the Father Quinlan the calls follow, and gives him his answers", () => {
    expect(names(visit)).toContain("Father Quinlan");
    expect(names(visit)).not.toContain("Father");
    const story = storyFromParagraphs(visit);
    const said = readSpeakers(story, findQuotes(story), discoverCast(story)).quotes.map(
      (q) => q.speaker,
    );
    expect([said[0], said[2], said[4], said[6]]).toEqual(Array(4).fill("Father Quinlan"));
    expect(said[7]).not.toBe("Father Quinlan");
  });

  it("keeps the family's 'Father' called before the priest is written, or tagged as a parent", () => {
    expect(names(study)).toContain("Father");
    const tagged = [...visit, '"Supper is on the table," said Father, coming in from the yard.'];
    expect(names(tagged)).toContain("Father");
  });

  it("keeps the family's 'Father' beside a titled form that names no one found", () => {
    const christmas = [
      "Every December the children wrote to Father Christmas, and every December their letters went up the chimney.",
      ...study.slice(1, -1),
    ];
    expect(names(christmas)).not.toContain("Father Christmas");
    expect(names(christmas)).toContain("Father");
  });

  it("keeps the family's 'Father' beside a titled form written once in passing", () => {
    const parish = [
      "The parish had been Father Keane's for thirty years, though no one in the house went to mass.",
      ...study.slice(0, -1),
    ];
    expect(names(parish)).toContain("Father");
  });
});
