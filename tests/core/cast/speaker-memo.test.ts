import { describe, expect, it } from "vitest";
import { discoverCast } from "../../../core/cast/discover";
import { findQuotes } from "../../../core/cast/quotes";
import { Checkpoint } from "../../../core/cast/speaker-memo";
import { readSpeakers, type SpeakerWalkMemo } from "../../../core/cast/speakers";
import { parseStory } from "../../../core/story";
import { person, readText } from "./helpers";

// Excerpts from LitBank (CC BY 4.0, tests/fixtures/litbank/README.md), third and first person.
const text = [
  "18581_adrift_in_new_york_tom_and_florence_braving_the_world",
  "5348_ragged_dick_or_street_life_in_new_york_with_the_bootblacks",
  "1155_the_secret_adversary",
  "1342_pride_and_prejudice",
  "1260_jane_eyre_an_autobiography",
]
  .map((name) => readText(`tests/fixtures/litbank/${name}.txt`))
  .join("\n\n");
const cast = discoverCast(parseStory(text));

/** The walk's reading of `paragraphs` (quotes and contexts), with `memo` or, without it, fresh. */
function read(paragraphs: readonly string[], memo?: SpeakerWalkMemo) {
  const story = parseStory(paragraphs.join("\n\n"));
  const { quotes, contexts } = readSpeakers(story, findQuotes(story), cast, memo ? { memo } : {});
  return { quotes, contexts };
}

/** The walk's reading of `paragraphs`, with the memo and fresh, to compare. */
function walk(paragraphs: readonly string[], memo: SpeakerWalkMemo) {
  return { again: read(paragraphs, memo), fresh: read(paragraphs) };
}

/** The first named speaker of a quote at or after paragraph i. */
function speakerAfter(paragraphs: readonly string[], i: number): string {
  return read(paragraphs).quotes.find((q) => q.paragraph >= i && q.speaker)!.speaker!;
}

describe("the speaker walk after an edit", () => {
  const paragraphs = text.split(/\n\s*\n/u);
  const at = (share: number) => Math.floor(paragraphs.length * share);
  const edits: [string, (p: string[]) => string[]][] = [
    ["a word changes", (p) => p.with(at(0.3), p[at(0.3)]!.replace(" ", " very "))],
    // by someone who speaks again soon after (else they stay where the edit named them, and
    // the walk goes on to the end unless it proves that harmless)
    [
      "a tagged line comes in",
      (p) => p.toSpliced(at(0.4), 0, `"No," said ${speakerAfter(p, at(0.4))}.`),
    ],
    ["a paragraph goes", (p) => p.toSpliced(at(0.5), 1)],
    ["'he' becomes 'she'", (p) => p.with(at(0.6), `${p[at(0.6)]} Then she sat down.`)],
    ["the first paragraph changes", (p) => p.with(0, `Once ${p[0]}`)],
    // a chapter heading starts a new exchange (chapter-start.ts)
    ["a chapter heading comes in", (p) => p.toSpliced(at(0.45), 0, "XII")],
  ];

  for (const [what, edit] of edits) {
    it(`reads what a fresh walk reads, and stops before the end, when ${what}`, () => {
      const memo: SpeakerWalkMemo = {};
      const first = read(paragraphs, memo);
      const { again, fresh } = walk(edit(paragraphs), memo);
      expect(again).toEqual(fresh);
      // The last quotes' contexts are the old walk's: it stopped after the edit.
      expect(again.contexts.at(-1)).toBe(first.contexts.at(-1));
    });
  }

  it("reads what a fresh walk reads when someone goes out (the state holds who is away)", () => {
    const memo: SpeakerWalkMemo = {};
    read(paragraphs, memo);
    const { again, fresh } = walk(
      paragraphs.with(at(0.6), `${paragraphs[at(0.6)]} Then she went out.`),
      memo,
    );
    expect(again).toEqual(fresh);
  });

  it("reads what a fresh walk reads when the one who speaks next went, watched going", () => {
    const memo: SpeakerWalkMemo = {};
    read(paragraphs, memo);
    const who = speakerAfter(paragraphs, at(0.55));
    const { again, fresh } = walk(
      paragraphs.toSpliced(at(0.55), 0, `${who} went. They watched ${who} go.`),
      memo,
    );
    expect(again).toEqual(fresh);
  });

  it("reads what a fresh walk reads after an edit near the end", () => {
    const memo: SpeakerWalkMemo = {};
    read(paragraphs, memo);
    const last = paragraphs.length - 2;
    const { again, fresh } = walk(paragraphs.with(last, `${paragraphs[last]} Then.`), memo);
    expect(again).toEqual(fresh);
  });

  it("reads what a fresh walk reads after many edits at one place, then one far after it", () => {
    const memo: SpeakerWalkMemo = {};
    let edited = paragraphs;
    // More edits than a checkpoint keeps moves pending for: later checkpoints are moved again
    // and again, by one word each time, before the last edit resumes from one of them.
    for (let k = 0; k < 20; k++) {
      edited = edited.with(
        at(0.2),
        k % 3 === 2 ? edited[at(0.2)]!.replace("very ", "") : `Very ${edited[at(0.2)]}`,
      );
      read(edited, memo);
    }
    const last = edited.with(at(0.9), `${edited[at(0.9)]} Then.`);
    const { again, fresh } = walk(last, memo);
    expect(again).toEqual(fresh);
  });
});

