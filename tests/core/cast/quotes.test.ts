import { describe, expect, it } from "vitest";
import { parseStory, storyFromParagraphs } from "../../../core/story";
import { detectQuoteStyle, findQuotes, quotesInParagraph } from "../../../core/cast/quotes";
import { at, bundled, fixture, FIXTURES, readText } from "./helpers";

const texts = (t: string, style: "double" | "single") =>
  quotesInParagraph(t, style).map((q) => t.slice(q.from, q.to));

describe("findQuotes", () => {
  it("finds exactly the 50 gold quotes in the bundled story", () => {
    const { story, gold } = bundled();
    const quotes = findQuotes(story);
    expect(quotes.map(at)).toEqual(gold.quotes.map(at));
  });

  it("gives file offsets whose slice is the quoted words, marks excluded", () => {
    const raw = readText("documents/story.txt");
    for (const q of findQuotes(parseStory(raw))) {
      expect(raw.slice(q.from, q.to)).toBe(q.text);
      expect(raw.slice(q.from - 1, q.from)).toBe(q.open);
      expect(q.text).not.toMatch(/^\s|\s$/);
    }
  });

  it("slices the file text exactly with CRLF line endings", () => {
    const raw =
      "Intro line\r\nsecond line.\r\n\r\n\u2018Right,\u2019 she said. \u2018Off we go.\u2019\r\n";
    const quotes = findQuotes(parseStory(raw));
    expect(quotes.map((q) => raw.slice(q.from, q.to))).toEqual(["Right,", "Off we go."]);
    expect(quotes.map((q) => q.index)).toEqual([0, 1]);
  });

  it("reads straight and curly double quotes, and an interrupted quote as two", () => {
    expect(texts('"Well," he said, "that is that."', "double")).toEqual(["Well,", "that is that."]);
    expect(texts("\u201cWell,\u201d he said, \u201cthat\u2019s that.\u201d", "double")).toEqual([
      "Well,",
      "that\u2019s that.",
    ]);
  });

  it("ends an unclosed quote at the paragraph end and starts again in the next", () => {
    const story = storyFromParagraphs([
      "\u201cIt began in May. ",
      "\u201cThen June came.\u201d He stopped.",
    ]);
    const quotes = findQuotes(story);
    expect(quotes.map((q) => [q.paragraph, q.index, q.text, q.close])).toEqual([
      [0, 0, "It began in May.", ""],
      [1, 0, "Then June came.", "\u201d"],
    ]);
  });

  it("tells a closing single quote from apostrophes", () => {
    expect(texts("\u2018You\u2019ve not fed \u2019em,\u2019 she said.", "single")).toEqual([
      "You\u2019ve not fed \u2019em,",
    ]);
    expect(texts("\u2018Rock \u2019n\u2019 roll knee, that,\u2019 said Ned.", "single")).toEqual([
      "Rock \u2019n\u2019 roll knee, that,",
    ]);
    expect(texts("\u2018Fill the dogs\u2019 bowls, love.\u2019", "single")).toEqual([
      "Fill the dogs\u2019 bowls, love.",
    ]);
    expect(texts("\u2018I\u2019m goin\u2019 home. Bye.\u2019", "single")).toEqual([
      "I\u2019m goin\u2019 home. Bye.",
    ]);
    expect(texts("\u2018Go away\u2019 she said. \u2018Now!\u2019", "single")).toEqual([
      "Go away",
      "Now!",
    ]);
    expect(texts("'Not for 'em, and don't,' said Ada.", "single")).toEqual([
      "Not for 'em, and don't,",
    ]);
  });

  it("opens a quote after a tag's comma even on a word an elision spells", () => {
    // A line resumed after "she said," opens with its own mark: 'is here is "is", not "his".
    expect(texts("'Sergeant,' Anand said, 'is there a question?'", "single")).toEqual([
      "Sergeant,",
      "is there a question?",
    ]);
    expect(texts("'Well,' said Ned, 'round the back, then.'", "single")).toEqual([
      "Well,",
      "round the back, then.",
    ]);
    // Inside a line, and in narration with no tag, the elision stays an elision.
    expect(texts("'Give 'is mum a ring,' she said.", "single")).toEqual(["Give 'is mum a ring,"]);
    expect(texts("He took 'is hat, 'round the back.'", "single")).toEqual([]);
    // Narration going on after the tag's comma, with no close to follow: the elision stays.
    expect(texts("'Cheers,' she said, heading off, 'cause she was late.", "single")).toEqual([
      "Cheers,",
    ]);
  });

  it("leaves apostrophes alone in a double-quote story", () => {
    expect(texts("The dogs\u2019 bowls. \u201cDon\u2019t,\u201d he said.", "double")).toEqual([
      "Don\u2019t,",
    ]);
  });

  it("decides the quote style once per story", () => {
    expect(detectQuoteStyle(bundled().story)).toBe("double");
    expect(detectQuoteStyle(fixture("kitchen").story)).toBe("single+curly");
    expect(detectQuoteStyle(fixture("fells").story)).toBe("single");
    expect(detectQuoteStyle(fixture("inn").story)).toBe("double");
  });

  for (const name of FIXTURES) {
    it(`finds the expected quotes in ${name}`, () => {
      const f = fixture(name);
      const quotes = findQuotes(f.story);
      const expected = f.quotes.map(at);
      expect(quotes.map(at)).toEqual(expected);
      for (const q of quotes) expect(f.raw.slice(q.from, q.to)).toBe(q.text);
      for (const [key, text] of Object.entries(f.quoteTexts)) {
        expect(quotes.find((q) => at(q) === key)?.text).toBe(text);
      }
    });
  }
});
