import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { findQuotes } from "../../../core/cast/quotes";
import { attributeSpeakers } from "../../../core/cast/speakers";
import { storyFromParagraphs } from "../../../core/story";

const castOf = (...names: string[]) =>
  names.map((name) => ({ name, aliases: [], voice: "unknown" as const }));

const speakers = (paragraphs: string[], cast: ReturnType<typeof castOf>): (string | null)[] =>
  analyzeStory(paragraphs.join("\n\n"), { file: "tags.txt", cast }).quotes.map((q) => q.speaker);

describe("tag shapes the person-noun list does not cover", () => {
  it("reads an indefinite description with a post-modifier after the verb ('said a weather-beaten drover of sixty')", () => {
    const cast = castOf("Tom", "Ann", "A weather-beaten drover of sixty");
    const text = [
      "Tom and Ann waited at the gate of the sale yard.",
      '"Is it late?" asked Tom.',
      '"Neighbours," said a weather-beaten drover of sixty, "the sale is off."',
    ];
    expect(speakers(text, cast).at(-1)).toBe("A weather-beaten drover of sixty");
  });

  it("reads 'another' and a noun as someone new ('cried another drover')", () => {
    const cast = castOf("Tom", "Ann", "Another drover");
    const text = [
      "Tom and Ann waited at the gate of the sale yard.",
      '"Is it late?" asked Tom.',
      '"Off again!" cried another drover.',
    ];
    expect(speakers(text, cast).at(-1)).toBe("Another drover");
  });

  it("reads 'another' alone after the verb as someone new ('said another.')", () => {
    const cast = castOf("Tom", "Ann", "Another");
    const text = [
      "Tom and Ann waited at the gate of the sale yard.",
      '"Is it late?" asked Tom.',
      '"Too late," said another.',
    ];
    expect(speakers(text, cast).at(-1)).toBe("Another");
  });

  it("reads 'somebody' before a speech verb as an unnamed speaker, not the last one", () => {
    const cast = castOf("Tom", "Ann", "Somebody");
    const text = [
      "Tom and Ann waited at the gate of the sale yard.",
      '"Is it late?" asked Tom.',
      '"Much too late," somebody exclaimed.',
    ];
    expect(speakers(text, cast).at(-1)).toBe("Somebody");
  });

  it("reads 'somebody else' as its own speaker, not the 'somebody' before", () => {
    const cast = castOf("Tom", "Ann", "Somebody", "Somebody else");
    const text = [
      "Tom and Ann waited at the gate of the sale yard.",
      '"Much too late," somebody exclaimed.',
      '"Not yet," somebody else answered.',
    ];
    expect(speakers(text, cast).slice(-2)).toEqual(["Somebody", "Somebody else"]);
  });

  // Three people, so that neither turn-taking nor the sentence's first subject gives the answer.
  const cast3 = castOf("Tom", "Ann", "Bo");
  const yard = [
    "Tom, Ann and Bo waited at the gate of the sale yard.",
    '"Is it late?" asked Tom.',
    '"Yes," said Ann.',
  ];
  const last = (narration: string): string | null | undefined =>
    speakers([...yard, narration], cast3).at(-1);

  it("finds the subject before a participle's clause ('Bo, pushing a coin into Ann's hand, said:')", () => {
    expect(
      last('Tom stared at the gate, and Bo, pushing a coin into Ann\'s hand, said: "Home."'),
    ).toBe("Bo");
    expect(
      last(
        'Tom stared at the gate, and Bo looked up and, pushing a coin into Ann\'s hand, said: "Home."',
      ),
    ).toBe("Bo");
  });

  it("reads a tag whose verb is followed by 'at once' or 'aloud' ('and Bo said at once:')", () => {
    expect(last('Tom stared at Ann, and Bo said at once: "Home."')).toBe("Bo");
    expect(last('Tom looked up when Bo said aloud: "Home."')).toBe("Bo");
  });

  it("reads 'spoke' as a speech verb ('whereupon Bo spoke.')", () => {
    expect(last('Tom stared at the gate, whereupon Bo spoke. "Home."')).toBe("Bo");
    expect(last('Tom stared at the gate. "Home," Bo spoke up.')).toBe("Bo");
  });

  it("reads 'the' and a noun no list knows after the verb as the cast member so described ('cried the farrier')", () => {
    const text = [...yard, '"Off again!" cried the farrier.'];
    expect(speakers(text, castOf("Tom", "Ann", "Bo", "The farrier")).at(-1)).toBe("The farrier");
  });

  it("leaves 'said the farrier' that means no cast member to the untagged reading", () => {
    // Tom asked, Ann answered: taking turns gives the third line back to Tom, as a turn, not as
    // a tag of someone no one knows (which the ranker must then guess among everyone).
    const story = storyFromParagraphs([...yard, '"Why?" said the farrier.']);
    const got = attributeSpeakers(story, findQuotes(story), castOf("Tom", "Ann", "Bo")).at(-1);
    expect([got?.speaker, got?.evidence]).toEqual(["Tom", "turn"]);
  });

  it("reads no plural after the verb as one speaker ('cried the drovers whose dogs ran')", () => {
    const story = storyFromParagraphs([...yard, '"Home!" cried the drovers whose dogs ran on.']);
    const last = attributeSpeakers(story, findQuotes(story), castOf("Tom", "Ann", "Bo")).at(-1);
    expect(last?.evidence).toBeDefined();
    expect(last?.evidence).not.toBe("tag");
  });

  it("gives 'cried the drovers' to the group when the cast lists it ('The drovers')", () => {
    // LitBank's annotators give a chorus to the group the cast lists ("cried the ladies").
    const text = [...yard, '"Home!" cried the drovers whose dogs ran on.'];
    expect(speakers(text, castOf("Tom", "Ann", "The drovers")).at(-1)).toBe("The drovers");
  });
});

describe("a subject pronoun after a word that may be a preposition", () => {
  it("reads 'for she put ..., and said,' as hers, past the narrator's 'I suppose'", () => {
    const cast = [...castOf("Old Marta"), { ...castOf("Tobias Venn")[0]!, narrator: true }];
    const text = [
      "Old Marta met me at the door of the inn.",
      'She saw, I suppose, the fear in my eyes, for she put the shawl round my shoulders, and said, "Keep it till spring," and went in.',
    ];
    expect(speakers(text, cast)).toEqual(["Old Marta"]);
  });
});
