/**
 * "Tobin Ashe was a short, broad man": an indefinite description after a name and a copula
 * says what that person is; it is no second person, so the "He" after it is still the one named.
 */
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { findQuotes } from "../../../core/cast/quotes";
import { readSpeakers } from "../../../core/cast/speakers";
import { discoverCast } from "../../../core/cast";
import { readSegments } from "../../../core/cast/refs";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

const cast = [person("Omar", "Mr. Haddad"), person("Felix"), person("Tobin Ashe", "Mr. Ashe")];

describe("a description that says what a named person is", () => {
  it("leaves the 'He' after it, and the next line's latest person, to that person", () => {
    const story = storyFromParagraphs([
      "Omar and Felix carried the ladder round to the back of the shop.",
      '"Mind the gutter," said Omar.',
      "Tobin Ashe was a tall, thin man in a cardigan who had kept the shop next door for years. He had a pencil behind his ear.",
      '"Omar."',
    ]);
    const read = readSpeakers(story, findQuotes(story), discoverCast(story, cast));
    expect(read.contexts[1]!.salient[0]!.key).toBe("Tobin Ashe");
  });

  it("is not read as a person of its own", () => {
    const text = "Tobin Ashe was a short, broad man in an apron.";
    const refs = readSegments(text, [], [{ from: 0, to: 10, character: "Tobin Ashe" }]).flatMap(
      (s) => s.sentences.flatMap((x) => x.refs),
    );
    expect(refs.map((r) => r.key)).toEqual(["Tobin Ashe"]);
  });

  it("still brings someone in after 'there was'", () => {
    const text = "There was a short, broad man at the gate.";
    const refs = readSegments(text, [], []).flatMap((s) => s.sentences.flatMap((x) => x.refs));
    expect(refs.map((r) => r.key)).toEqual(["the man"]);
  });
});
