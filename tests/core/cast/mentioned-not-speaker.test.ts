/**
 * A run of untagged lines between two people is read both ways (core/cast/conversation.ts); a
 * line that speaks of one of them by name ("Dan always has a reason.") is seldom theirs, so it
 * weighs against the reading that gives it to them, as a line that calls them does. A name after
 * "This is" or "I was" is the speaker's own and weighs nothing ("I'm Dan" and "my name is Dan"
 * are read as the speaker's own before the pass).
 */
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { findQuotes } from "../../../core/cast/quotes";
import { readSpeakers } from "../../../core/cast/speakers";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });
const cast = [person("Ruth"), person("Dan")];

/** The conversation pass's speakers (before the ranker) of the kitchen scene with `line` in it. */
function settled(line: string): (string | null)[] {
  const story = storyFromParagraphs([
    "Ruth and Dan had the kitchen to themselves after the others had gone to bed.",
    '"Where have you been?" Ruth asked.',
    '"You\'re late," Dan said.',
    "The rain went on against the window. The kettle clicked off and nobody moved to it.",
    '"Traffic."',
    line,
    '"There was tonight."',
    '"Where were you, really?"',
    '"Out."',
    '"Go to bed."',
  ]);
  return readSpeakers(story, findQuotes(story), cast).quotes.map((q) => q.speaker);
}

describe("a line that speaks of someone by name", () => {
  it("turns the run round when the forward fill gave it to them", () => {
    const run = settled('"Dan always has a reason."').slice(2);
    expect(run).toEqual(["Dan", "Ruth", "Dan", "Ruth", "Dan", "Ruth"]);
  });

  it("weighs nothing when the name is the speaker's own", () => {
    const run = settled('"This is Dan you\'re talking to."').slice(2);
    expect(run).toEqual(["Ruth", "Dan", "Ruth", "Dan", "Ruth", "Dan"]);
  });
});
