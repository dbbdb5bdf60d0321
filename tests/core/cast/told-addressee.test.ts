/**
 * A tag whose verb takes the one spoken to as its object ('"...," Ben told her.', "she asked
 * Tom") says who the line is said to: the walk reads the untagged reply after it as said to
 * the speaker by them (the addressee the rules and the ranker see), not by one of the pair who
 * spoke before.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../core/cast/quotes";
import { readSpeakers } from "../../../core/cast/speakers";
import { storyFromParagraphs } from "../../../core/story";
import { person } from "./helpers";

const read = (tag: string) => {
  const story = storyFromParagraphs([
    "Anne and Tom were checking the stock lists. Mary sat in the corner with Ben.",
    "“Forty tins of paint,” Anne said.",
    "“Forty-two,” said Tom.",
    "“Forty, Tom. Sign for it.”",
    "Tom signed. Mary had taken out a notebook and was copying the list. Ben leaned over to look.",
    `“You don’t need to copy all of it,” ${tag}.`,
    "“I want to.”",
  ]);
  const cast = [person("Tom"), person("Mary"), person("Anne"), person("Ben")];
  return readSpeakers(story, findQuotes(story), cast);
};

describe("the one a tag says the line was told to", () => {
  it("is who the next line is read as answering", () => {
    const { quotes, contexts } = read("Ben told her");
    expect(quotes[3]!.speaker).toBe("Ben");
    expect(contexts[4]!.addressee).toBe("Mary");
  });

  it("is not read from a tag that tells no one", () => {
    expect(read("Ben said quietly").contexts[4]!.addressee).not.toBe("Mary");
  });
});
