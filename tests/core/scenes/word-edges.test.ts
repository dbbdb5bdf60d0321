/**
 * The cue patterns that read a word's edge as WORD_START or WORD_END (alternation.ts) instead
 * of `\b`, and the narrator's tags behind their cheap guards, match exactly what the `\b` forms
 * matched: every match's index and text on the LitBank and dev stories, and on words that end
 * in the characters where the flags' word characters differ ("ſ", "K", "é", "_", digits).
 */
import { describe, expect, it } from "vitest";
import { devParagraphs } from "../../support/dev-prose";
import { ACTION_VERBS, PRESENT_ACTION_VERBS, SPEECH_VERBS } from "../../../core/cast/cues";
import { tagsNarrator } from "../../../core/cast/narrator-clues";
import { alternation, WORD_END, WORD_START } from "../../../core/scenes/alternation";
import {
  ARRIVAL_VERBS,
  DATE_PATTERNS,
  LAPSE_ANYWHERE_PATTERNS,
  MEAL_OPENING,
  NATURE_CLOCK_OPENING,
  TIME_JUMP_PHRASES,
  TIME_PASSAGE_PATTERNS,
} from "../../../core/scenes/cues";

const paragraphs = devParagraphs();
/** Each paragraph from each sentence on, for the patterns read at an opening. */
const openings = paragraphs.flatMap((p) => p.split(/(?<=[.!?]["”’]?)\s+/));
const edges = ["ſ", "K", "é", "_", "7", " ", ",", "’"];
const edgeCases = (words: readonly string[]): string[] =>
  words.flatMap((w) => edges.flatMap((e) => [w + e, e + w, `${e}${w}${e}`]));

function matches(pattern: RegExp, texts: readonly string[]): string[] {
  const global = new RegExp(pattern.source, pattern.flags + "g");
  return texts.flatMap((t, i) => [...t.matchAll(global)].map((m) => `${i}:${m.index}:${m[0]}`));
}

function expectSame(before: RegExp, after: RegExp, texts: readonly string[]): void {
  expect(after.source).not.toBe(before.source);
  const found = matches(before, texts);
  expect(matches(after, texts)).toEqual(found);
}

const lead = "^[\\s,;:—–-]*";
const phrases = [
  ...TIME_JUMP_PHRASES,
  ...ARRIVAL_VERBS,
  "the sun rose",
  "woke up",
  "the next morning",
  "days later",
  "on a monday",
  "in march",
  "breakfast was",
  "the tide was in",
];
const texts = [...paragraphs, ...edgeCases(phrases)];
const openingTexts = [...openings, ...edgeCases(phrases)];

describe("word edges written as lookarounds", () => {
  it("time jumps, meals and nature's clock at an opening", () => {
    for (const body of [alternation(TIME_JUMP_PHRASES), MEAL_OPENING, NATURE_CLOCK_OPENING])
      expectSame(
        new RegExp(`${lead}(?:${body})\\b`, "iu"),
        new RegExp(`${lead}(?:${body})${WORD_END}`, "iu"),
        openingTexts,
      );
  });

  it("time passing, lapses, dates and arrivals anywhere", () => {
    for (const body of [
      TIME_PASSAGE_PATTERNS.join("|"),
      LAPSE_ANYWHERE_PATTERNS.join("|"),
      alternation(ARRIVAL_VERBS),
    ])
      expectSame(
        new RegExp(`\\b(?:${body})\\b`, "iu"),
        new RegExp(`${WORD_START}(?:${body})${WORD_END}`, "iu"),
        texts,
      );
    const date = DATE_PATTERNS.join("|");
    expectSame(
      new RegExp(`\\b(?:${date})\\b`, "iu"),
      new RegExp(`${WORD_START}(?:${date})\\b`, "iu"),
      texts,
    );
  });

  it("speech and action verbs, under each flag the cast's patterns use", () => {
    const verbs = [...SPEECH_VERBS, ...ACTION_VERBS, ...PRESENT_ACTION_VERBS].join("|");
    const said = [...SPEECH_VERBS].flatMap((v) => [v, v[0]!.toUpperCase() + v.slice(1)]);
    const verbTexts = [...paragraphs, ...edgeCases(said.slice(0, 40))];
    for (const flags of ["", "u"]) {
      expectSame(
        new RegExp(`(?:${verbs})\\b`, flags),
        new RegExp(`(?:${verbs})${WORD_END}`, flags),
        verbTexts,
      );
      expectSame(
        new RegExp(`\\b(?:${said.join("|")}|I)`, flags),
        new RegExp(`${WORD_START}(?:${said.join("|")}|I)`, flags),
        verbTexts,
      );
    }
  });
});

describe("tagsNarrator", () => {
  // The narrator's tags as they were written before their guards and lookarounds.
  const verbs = [...SPEECH_VERBS].join("|");
  const capitalised = [...SPEECH_VERBS].map((v) => v[0]!.toUpperCase() + v.slice(1)).join("|");
  const REPORTED = String.raw`that\s+(?:it|he|she|I|we|they|there|the|his|her)\b`;
  const TAG_AFTER = new RegExp(
    String.raw`^[\s,.!?;:\u2014-]*(?:I\s+(?:\w+ly\s+)?(?:${verbs})\b(?!\s+${REPORTED})|(?:${verbs})\s+I\b)`,
  );
  const TAG_BEFORE = new RegExp(
    String.raw`(?:\bI\s+(?:\w+ly\s+)?(?:${verbs})(?:\s+\w+)?|\b(?:${verbs}|${capitalised})\s+I)\s*[,:]?\s*$`,
  );

  it("reads every stretch of narration as the unguarded tags did", () => {
    // Every paragraph cut at each quotation mark: the narration before and after a quote.
    const cuts = paragraphs.flatMap((p) =>
      [...p.matchAll(/["“”]/g)].map((m) => [p.slice(0, m.index), p.slice(m.index + 1)] as const),
    );
    const extra = [
      "I said",
      "said I",
      ", I quietly replied that it",
      "Says I, ",
      "I said to him, ",
    ];
    const pairs = [...cuts, ...extra.flatMap((t) => [[t, ""] as const, ["", t] as const])];
    let told = 0;
    for (const [before, after] of pairs) {
      const was = TAG_BEFORE.test(before) || TAG_AFTER.test(after);
      if (was) told++;
      expect(tagsNarrator(before, after), `${before} | ${after}`).toBe(was);
    }
    expect(told).toBeGreaterThan(100);
  });
});
