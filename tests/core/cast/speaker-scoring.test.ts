import { describe, expect, it } from "vitest";
import type { Character, Quote } from "../../../core/model";
import { EVIDENCE_KINDS, storyKinds } from "../../../eval/speaker-kinds";
import { scoreSpeakers, scoreStory, type GoldQuote } from "../../../eval/speakers";
import { loadStories, type EvalStory } from "../../../eval/stories";

const text = 'A. "One." B. "Two." C. "Three."';
const at = (s: string): { from: number; to: number } => {
  const from = text.indexOf(s);
  return { from, to: from + s.length };
};
const gold = (speaker: string, s: string): GoldQuote => ({
  paragraph: 0,
  index: 0,
  speaker,
  ...at(s),
});
const quote = (speaker: string | null, s: string, index: number): Quote => ({
  paragraph: 0,
  index,
  text: s,
  speaker,
  ...at(s),
});
const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

function story(cast: Character[], quotes: GoldQuote[]): EvalStory {
  return { name: "t", file: "t.txt", text, gold: { quotes }, cast };
}

describe("scoring discovered speakers against the gold cast", () => {
  it("counts a shorter form only the gold speaker owns, and a description with another article", () => {
    const s = story(
      [person("John Rolfe"), person("old Cotter", "Mr Cotter"), person("A girl")],
      [gold("John Rolfe", "One."), gold("old Cotter", "Two."), gold("A girl", "Three.")],
    );
    const t = scoreSpeakers(s, [
      quote("Master John", "One.", 0),
      quote("Cotter", "Two.", 1),
      quote("the girl", "Three.", 2),
    ]);
    expect(t.right).toBe(3);
  });

  it("gives a form two gold people share to neither, and an unrelated name to no one", () => {
    const s = story(
      [person("Mr. Bennet"), person("Mrs. Bennet"), person("Emma", "Emma Woodhouse")],
      [gold("Mr. Bennet", "One."), gold("Mrs. Bennet", "Two."), gold("Emma", "Three.")],
    );
    const t = scoreSpeakers(s, [
      quote("Bennet", "One.", 0),
      quote("Mr. Bennet", "Two.", 1),
      quote("Woodhouse", "Three.", 2),
    ]);
    expect(t.right).toBe(0);
    expect(t.matched).toBe(3);
  });
});

describe("the table by kind of evidence", () => {
  // LitBank excerpts (CC BY 4.0, tests/fixtures/litbank/README.md) whose gold speakers the
  // analysis names by a form only that gold character owns, or by a name outside the gold cast.
  const names = [
    "113_the_secret_garden",
    "1260_jane_eyre_an_autobiography",
    "1695_the_man_who_was_thursday_a_nightmare",
    "4217_a_portrait_of_the_artist_as_a_young_man",
  ];

  it("counts right exactly the quotes the speaker scores count right", async () => {
    const stories = (await loadStories("tests/fixtures/litbank")).filter((s) =>
      names.includes(s.name),
    );
    expect(stories.map((s) => s.name)).toEqual(names);
    for (const s of stories) {
      const kinds = storyKinds(s).kinds;
      const right = EVIDENCE_KINDS.reduce((n, k) => n + kinds[k].right, 0);
      expect({ story: s.name, right }).toEqual({
        story: s.name,
        right: scoreStory(s).withCast.right,
      });
    }
  });
});

describe("untagged turn openers by how the gold speaker follows the turns before", () => {
  it("counts a line that takes turns and one by someone else, with the earlier turns' rightness", () => {
    const lines = ['"Ready?" said Ann.', '"Yes," said Bo.', '"Go."', '"Wait."'];
    const body = lines.join("\n\n");
    const span = (s: string, speaker: string, paragraph: number): GoldQuote => {
      const from = body.indexOf(s);
      return { paragraph, index: 0, speaker, from, to: from + s.length };
    };
    const s: EvalStory = {
      name: "turns",
      file: "turns.txt",
      text: body,
      gold: {
        quotes: [
          span("Ready?", "Ann", 0),
          span("Yes,", "Bo", 1),
          span("Go.", "Ann", 2),
          span("Wait.", "Cy", 3),
        ],
      },
      cast: [person("Ann"), person("Bo"), person("Cy")],
    };
    const { turns } = storyKinds(s);
    expect(turns["takes turns"]).toEqual({
      quotes: 1,
      right: 1,
      earlierRight: 1,
      rightAfterRight: 1,
    });
    expect(turns["someone else"]).toEqual({
      quotes: 1,
      right: 0,
      earlierRight: 1,
      rightAfterRight: 0,
    });
    expect(turns["goes on"].quotes).toBe(0);
  });
});
