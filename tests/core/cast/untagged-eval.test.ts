/**
 * The eval's untagged section (eval/untagged.ts) on a story of our own: which likely cause each
 * wrong untagged line is counted under, and where a run of wrong lines starts.
 */
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import type { GoldQuote } from "../../../eval/speakers";
import type { EvalStory } from "../../../eval/stories";
import { untaggedTally } from "../../../eval/untagged";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });

function story(lines: readonly (readonly [string, string, string])[]): EvalStory {
  const body = lines.map(([paragraph]) => paragraph).join("\n\n");
  let from = 0;
  const quotes: GoldQuote[] = lines.map(([paragraph, quote, speaker], i) => {
    const at = body.indexOf(quote, from);
    from = body.indexOf(paragraph, from) + paragraph.length;
    return { paragraph: i, index: 0, speaker, from: at, to: at + quote.length };
  });
  return {
    name: "untagged",
    file: "untagged.txt",
    text: body,
    gold: { quotes },
    cast: [person("Ann"), person("Bo"), person("Cy")],
  };
}

describe("untagged lines given wrongly, by likely cause", () => {
  it("counts a newcomer's line as someone else's turn and the wrong line after it as carried on", () => {
    const t = untaggedTally(
      story([
        ['Cy sat by the stove. "Ready?" said Ann.', "Ready?", "Ann"],
        ['"Yes," said Bo.', "Yes,", "Bo"],
        ['"Go."', "Go.", "Ann"],
        ['"Wait."', "Wait.", "Cy"],
        ['"Why?"', "Why?", "Cy"],
      ]),
    );
    expect(t.causes["opens a turn: someone else"]).toBe(1);
    expect(t.causes["the line before it wrong too"]).toBe(1);
    expect(t.starts["untagged, bare"]).toBe(1);
    expect(t.wrong["untagged, bare"]).toBe(2);
    expect(t.wrong["name tag"]).toBe(0);
  });
});
