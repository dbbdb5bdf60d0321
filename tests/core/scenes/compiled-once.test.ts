/**
 * `compiledOnce` (alternation.ts) puts an empty look-ahead before and after each alternation
 * group, so that V8 compiles what follows a word list once. The patterns given it match exactly
 * what they matched without: every match's index, text and groups on the LitBank and dev
 * stories, and on phrases whose words end or begin on the characters where the flags' word
 * characters differ ("ſ", "K", "é", "_", digits, apostrophes), in either case.
 */
import { describe, expect, it } from "vitest";
import { devParagraphs } from "../../support/dev-prose";
import { FAMILY_NOUNS, PERSON_NOUNS, SPEECH_VERBS, TITLES } from "../../../core/cast/cues";
import {
  alternation,
  compiledOnce,
  groupedAlternation,
  WORD_END,
  WORD_START,
} from "../../../core/scenes/alternation";
import {
  CLOCK_OPENING,
  DATE_PATTERNS,
  LAPSE_ANYWHERE_PATTERNS,
  MEAL_OPENING,
  NATURE_CLOCK_OPENING,
  PLACE_NOUNS,
  TIME_LAPSE_PATTERNS,
  TIME_PASSAGE_PATTERNS,
} from "../../../core/scenes/cues";
import { PLACE_PHRASE, PLACE_SUBJECT } from "../../../core/scenes/place-evidence";

