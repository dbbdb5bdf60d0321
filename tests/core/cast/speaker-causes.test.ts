/**
 * The eval's split of the wrong speakers by cause (eval/speaker-causes.ts): each wrong line, by
 * the official rule, gets the first cause that holds; right lines are not listed.
 */
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { wrongLines } from "../../../eval/speaker-causes";
import type { GoldQuote } from "../../../eval/speakers";
import type { EvalStory } from "../../../eval/stories";

const PARAGRAPHS = [
  "Ann and Tom sat in the kitchen with Sue.",
  "“Is it late?” Ann said.",
  "“Nearly nine.”",
  "“Then go to bed.”",
  "“Not yet.”",
  "“Fine,” she said.",
  "“Tom, look at the time.”",
];
const text = PARAGRAPHS.join("\n\n");
const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });

/** Gold quotes for the lines in order, each found by its words. */
function gold(lines: readonly (readonly [string, string])[]): GoldQuote[] {
  return lines.map(([words, speaker]) => {
    const paragraph = PARAGRAPHS.findIndex((p) => p.includes(words));
    const from = text.indexOf(words);
    return { paragraph, index: 0, from, to: from + words.length, speaker };
  });
}

describe("the wrong speakers by cause", () => {
  it("sorts each wrong line by its tag and by how many talk around it", () => {
    const story: EvalStory = {
      name: "t",
      file: "t.txt",
      text,
      cast: [person("Ann"), person("Tom"), person("Sue")],
      gold: {
        quotes: gold([
          ["Is it late?", "Ann"],
          ["Nearly nine.", "Sue"],
          ["Then go to bed.", "Sue"],
          ["Not yet.", "Ann"],
          ["Fine,", "Sue"],
          ["Tom, look at the time.", "Tom"],
        ]),
      },
    };
    const wrong = wrongLines(story).map((w) => [w.paragraph, w.gold, w.ours, w.cause]);
    expect(wrong).toEqual([
      [3, "Sue", "Ann", "(c) two-person alternation, wrong side"],
      // Tom speaks two turns on: three talk around this line.
      [4, "Ann", "Sue", "(g) three or more talking, untagged"],
      [5, "Sue", "Ann", "(d) pronoun tag resolved wrongly"],
      [6, "Tom", "Sue", "(g) three or more talking, untagged"],
    ]);
  });
});
