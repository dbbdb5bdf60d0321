import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { parseStory } from "../../../core/story";
import { findQuotes } from "../../../core/cast/quotes";

/** The quoted words of every quote, as "paragraph:text", checked against the file's bytes. */
function quotesOf(raw: string): string[] {
  const quotes = findQuotes(parseStory(raw));
  for (const q of quotes) expect(raw.slice(q.from, q.to)).toBe(q.text);
  return quotes.map((q) => `${q.paragraph}:${q.text}`);
}

const story = (...paragraphs: string[]): string => paragraphs.join("\n\n") + "\n";

/** A first scene in curly double quotes, more lines of it than the dash scene has. */
const QUOTED = [
  "\u201cYou\u2019re late,\u201d Gerald said.",
  "\u201cI\u2019m not. You\u2019re early.\u201d I handed him the flask.",
  "\u201cTom not here?\u201d",
  "\u201cGone for the seed potatoes,\u201d he said.",
  "\u201cHe won\u2019t be long.\u201d",
  "\u201cHe\u2019d better not be.\u201d",
  "\u201cHe never is.\u201d",
  "I came up to the allotment at eight \u2014 the dew still on the beans \u2014 and waited.",
];

describe("a scene in speech dashes inside a story set in quotation marks", () => {
  it("reads a run of paragraphs opening on a speech dash as dialogue, tags left out", () => {
    const raw = story(
      ...QUOTED,
      "* * *",
      "Tom came back at ten with an empty sack.",
      "\u2014 They\u2019ve had yours, he said.",
      "\u2014 Had what? I said.",
      "\u2014 The potatoes. Somebody\u2019s been in the shed.",
      "I looked at Gerald. He shrugged and went on digging.",
      "\u2014 It\u2019s her shed, Tom said. Don\u2019t you think she knows?",
    );
    const found = quotesOf(raw);
    expect(found.slice(-5)).toEqual([
      "10:They\u2019ve had yours,",
      "11:Had what?",
      "12:The potatoes. Somebody\u2019s been in the shed.",
      "14:It\u2019s her shed,",
      "14:Don\u2019t you think she knows?",
    ]);
    // The quoted scene reads as before.
    expect(found.slice(0, 2)).toEqual([
      "0:You\u2019re late,",
      "1:I\u2019m not. You\u2019re early.",
    ]);
    const speakers = analyzeStory(raw, { file: "allotment.txt" }).quotes.map((q) => [
      q.text,
      q.speaker,
    ]);
    expect(speakers).toContainEqual(["It\u2019s her shed,", "Tom"]);
  });

  it("reads no em-dash of the narration, a lone dash paragraph or far-apart ones as dialogue", () => {
    const raw = story(
      ...QUOTED,
      "He paused \u2014 then left. The gate swung \u2014 and stopped.",
      "\u2014 And that was the end of the summer, or so I thought.",
      "We dug until dark.",
      "\u201cDone?\u201d",
      "\u201cDone.\u201d",
      "\u2014 Then the rain came, as it always does in August.",
      "\u201cInside,\u201d Gerald said.",
      "\u201cComing.\u201d",
      "\u201cNow.\u201d",
      "\u2014 Nobody said a word about the shed.",
    );
    const found = quotesOf(raw);
    expect(found.filter((q) => /summer|rain|shed|paused/.test(q))).toEqual([]);
  });

  it("reads a list of items set with dashes as no dash scene: speech is sentences (qrev-29)", () => {
    // En dashes set lists as often as speech: three items in a row made every dash-opened
    // paragraph of a story in quotation marks speech, the narration's "– and then" too.
    for (const dash of ["\u2013", "\u2014"]) {
      const raw = story(
        ...QUOTED,
        "She read the list on the shed door again.",
        `${dash} Seed potatoes`,
        `${dash} Twine`,
        `${dash} A new padlock`,
        "\u201cWell?\u201d Gerald said.",
        `${dash} and then the rain came, as it always does in August.`,
      );
      expect(quotesOf(raw).filter((q) => /Seed|Twine|padlock|rain/.test(q))).toEqual([]);
    }
  });

  it("reads an interrupted line and its resumption by their quotation marks, as before", () => {
    const raw = story(
      ...QUOTED,
      "\u201cI was going to \u2014\u201d",
      "\u201c\u2014 tell you,\u201d Gerald said. \u201cYes.\u201d",
      "\u201cWell \u2014 go on.\u201d",
    );
    expect(quotesOf(raw).slice(-4)).toEqual([
      "8:I was going to \u2014",
      "9:\u2014 tell you,",
      "9:Yes.",
      "10:Well \u2014 go on.",
    ]);
  });
});