describe("a checkpoint taken over past an edit", () => {
  it("works its state out from the last known one with every move since, in order", () => {
    // The state as the list of moves applied to it: leaving one out, or reordering, shows.
    const apply = (s: readonly number[], moves: readonly number[]) => [...s, ...moves];
    const applied: number[][] = [];
    const counting = (s: readonly number[], moves: readonly number[]) => {
      applied.push([...moves]);
      return apply(s, moves);
    };
    let c = Checkpoint.of<readonly number[], number>(0, 0, [-1]);
    const seen: Checkpoint<readonly number[], number>[] = [];
    for (let k = 0; k < 40; k++) seen.push((c = c.moved(1, 1, k, counting)));
    expect(c.paragraph).toBe(40);
    expect(c.state()).toEqual([-1, ...Array.from({ length: 40 }, (_, k) => k)]);
    // Worked out every sixteen moves (and once asked), one application each.
    expect(applied.map((m) => m.length)).toEqual([16, 16, 8]);
    expect(seen[20]!.state()).toEqual([-1, ...Array.from({ length: 21 }, (_, k) => k)]);
  });
});

describe("a newcomer's naming after an edit", () => {
  // Our own prose: "a woman ... came up the lane" is Edith from the arrival on only while her
  // line gives her name (narrated-links.ts), which comes after the lines it names.
  const cast = [person("Mara"), person("Edith Crane")];
  const lane = [
    "Mara was painting the fence when a woman in a green coat came up the lane with a spaniel.",
    "“You must be the new tenant,” she said.",
    "“I am, yes.”",
    "“I’m Edith. Edith Crane. I live at the end, by the pond.” She pointed with the lead.",
    "“Is it a nice walk down there?”",
  ];
  const readLane = (paragraphs: readonly string[], memo?: SpeakerWalkMemo) => {
    const story = parseStory(paragraphs.join("\n\n"));
    return readSpeakers(story, findQuotes(story), cast, memo ? { memo } : {}).quotes;
  };

  it("reads what a fresh walk reads when the naming goes and comes back", () => {
    const memo: SpeakerWalkMemo = {};
    expect(readLane(lane, memo)[0]!.speaker).toBe("Edith Crane");
    const unnamed = lane.with(3, "“I live at the end, by the pond.” She pointed with the lead.");
    expect(readLane(unnamed, memo)).toEqual(readLane(unnamed));
    expect(readLane(unnamed, memo)[0]!.speaker).not.toBe("Edith Crane");
    expect(readLane(lane, memo)).toEqual(readLane(lane));
  });
});

describe("a lone family-word title and a family word spoken of, after an edit", () => {
  // Our own prose: "Father" alone is the cast's Father Quinlan while the walk saw him within a
  // description's reach (walk-tags.ts), and "Dad says" sends the father out (spoken-of.ts). The
  // edits move the priest in and out of that reach and take the "Dad says" line away.
  const cast = [
    person("Father Quinlan", "Quinlan"),
    person("Martin Dwyer", "Martin", "Dad"),
    person("Roisin Dwyer", "Roisin"),
    person("Ciaran Dwyer", "Ciaran"),
  ];
  const weather = "The rain came in off the bog all that afternoon and would not stop. ";
  const house = [
    "Father Quinlan had said the nine o'clock and gone home to his dinner.",
    weather.repeat(8).trim(),
    "Martin Dwyer was at the range when his daughter Roisin came in with the post.",
    '"Is that you, Father?"',
    '"It\'s me. Roisin."',
    '"Anything for me?"',
    '"Only the bill."',
    "Ciaran was out in the yard with the dog. Roisin went out to him with the post.",
    '"Dad says you\'re to clear the drain before dark."',
    '"Dad says a lot of things."',
    '"He means it."',
  ];
  const readHouse = (paragraphs: readonly string[], memo?: SpeakerWalkMemo) => {
    const story = parseStory(paragraphs.join("\n\n"));
    return readSpeakers(story, findQuotes(story), cast, memo ? { memo } : {}).quotes;
  };

  it("reads what a fresh walk reads as the priest comes within reach and goes out of it", () => {
    const memo: SpeakerWalkMemo = {};
    const far = house.with(1, weather.repeat(30).trim());
    const near = house.with(1, weather.trim());
    for (const paragraphs of [house, far, near, house, far.toSpliced(8, 1), house])
      expect(readHouse(paragraphs, memo)).toEqual(readHouse(paragraphs));
    // Within reach the call is the priest's, whose answer is taken; out of it, the father's.
    expect(readHouse(near)[1]!.speaker).not.toBe(readHouse(far)[1]!.speaker);
  });
});
