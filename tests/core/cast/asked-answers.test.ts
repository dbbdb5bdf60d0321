/**
 * A question put to someone by name is answered by them: the open line straight after "Good
 * talk. Tyler?" is Tyler's, in talk among three or more, whichever side the conversation pass
 * fills the run from (core/cast/conversation.ts, the name read by turn-readings.ts).
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../core/cast/quotes";
import { readSpeakers, type SpeakerCache, type SpeakerWalkMemo } from "../../../core/cast/speakers";
import { storyFromParagraphs } from "../../../core/story";
import { person, speakersOf as speakers } from "./helpers";

const round = [
  '"Right," said Joan. "Everyone eat."',
  "Nobody ate. Olly was drawing in the gravy with his fork, and Rosie watched the clock over the cooker.",
  '"Lovely. Thanks, all. Olly?"',
  '"Fine."',
  '"Rosie?"',
  '"Fine."',
  '"Pete?"',
  '"We did volcanoes and Ed fell off his chair."',
  '"Off his chair?"',
  '"Backwards. Into the bin."',
  '"Enough about Ed," said Mark.',
];

const family = [person("Joan"), person("Pete"), person("Rosie"), person("Olly"), person("Mark")];

/** The speakers of the three answers in a round of questions by name. */
const answers = (said: (string | null)[]): (string | null)[] => [said[3]!, said[5]!, said[7]!];

describe("a question put to someone by name", () => {
  it("gives each bare answer to the one asked, round a table filled from a tag after the run", () => {
    expect(answers(speakers(family, ...round))).toEqual(["Olly", "Rosie", "Pete"]);
  });

  it("gives the answer to the one asked by a title the cast's one member holds", () => {
    const cast = [...family, person("Aunt Polly")];
    const said = speakers(
      cast,
      '"Everyone up?" said Joan.',
      "Rosie came down first, and Aunt Polly after her with the cat under one arm.",
      '"Tea, Rosie?"',
      '"Please."',
      '"Did you sleep, aunt?"',
      '"Like a log."',
      '"Good," said Pete.',
    );
    expect([said[2], said[4]]).toEqual(["Rosie", "Aunt Polly"]);
  });

  it("reaches no answer across narration, which may show someone else answering", () => {
    expect(
      speakers(
        family,
        '"Right," said Joan. "Olly?"',
        "Rosie pushed her plate away before her brother could open his mouth.",
        "\"He's fine. He's always fine.\"",
      ),
    ).toEqual(["Joan", "Joan", "Rosie"]);
  });
});

/** The first stage and the conversation pass over `paragraphs`, with `cache` or fresh. */
function read(paragraphs: readonly string[], cache: SpeakerCache = {}) {
  const story = storyFromParagraphs([...paragraphs]);
  return readSpeakers(story, findQuotes(story), family, cache).quotes;
}

describe("the one asked, after an edit", () => {
  it("reads what a fresh pass reads as a question by name is written in and taken out", () => {
    const cache = { memo: {} as SpeakerWalkMemo, described: new Map<string, string | null>() };
    const unasked = round.with(4, '"And you?"');
    for (const paragraphs of [round, unasked, round])
      expect(read(paragraphs, cache)).toEqual(read(paragraphs));
    expect(read(round, cache).find((q) => q.paragraph === 5)).toMatchObject({
      speaker: "Rosie",
      confidence: 0.55,
    });
  });
});

describe("what reads as a question put by name", () => {
  /** The confidence of the bare line after `question`, at Joan's table (the asked one 0.55). */
  const after = (question: string): number | undefined => {
    const paragraphs = [...round.slice(0, 2), question, '"Fine."', '"Enough," said Mark.'];
    return read(paragraphs).find((q) => q.paragraph === 3)!.confidence;
  };

  it("is the quote's closing question, with nothing after it in the paragraph", () => {
    expect(after('"Lovely. Olly?"')).toBe(0.55);
    // Narration after it may show another answering; a name before the question calls but asks not.
    expect(after('"Lovely. Olly?" Joan looked at Rosie.')).not.toBe(0.55);
    expect(after('"Olly, sit up. Who wants more?"')).not.toBe(0.55);
  });
});

describe("the closing question of a quote padded with spaces", () => {
  // Pasted or hand-spaced text can hold a long run of spaces inside a quote: in one that asks
  // nothing, each space after a stop began a sentence tried up to the quote's end, 33 s for
  // 100,000 spaces. The timeout stops that quadratic step; the time is not asserted.
  it("is looked for in one pass over a quote that asks nothing", { timeout: 10_000 }, () => {
    const padded = `"Right.${" ".repeat(100_000)}Eat up, Olly."`;
    const paragraphs = [...round.slice(0, 2), padded, '"Fine."', '"Enough," said Mark.'];
    expect(read(paragraphs).find((q) => q.paragraph === 3)!.confidence).not.toBe(0.55);
  });
});
