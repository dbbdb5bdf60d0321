/**
 * A description discovery lists ("the child") whose tagged lines the attribution all gave to
 * one named character is that character in the list (spoken-as.ts): no card of its own.
 */
import { describe, expect, it } from "vitest";
import { StoryAnalyzer } from "../../../core/analyzer";
import { spokenAs } from "../../../core/cast/spoken-as";

const TERRACE = [
  "Walter sat on the terrace with his coffee. A small boy came along the path, poking the gravel with a stick. The child stopped in front of him.",
  "“Will you give me a lump of sugar?” asked the child.",
  "“Yes, you may take one,” Walter said.",
  "“I’m going to take three,” said the child. “My sister won’t mind.”",
  "A young lady came out of the hotel. “Toby,” she said, “what are you doing?”",
  "“I’m going up the mountain,” replied Toby.",
].join("\n\n");

describe("a listed description whose tagged lines one named character speaks", () => {
  it("is that character, with the description as an alias and its mentions as his", () => {
    const analysis = new StoryAnalyzer({}).analyze(TERRACE, "terrace.txt");
    const toby = analysis.characters.find((c) => c.name === "Toby");
    expect(analysis.characters.map((c) => c.name)).not.toContain("the child");
    expect(toby?.aliases).toContain("the child");
    const mentioned = analysis.mentions.filter((m) => m.character === "Toby");
    expect(mentioned.some((m) => TERRACE.slice(m.from, m.to) === "the child")).toBe(true);
    expect(analysis.scenes[0]?.characters).not.toContain("the child");
  });

  it("is not folded when a line is its own, or its tags go to two people, or to one line", () => {
    const cast = [
      { name: "Toby", aliases: [], voice: "unknown" as const },
      { name: "Ann", aliases: [], voice: "unknown" as const },
      { name: "the child", aliases: [], voice: "unknown" as const, unnamed: true },
    ];
    const after = (q: { tag: string }): string => q.tag;
    const line = (speaker: string | null, tag: string, unnamed?: string) => ({
      speaker,
      tag,
      ...(unnamed ? { unnamed } : {}),
    });
    const tagged = [line("Toby", "” said the child."), line("Toby", "” the child cried.")];
    expect(spokenAs(cast, tagged, after)).toEqual(new Map([["the child", "Toby"]]));
    expect(spokenAs(cast, [...tagged, line(null, "”", "the child")], after).size).toBe(0);
    expect(spokenAs(cast, [tagged[0]!, line("Ann", "” said the child.")], after).size).toBe(0);
    expect(spokenAs(cast, [tagged[0]!], after).size).toBe(0);
    // "asked Toby" answering between the child's tags: two people, whoever the lines went to.
    const answered = [tagged[0]!, line("Toby", "” asked Toby."), tagged[1]!];
    expect(spokenAs(cast, answered, after).size).toBe(0);
  });
});

describe("a description that is also someone else in another scene", () => {
  it("is not folded: a later, silent 'the child' is not Toby's mention", () => {
    const text = `${TERRACE}\n\n* * *\n\nYears later Walter walked through a village in the rain. A child sat on a doorstep. The child was crying.`;
    const analysis = new StoryAnalyzer({}).analyze(text, "terrace.txt");
    const last = text.lastIndexOf("The child");
    const mention = analysis.mentions.find((m) => m.from === last);
    expect(mention?.character).not.toBe("Toby");
  });
});

describe("the tags a description is read in", () => {
  const cast = [
    { name: "Toby", aliases: [], voice: "unknown" as const },
    { name: "the child", aliases: [], voice: "unknown" as const, unnamed: true },
  ];
  const folds = (...tags: string[]): boolean =>
    spokenAs(
      cast,
      tags.map((tag) => ({ speaker: "Toby", tag })),
      (q) => q.tag,
    ).has("the child");

  it("take any case of a speech verb, before or after, with an adverb between", () => {
    expect(folds("” Said the child.", "” the Child SAID.")).toBe(true);
    expect(folds("’ whispered softly the child", " the child  asked, turning")).toBe(true);
    // Matched as /iu matches: the long s and the Kelvin sign are an s and a k.
    expect(folds("” \u017Faid the child.", "” the child bar\u212Aed.")).toBe(true);
    // The adverb's \p{Ll} under /iu is any letter's case.
    expect(folds("” said the child.", "” said Softly the child.")).toBe(true);
  });

  it("are read for each description in one pass, each in its own words", () => {
    const two = [
      ...cast,
      { name: "Ann", aliases: [], voice: "unknown" as const },
      { name: "the old woman", aliases: [], voice: "unknown" as const, unnamed: true },
    ];
    const lines = [
      ["Toby", "” said the child."],
      ["Ann", "” the old woman said."],
      ["Toby", "” cried softly the child."],
      ["Ann", "” asked the old woman."],
      ["Ann", "” said the older woman."],
    ].map(([speaker, tag]) => ({ speaker: speaker!, tag: tag! }));
    const folded = spokenAs(two, lines, (q) => q.tag);
    expect(folded).toEqual(
      new Map([
        ["the child", "Toby"],
        ["the old woman", "Ann"],
      ]),
    );
  });

  it("need the whole verb and the whole description", () => {
    expect(folds("” said the child.", "” said the children.")).toBe(false);
    expect(folds("” said the child.", "” the child saidst.")).toBe(false);
    expect(folds("” said the child.", "” the child said’s")).toBe(false);
    expect(folds("” said the child.", "” the child the child sang.")).toBe(false);
    expect(folds("” said the child.", "” sang the child.")).toBe(false);
    expect(folds("” said the child.", ", said the child.")).toBe(false);
  });

  it("are not folded past a tag that names the one who spoke them, by any of his forms", () => {
    const holly = [
      { name: "Toby", aliases: ["Holly", " Tobes"], voice: "unknown" as const },
      cast[1]!,
    ];
    const foldsPast = (tag: string): boolean =>
      spokenAs(
        holly,
        ["” said the child.", tag, "” the child cried."].map((t) => ({ speaker: "Toby", tag: t })),
        (q) => q.tag,
      ).has("the child");
    expect(foldsPast("” he said.")).toBe(true);
    // A name ending in "ly" after its verb, with and without an adverb before it.
    expect(foldsPast("” said Holly.")).toBe(false);
    expect(foldsPast("” said gaily HOLLY.")).toBe(false);
    expect(foldsPast("” Holly said.")).toBe(false);
    expect(foldsPast("” Holly saidst.")).toBe(true);
    // A form with a space before it needs a space more in the tag.
    expect(foldsPast("” said Tobes.")).toBe(true);
    expect(foldsPast("” said  Tobes.")).toBe(false);
  });
});
