import { describe, expect, it } from "vitest";
import type { BoundaryCandidate } from "../../../core/scenes";
import {
  cueLine,
  cueRows,
  cueTally,
  dialogueMarks,
  openingShape,
  paragraphShape,
  povEvidenceLine,
  povReadings,
} from "../../../eval/scene-cues";

const candidate = (paragraph: number, cues: BoundaryCandidate["cues"]): BoundaryCandidate => ({
  paragraph,
  score: Object.values(cues ?? {}).reduce((n, v) => n + v, 0),
  reasons: ["time: The next morning"],
  cues,
});

describe("scene eval diagnostics (text-free)", () => {
  const texts = ["One two three.", "Four five.", "The sun rose. Six seven eight.", "Nine."];
  const candidates = new Map([
    [1, candidate(1, { place: 1 })],
    [2, candidate(2, { time: 0.8, newPlace: 1 })],
    [3, candidate(3, { clock: 1 })],
  ]);

  it("marks gold boundaries hit or missed and extra predictions, with their cues", () => {
    const rows = cueRows(candidates, [3], [2], texts);
    expect(rows.map((r) => [r.kind, r.paragraph])).toEqual([
      ["hit", 2],
      // 3 is within one paragraph of gold 2, so it is the hit, not an extra.
    ]);
    const missed = cueRows(candidates, [], [2], texts)[0]!;
    expect(missed.kind).toBe("missed");
    // The best candidate within one paragraph of the gold one.
    expect(missed.cues).toEqual({ time: 0.8, newPlace: 1 });
    const extra = cueRows(candidates, [1], [3], texts).find((r) => r.kind === "extra")!;
    expect(extra.paragraph).toBe(1);
    // Three words from the story's start to it, nine from it to the story's end.
    expect(extra.around).toBe("3|9");
  });

  it("lists strong candidates that nothing chose, away from gold and predictions", () => {
    const weak = new Map([...candidates, [0, candidate(0, { dialogueEnd: 0.1 })]]);
    const rows = cueRows(weak, [], [3], texts);
    // 1 scores 1 and sits two paragraphs from gold 3; 2 is within one of it; 0 is too weak.
    expect(rows.map((r) => [r.kind, r.paragraph])).toEqual([
      ["unchosen", 1],
      ["missed", 3],
    ]);
  });

  it("prints numbers and cue names only, never the story's words", () => {
    const line = cueLine(cueRows(candidates, [], [2], texts)[0]!);
    expect(line).toContain("time 0.8");
    expect(line).not.toMatch(/sun|morning/i);
    expect(paragraphShape(texts[2]!)).toBe("w6 q0.0 passage@1");
  });

  it("tells how a paragraph opens and what came before it as classes and counts", () => {
    const story = [
      '"Where is Marta?" Ewan asked.',
      "Ewan had waited by the gate in Skipton for an hour.",
      "The bank in Millersburg was shut, and Marta sat in the car.",
    ];
    // An article opens it; two names inside its first sentence; one of them (Marta) was named
    // in the three paragraphs before; the paragraph before is narration.
    expect(openingShape(story, 2)).toBe("o:art caps2 names 1/2 prev w11 q0.0");
    expect(openingShape(story, 1)).toBe("o:cap caps1 pp names 1/2 prev w5 q0.6");
  });

  it("counts how the story marks its dialogue, by paragraph opening", () => {
    const story = ["— Are you coming? she said.", '"Yes," he said.', "‘No.’", "and then nothing"];
    expect(dialogueMarks(story)).toBe("dquoteOpen 1, squoteOpen 1, dashOpen 1, lowerOpen 1");
  });

  it("tallies each cue's firings and how many sit at a gold boundary", () => {
    const [single] = cueTally([{ candidates, gold: [2] }]);
    expect(single).toContain("newPlace 1/1");
    // Candidate 1 is within one paragraph of gold 2 too; nothing else fired far from it.
    expect(single).toContain("place 1/1");
  });
});

describe("a wrong POV told in numbers", () => {
  it("says each side's pronoun, so a same-pronoun miss is told from an unknown one", () => {
    const text = [
      "Ada walked to the mill, and she thought about the river all the way there.",
      "Hugh opened the door, and he looked at her without a word.",
      "Cole sat by the fire.",
    ].join("\n\n");
    const cast = ["Ada", "Hugh", "Cole"].map((name) => ({ name, aliases: [] }));
    const readings = povReadings(text, cast);
    expect(povEvidenceLine(readings, 0, 2, "Ada", "Hugh")).toMatch(/pronouns gold she given he$/);
    expect(povEvidenceLine(readings, 0, 2, "Cole", null)).toMatch(/pronouns gold \? given -$/);
  });
});
