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

describe("a description that says what 'he' or 'she' is", () => {
  const yard = [person("Lena"), person("Tom"), person("Victor")];

  it("is the one named as the subject just before, so the next 'he said' is theirs", () => {
    const story = storyFromParagraphs([
      "Lena waited by the gate with Tom.",
      '"Late again," said Tom.',
      "Victor found them at the gate. He was a broad, grey-haired man in his sixties who had run " +
        "the yard since before Lena was born, and he carried a ledger everywhere, even to lunch. " +
        "Nobody had ever seen what was in it.",
      '"Lena," he said. "A word."',
    ]);
    const read = readSpeakers(story, findQuotes(story), discoverCast(story, yard));
    expect(read.contexts[1]!.tagKey).toBe("Victor");
    expect(read.contexts[1]!.salient.map((s) => s.key)).not.toContain("the man");
  });

  it("is read as a pronoun reference only, with the sentence before's subject", () => {
    const text = "Victor came out of the office. He was a broad, grey-haired man.";
    const refs = readSegments(text, [], [{ from: 0, to: 6, character: "Victor" }]).flatMap((s) =>
      s.sentences.flatMap((x) => x.refs),
    );
    expect(refs.map((r) => [r.key, r.predicate ?? false])).toEqual([
      ["Victor", false],
      ["he", false],
      ["the man", true],
    ]);
  });

  it("stays someone new after a pronoun that does not carry on the subject before", () => {
    const story = storyFromParagraphs([
      "Lena waited by the gate with Tom.",
      '"Late again," said Tom.',
      "The rain came on. He was a broad, grey-haired man, and he carried a ledger everywhere.",
      '"Lena," he said. "A word."',
    ]);
    const read = readSpeakers(story, findQuotes(story), discoverCast(story, yard));
    expect(read.contexts[1]!.salient.map((s) => s.key)).toContain("the man");
  });
});
