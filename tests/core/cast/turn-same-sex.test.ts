/**
 * A pronoun tag that opens a paragraph and resolves to the one who spoke the paragraph before
 * passes the turn to the other one in the exchange (switchTurn). In a first-person story the
 * latest of the others may be the narrator, or someone of the other sex: past them, the other
 * speaker of the pronoun's sex takes the turn, as a reader gives "he said" after one man's line
 * to the other man talking. The walk's answer is what the rule sets; the ranker weighs it after.
 */
import { describe, expect, it } from "vitest";
import { discoverCast } from "../../../core/cast/discover";
import { findQuotes } from "../../../core/cast/quotes";
import { readSpeakers, type SpeakerWalkMemo } from "../../../core/cast/speakers";
import { storyFromParagraphs } from "../../../core/story";
import { person } from "./helpers";

const cast = [person("Arthur"), person("George"), { ...person("Jenny"), narrator: true }];

/** The walk's speaker of each line. */
function walked(...paragraphs: string[]): (string | null)[] {
  const story = storyFromParagraphs(paragraphs);
  return readSpeakers(story, findQuotes(story), discoverCast(story, cast)).quotes.map(
    (q) => q.speaker,
  );
}

const opening = [
  "Arthur and George had been arguing about the boat since breakfast, and I had been sitting on the sea wall listening to them.",
  "“She’ll never float,” Arthur said.",
  "“She floated last summer,” said George.",
];

describe("a pronoun tag after the last speaker's line, in talk of two men and a narrator", () => {
  it("goes to the other man when the narrator spoke since he did", () => {
    expect(
      walked(
        ...opening,
        "“Will the pair of you give it a rest?” I said.",
        "“Last summer she had a keel,” Arthur said.",
        "“The keel’s fine,” he said. “I had it out of the water in March.”",
      ),
    ).toEqual(["Arthur", "George", "Jenny", "Arthur", "George", "George"]);
  });

  it("goes to the other man when a woman spoke since he did", () => {
    expect(
      walked(
        "Arthur and George had been arguing about the boat since breakfast, while Margaret mended nets on the sea wall.",
        "“She’ll never float,” Arthur said.",
        "“She floated last summer,” said George.",
        "“Will the pair of you give it a rest?” said Margaret.",
        "“Last summer she had a keel,” Arthur said.",
        "“The keel’s fine,” he said.",
      ),
    ).toEqual(["Arthur", "George", "Margaret", "Arthur", "George"]);
  });

  it("stays with the last speaker when the other man spoke before the two now talking", () => {
    expect(
      walked(
        "George had been arguing about the boat since breakfast, and then he went home.",
        "“She’ll never float,” George said.",
        "Sheila and Margaret came down with the flask, and Arthur after them.",
        "“Is he still on about that boat?” Sheila asked.",
        "“He is,” said Margaret.",
        "“Last summer she had a keel,” Arthur said.",
        "“And now she has a hole,” he said.",
      ),
    ).toEqual(["George", "Sheila", "Margaret", "Arthur", "Arthur"]);
  });

  it("stays with the last speaker when no other speaker is of the pronoun's sex", () => {
    expect(
      walked(
        "Arthur had been talking about the boat since breakfast, and I had been sitting on the sea wall listening to him.",
        "“She’ll never float,” Arthur said.",
        "“Will you give it a rest?” I said.",
        "“Last summer she had a keel,” Arthur said.",
        "“And now she has a hole,” he said.",
      ),
    ).toEqual(["Arthur", "Jenny", "Arthur", "Arthur"]);
  });
});

describe("the turn to the other of the pronoun's sex, after an edit", () => {
  // Past a checkpoint (every 20 paragraphs), so the walk resumes from a saved state.
  const scene = [
    ...opening,
    "“Will the pair of you give it a rest?” I said.",
    "“Last summer she had a keel,” Arthur said.",
    "“The keel’s fine,” he said.",
    "The tide came in while they argued, and I went up to the house for a while.",
  ];
  const paragraphs = [...scene, ...scene, ...scene, ...scene, ...scene];
  const read = (ps: readonly string[], memo?: SpeakerWalkMemo) => {
    const story = storyFromParagraphs(ps);
    const { quotes, contexts } = readSpeakers(
      story,
      findQuotes(story),
      discoverCast(story, cast),
      memo ? { memo } : {},
    );
    return { quotes, contexts };
  };

  it("reads what a fresh walk reads when an edit comes before the line it turns", () => {
    const memo: SpeakerWalkMemo = {};
    read(paragraphs, memo);
    const edited = paragraphs.with(24, "“Will the pair of you give it a rest, please?” I said.");
    const again = read(edited, memo);
    expect(again).toEqual(read(edited));
    expect(again.quotes.filter((q) => q.paragraph === 26).map((q) => q.speaker)).toEqual([
      "George",
    ]);
  });
});
