/**
 * A reply that calls someone by name gives that person the untagged line before it
 * (core/cast/answered-by-name.ts), unless the call turns the talk to someone new.
 */
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { findQuotes } from "../../../core/cast/quotes";
import { attributeSpeakers } from "../../../core/cast/speakers";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });
const cast = [person("Ann"), person("Bo"), person("Cy"), person("Dot")];

function speakers(paragraphs: string[]): (string | null)[] {
  const story = storyFromParagraphs(paragraphs);
  return attributeSpeakers(story, findQuotes(story), cast).map((q) => q.speaker);
}

const busStop = (reply: string): string[] => [
  "Ann and Bo were waiting at the bus stop when Cy walked up with two coffees.",
  '"Morning," said Bo.',
  '"You\'re late," said Ann.',
  '"The bus is later," said Cy.',
  '"It always is."',
  reply,
];

describe("a reply that calls someone by name", () => {
  it("gives the untagged line before it to the one it calls", () => {
    const got = speakers(busStop('"Not always, Bo," said Ann. "Only when it rains."'));
    expect(got[3]).toBe("Bo");
  });

  it("reads past a title's stop to the name it calls", () => {
    const withTitles = [
      person("Ann Dale"),
      { ...person("Bo Hale"), aliases: ["Mr. Hale"] },
      person("Cy Marsh"),
    ];
    const story = storyFromParagraphs([
      "Ann Dale and Bo Hale were waiting at the bus stop when Cy Marsh walked up.",
      '"Morning," said Bo.',
      '"You\'re late," said Ann.',
      '"The bus is later," said Cy.',
      '"It always is."',
      '"Then you can take a taxi, Mr. Hale," said Ann.',
    ]);
    const got = attributeSpeakers(story, findQuotes(story), withTitles).map((q) => q.speaker);
    expect(got[3]).toBe("Bo Hale");
  });

  it("does not when the call turns the talk to someone new", () => {
    const got = speakers(busStop('"What about you, Bo?" said Ann. "Do you mind the rain?"'));
    expect(got[3]).not.toBe("Bo");
  });

  it("does not when the reply only calls them over", () => {
    const got = speakers(busStop('"Bo?" said Ann. "Are you still with us?"'));
    expect(got[3]).not.toBe("Bo");
  });

  it("does not when the one called takes no part in the talk", () => {
    const got = speakers(busStop('"Dot, come and look at this," said Ann. "It is here at last."'));
    expect(got[3]).not.toBe("Dot");
  });
});
