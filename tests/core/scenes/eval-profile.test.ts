import { describe, expect, it } from "vitest";
import {
  missKind,
  profileLines,
  type GoldRow,
  type StoryProfile,
} from "../../../eval/scene-profile";

const gold = (over: Partial<GoldRow>): GoldRow => ({
  atBreak: false,
  found: false,
  score: 0,
  cues: [],
  opening: "article",
  afterTalk: false,
  lead: "same lead + names shared",
  ...over,
});

const stories: StoryProfile[] = [
  {
    person: "third person",
    gold: 3,
    predicted: 3,
    hits: 1,
    golds: [
      gold({ found: true, lead: "lead turns + names shared" }),
      gold({ score: 0.45, cues: ["newPlace", "dialogueEnd"] }),
      gold({ score: 0, opening: "capitalised", afterTalk: true }),
    ],
    extras: [
      { distance: 2, cues: ["clock"] },
      { distance: 12, cues: [] },
    ],
  },
  {
    person: "first person",
    gold: 1,
    predicted: 1,
    hits: 1,
    golds: [gold({ atBreak: true, found: true })],
    extras: [],
  },
];

describe("scene profile (pooled counts, text-free)", () => {
  it("sorts a miss by what the best candidate near it had", () => {
    expect(missKind(0, 0.7)).toBe("no cue");
    expect(missKind(0.2, 0.7)).toBe("weak (< half the price)");
    expect(missKind(0.45, 0.7)).toBe("under the price");
    expect(missKind(0.9, 0.7)).toBe("over the price, not chosen");
  });

  it("pools the stories' boundaries into counts, by person, with no row per story", () => {
    const lines = profileLines(stories, 0.7);
    expect(lines[0]).toBe("stories 2, gold 4, predicted 4, hits 2: P 0.50 R 0.50 F1 0.50");
    expect(lines).toContain("first person (1 stories, gold 1): P 1.00 R 1.00 F1 1.00");
    expect(lines).toContain("third person (1 stories, gold 3): P 0.33 R 0.33 F1 0.33");
    expect(lines).toContain(
      "gold boundaries: unmarked missed 2, unmarked found 1, break line found 1",
    );
    expect(lines).toContain(
      "misses by best score within one paragraph: under the price 1, no cue 1",
    );
    expect(lines).toContain("misses by cues there: newPlace+dialogueEnd 1, none 1");
    expect(lines).toContain("misses by the paragraph before: after narration 1, after talk 1");
    expect(lines).toContain("unmarked hits, the same: lead turns + names shared 1");
    expect(lines).toContain("extras by distance: 2-3 from gold 1, 9+ from gold 1");
  });
});