const paragraphs = devParagraphs();
/** Each paragraph from each sentence on, and the narration after each quotation mark. */
const openings = [
  ...paragraphs.flatMap((p) => p.split(/(?<=[.!?]["”’]?)\s+/)),
  ...paragraphs.flatMap((p) =>
    [...p.matchAll(/["“”]/g)].map((m) => p.slice(m.index + 1, m.index + 160)),
  ),
];
const phrases = [
  "three weeks later",
  "two saturdays passed",
  "in april",
  "by the end of the week",
  "at christmas",
  "new year's eve",
  "new year’ day",
  "at ten past one",
  "by 7:30 p.m. the",
  "in the morning",
  "it was nearly midnight, when",
  "half past four",
  "on a tuesday",
  "the day of sale",
  "on the 3rd of may",
  "the sun was up",
  "the tide had turned",
  "breakfast was",
  "we ate our dinner",
  "the sun came up",
  "she woke up",
  "the next morning",
  "walked into the café",
  "at the flat",
  "back in her kitchen",
  "the ward",
  "'s mother",
  "’s old friend",
  "the waitress said",
  "he said to me",
  "Mr. Dunn asked the man",
  "she whispered to him",
  "chapter xii",
  "part two: the end",
  "Book 3 - home.",
];
const edges = ["ſ", "K", "é", "_", "7", "'", "’", " ", ",", ""];
const edgeCases = phrases.flatMap((p) =>
  [p, p.toUpperCase(), p[0]!.toUpperCase() + p.slice(1)].flatMap((w) =>
    edges.flatMap((e) => [w + e, e + w, `${e}${w}${e}`, `${w}${e} more`]),
  ),
);
const texts = [...paragraphs, ...edgeCases];
const openingTexts = [...openings, ...edgeCases];

function matches(pattern: RegExp, subjects: readonly string[]): string[] {
  const global = new RegExp(pattern.source, pattern.flags.replace("g", "") + "g");
  return subjects.flatMap((t, i) =>
    [...t.matchAll(global)].map((m) => `${i}:${m.index}:${JSON.stringify([...m])}`),
  );
}

function expectSame(source: string, flags: string, subjects: readonly string[]): void {
  const after = compiledOnce(source);
  expect(after).not.toBe(source);
  const found = matches(new RegExp(source, flags), subjects);
  expect(found.length).toBeGreaterThan(0);
  expect(matches(new RegExp(after, flags), subjects)).toEqual(found);
}

describe("compiledOnce", () => {
  it("puts an empty look-ahead around each alternation group, after its quantifier", () => {
    expect(compiledOnce(String.raw`^a(?:b|c)?(d|e)+x(?<=y|z)(?:f(?:g|h){2,3}?|i)\b`)).toBe(
      String.raw`^a(?=)(?:b|c)?(?=)(d|e)+(?=)x(?<=y|z)(?=)(?:f(?=)(?:g|h){2,3}?(?=)|i)(?=)\b`,
    );
  });

  it("reads escapes, classes and look-arounds as the regex does", () => {
    const source = String.raw`\((?:a|\))[(|)\]](?!(?:b|c))(?<n>d|[^]|e)`;
    expect(compiledOnce(source)).toBe(
      String.raw`\((?=)(?:a|\))(?=)[(|)\]](?!(?:b|c))(?=)(?<n>d|[^]|e)(?=)`,
    );
    expect(compiledOnce("abc(?:d)")).toBe("abc(?:d)");
  });
});

describe("patterns compiled once match as before", () => {
  const lead = "^[\\s,;:—–-]*";

  it("the time cues at an opening", () => {
    expectSame(`${lead}(?:${TIME_LAPSE_PATTERNS.join("|")})\\b`, "iu", openingTexts);
    expectSame(`${lead}(?:${MEAL_OPENING})${WORD_END}`, "iu", openingTexts);
    expectSame(`${lead}(?:${NATURE_CLOCK_OPENING})${WORD_END}`, "iu", openingTexts);
    expectSame(`${lead}${CLOCK_OPENING}`, "u", openingTexts);
  });

  it("the time cues anywhere", () => {
    for (const list of [TIME_PASSAGE_PATTERNS, LAPSE_ANYWHERE_PATTERNS])
      expectSame(`${WORD_START}(?:${list.join("|")})${WORD_END}`, "iu", texts);
    expectSame(`${WORD_START}(?:${DATE_PATTERNS.join("|")})\\b`, "iu", texts);
    expectSame(
      String.raw`^(?:[\p{L}'’]+\s+){1,3}?(?:remember|remembers|remembered|recall|recalls|recalled|(?:think|thinks|thought) (?:about|of|back)|(?:dream|dreams|dreamed|dreamt) (?:about|of))(?![\p{L}])`,
      "iu",
      openingTexts,
    );
  });

  it("the place phrases", () => {
    for (const pattern of [PLACE_PHRASE, PLACE_SUBJECT])
      expectSame(pattern.source.replaceAll("(?=)", ""), pattern.flags, openingTexts);
    const determiner =
      "(?:the|his|her|their|its|my|our|your|this|that|a|an|[\\p{Lu}][\\p{L}]*(?:'s|’s))";
    expectSame(
      `^[\\s,;:—–-]*(?:back\\s+)?(?:at|in|inside|outside|across)\\s+${determiner}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${groupedAlternation(PLACE_NOUNS)})\\b`,
      "iu",
      openingTexts,
    );
  });

  it("a person possessed or described", () => {
    const persons = [...PERSON_NOUNS.keys(), ...FAMILY_NOUNS, "friend"];
    expectSame(
      `^['’]s\\s+(?:[\\p{Ll}'’-]+\\s+)?(?:${alternation(persons)})\\b`,
      "u",
      openingTexts.flatMap((t) => [...t.matchAll(/['’]s\s.*/g)].map((m) => m[0])),
    );
    const sexed = [...PERSON_NOUNS].filter(([, sex]) => sex !== null).map(([w]) => w);
    expectSame(
      `^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)\\s+(?:[\\p{Ll}'’-]+\\s+)?` +
        `(${alternation(sexed)})\\s+(?!(?:he|she)\\b)\\p{Ll}`,
      "u",
      openingTexts,
    );
  });

  it("a line said to the narrator or to someone else", () => {
    const title = [...TITLES].map((t) => t[0]!.toUpperCase() + t.slice(1)).join("|");
    const word = String.raw`\p{Lu}[\p{Ll}'\u2019-]*\p{Ll}`;
    const name = String.raw`(?:(?:${title})\.?\s+)?${word}(?:\s+${word}){0,2}`;
    const verbs = [...SPEECH_VERBS].join("|");
    expectSame(
      String.raw`^[\s,.!?;:\u2014-]*(?:he|she|they|${name})\s+(?:\w+ly\s+)?(?:${verbs})\s+(?:to\s+)?me\b`,
      "u",
      openingTexts,
    );
    expectSame(
      String.raw`^[\s,.!?;:\u2014-]*(?:he|she|they|${name})\s+(?:\w+ly\s+)?(?:asked|asks|told|tells|(?:said|says|called|shouted|whispered|yelled|murmured)\s+(?:to|at))\s+(?:him|her|them|(?:the|a|an|his|her|their)\s+\p{L}|${name})`,
      "u",
      openingTexts,
    );
  });

  it("chapter headings", () => {
    const words =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" +
      "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|" +
      "hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final";
    const roman = "m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
    const number = `(?:\\d+|(?=[ivxlcdm])${roman}|(?:${words})(?:[\\s-](?:${words}))?)`;
    const lines = [...paragraphs.flatMap((p) => p.split("\n")), ...edgeCases];
    expectSame(
      `^\\s*(?:chapter|book|part|volume|act)\\s+${number}(?:\\s*[.:—–-]\\s*(\\S.{0,80}?))?\\s*[.:]?$`,
      "iu",
      lines,
    );
    expectSame(
      `^(\\s*(?:chapter|book|part|volume|act)\\s+${number})(?:(\\s*[.:—–-]\\s*)(\\S.*?))?(\\s*[.:]?)$`,
      "iu",
      lines,
    );
  });
});
