import { describe, expect, it } from "vitest";
import { parseStory } from "../../../core/story";
import { detectQuoteStyle, findQuotes } from "../../../core/cast/quotes";

/** The quoted words of every quote, as "paragraph:text", checked against the file's bytes. */
function quotesOf(raw: string): string[] {
  const quotes = findQuotes(parseStory(raw));
  for (const q of quotes) expect(raw.slice(q.from, q.to)).toBe(q.text);
  return quotes.map((q) => `${q.paragraph}:${q.text}`);
}

const story = (...paragraphs: string[]): string => paragraphs.join("\n\n") + "\n";

describe("a line typed in the other form of the story's quote marks", () => {
  it("reads a straight single line in a curly single story, even on a word like an elision", () => {
    const raw = story(
      "\u2018You came, then,\u2019 said Hettie. \u2018I thought you\u2019d not.\u2019",
      "Orla shrugged off her coat. \u2018I said I would.\u2019",
      "'Is this real?' she had written on the back of the card.",
      "\u2018Who is this woman?\u2019",
      "'Round the back, love, the dogs' door is open,' called Hettie.",
      "\u2018Thanks.\u2019",
    );
    expect(quotesOf(raw)).toEqual([
      "0:You came, then,",
      "0:I thought you\u2019d not.",
      "1:I said I would.",
      "2:Is this real?",
      "3:Who is this woman?",
      "4:Round the back, love, the dogs' door is open,",
      "5:Thanks.",
    ]);
  });

  it("never opens a quote on a straight apostrophe in a curly single story", () => {
    const raw = story(
      "\u2018Right,\u2019 said Nan. \u2018Tea.\u2019",
      "\u2018Ready?\u2019 \u2018Nearly.\u2019",
      "'Tis a long road, and we'd walk it 'round twice for the dogs' sake.",
      "They played rock 'n' roll on the wireless. 'Is it real? Was he 'ere?",
      "He took 'is cap and said nothing of 'em, not a word o' the matter.",
    );
    expect(quotesOf(raw)).toEqual(["0:Right,", "0:Tea.", "1:Ready?", "1:Nearly."]);
  });

  it("tells a story set in curly single quotes only when its marks are clearly curly", () => {
    const curly = "\u2018Right,\u2019 said Nan. \u2018Tea.\u2019 \u2018Now.\u2019 'Ready?'";
    expect(detectQuoteStyle(parseStory(curly))).toBe("single+curly");
    const mixed = "\u2018Right,\u2019 said Nan. 'Tea.' 'Ready?'";
    expect(detectQuoteStyle(parseStory(mixed))).toBe("single");
    expect(detectQuoteStyle(parseStory("'Right,' said Nan. \u2018Tea.\u2019"))).toBe("single");
  });

  it("reads a straight double line in a curly double story", () => {
    const raw = story(
      "\u201cYou came,\u201d said Hettie. \u201cI thought you wouldn\u2019t.\u201d",
      '"Is this real?" Orla asked, and the dogs\' tails went still.',
      "\u201cIt is,\u201d said Hettie.",
    );
    expect(detectQuoteStyle(parseStory(raw))).toBe("double");
    expect(quotesOf(raw)).toEqual([
      "0:You came,",
      "0:I thought you wouldn\u2019t.",
      "1:Is this real?",
      "2:It is,",
    ]);
  });

  it("leaves a straight single story's apostrophes and plural possessives as they were", () => {
    const raw = story(
      "'You've not fed 'em,' said Ada. 'The dogs' bowls are empty.'",
      "'Tis the season, the boys' mothers said, and they played rock 'n' roll till dark.",
      "'Don't,' said Ned. 'Is it the cats' or the dogs'?'",
      "He took 'is hat, the end o' the matter, and went 'round the Jones' place.",
      "'I'm goin' home,' she said. 'Bye.'",
    );
    expect(detectQuoteStyle(parseStory(raw))).toBe("single");
    expect(quotesOf(raw)).toEqual([
      "0:You've not fed 'em,",
      "0:The dogs' bowls are empty.",
      "2:Don't,",
      "4:I'm goin' home,",
      "4:Bye.",
    ]);
  });

  it("keeps a nested quote of the other family inside its quote", () => {
    const single = story(
      "\u2018Right,\u2019 said Nan. \u2018Tea.\u2019",
      '\u2018She wrote "Is this real?" on the card,\u2019 said Nan.',
      "'She said \u201cnever\u201d, love,' said Ada.",
    );
    expect(quotesOf(single)).toEqual([
      "0:Right,",
      "0:Tea.",
      '1:She wrote "Is this real?" on the card,',
      "2:She said \u201cnever\u201d, love,",
    ]);
    const double = story(
      "\u201cRight,\u201d said Nan. \u201cTea.\u201d",
      "\u201cShe wrote 'Is this real?' on the card,\u201d said Nan.",
      '"She said \u2018never\u2019, love," said Ada.',
    );
    expect(quotesOf(double)).toEqual([
      "0:Right,",
      "0:Tea.",
      "1:She wrote 'Is this real?' on the card,",
      "2:She said \u2018never\u2019, love,",
    ]);
  });
});
