/**
 * The speaker walk resumed after an edit reads what a fresh walk reads, over random edits of a
 * first-person story whose talk often opens after narration showing one person (the rule in
 * `noteOpening`: its state, `shownSince` and `openedAlone`, must carry and compare across edits).
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../core/cast/quotes";
import { readSpeakers, type SpeakerWalkMemo } from "../../../core/cast/speakers";
import { parseStory } from "../../../core/story";
import { person } from "./helpers";

const cast = [{ ...person("Jess"), narrator: true }, person("Tom"), person("Ada"), person("Nell")];

/**
 * Scenes of three talking with the narrator, each ending on narration that shows one of the
 * others alone, that person's line and a bare answer (the narrator's by the rule).
 */
function episode(x: string, y: string, pronoun: string): string[] {
  return [
    `${x} and ${y} were arguing about the fence when I came down. I kept out of it.`,
    `"It leans," said ${x}.`,
    '"It has always leant," I said.',
    `"Then it can lean a bit more," said ${y}.`,
    `${x} went to the window and looked at the fence for a long time.`,
    `"It really does lean," ${pronoun} said.`,
    '"It\'s fine."',
  ];
}
const EPISODES = [
  episode("Tom", "Ada", "he"),
  episode("Ada", "Nell", "she"),
  episode("Nell", "Tom", "she"),
];

/** Paragraphs an edit puts in: narration showing one, two or no one, lines, breaks. */
const POOL = [
  "Tom went to the window and looked at the fence for a long time.",
  "Ada had heard all of this, and had gone pink to the top of her head.",
  "Tom went to the window, and Ada came after him with the teapot.",
  "I made myself some toast and kept out of it, as I always do.",
  "The rain had not stopped all morning.",
  '"It leans," said Tom.',
  '"It has always leant," I said.',
  '"It\'s fine."',
  '"You would say that," said Nell. "You always do."',
  '"Where is the hammer?" she asked.',
  "***",
  "Chapter 4",
];

/** A small seeded generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function read(paragraphs: readonly string[], memo?: SpeakerWalkMemo) {
  const story = parseStory(paragraphs.join("\n\n"));
  const { quotes, contexts } = readSpeakers(story, findQuotes(story), cast, memo ? { memo } : {});
  return { quotes, contexts };
}

describe("the first-person speaker walk after random edits", () => {
  // Seeds 1 and 4 fail when the walk's checkpoint drops `shownSince` or `openedAlone` (saved or
  // restored); seeds 2 and 3 failed only when `openedAlone` was dropped, which 1 and 4 catch too.
  for (const seed of [1, 4]) {
    it(`reads what a fresh walk reads (seed ${seed})`, () => {
      const rnd = random(seed);
      const pick = () => POOL[Math.floor(rnd() * POOL.length)]!;
      let paragraphs = Array.from(
        { length: 24 },
        () => EPISODES[Math.floor(rnd() * EPISODES.length)]!,
      ).flat();
      const memo: SpeakerWalkMemo = {};
      read(paragraphs, memo);
      for (let k = 0; k < 15; k++) {
        const at = Math.floor(rnd() * paragraphs.length);
        const kind = rnd();
        paragraphs =
          kind < 0.3
            ? paragraphs.with(at, pick())
            : kind < 0.5
              ? paragraphs.toSpliced(at, 0, pick())
              : kind < 0.7
                ? paragraphs.toSpliced(at, 1)
                : // a word: the walk most often stops where it meets the old one again
                  paragraphs.with(at, `${paragraphs[at]} Then.`);
        const again = read(paragraphs, memo);
        expect(again).toEqual(read(paragraphs));
      }
    });
  }
});
