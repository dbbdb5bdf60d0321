import { describe, expect, it } from "vitest";
import { discoverCast } from "../../../core/cast/discover";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";
import { findQuotes } from "../../../core/cast/quotes";
import { readSegments } from "../../../core/cast/refs";
import { readSpeakers, type SpeakerWalkMemo } from "../../../core/cast/speakers";
import { ParagraphMemo } from "../../../core/cast/paragraph-memo";
import type { ParagraphReading } from "../../../core/cast/refs";
import { parseStory } from "../../../core/story";
import { readText } from "./helpers";

// Excerpts from LitBank (CC BY 4.0, tests/fixtures/litbank/README.md).
const text = ["1342_pride_and_prejudice", "1155_the_secret_adversary"]
  .map((name) => readText(`tests/fixtures/litbank/${name}.txt`))
  .join("\n\n");
const cast = discoverCast(parseStory(text));
const matcher = compileCastMatcher(cast);

/** Mentions and segments cached by text, as the analyzer caches them. */
function cachedReadings() {
  const mentions = new Map<string, ReturnType<typeof mentionsInParagraph>>();
  const segments = new Map<string, ReturnType<typeof readSegments>>();
  return {
    mentionsOf: (t: string) =>
      mentions.get(t) ?? mentions.set(t, mentionsInParagraph(t, matcher)).get(t)!,
    segmentsOf: ((t, local, found) =>
      segments.get(t) ??
      segments.set(t, readSegments(t, local, found)).get(t)!) as typeof readSegments,
  };
}

describe("the paragraph memo of the passes around the speaker walk", () => {
  const paragraphs = text.split(/\n\s*\n/u);
  const middle = Math.floor(paragraphs.length / 2);
  /** The paragraph texts a pass reads (the memo keeps each text once), and those with quotes. */
  const texts = (ps: readonly string[]) => {
    const story = parseStory(ps.join("\n\n"));
    const quoted = new Set(findQuotes(story).map((q) => q.paragraph));
    const prose = story.paragraphs.filter((p) => !p.isBreak);
    return {
      prose: new Set(prose.map((p) => p.text)).size,
      quoted: new Set(story.paragraphs.filter((_, i) => quoted.has(i)).map((p) => p.text)).size,
    };
  };

  it("reads again only the edited paragraph after an edit, and answers as a fresh pass", () => {
    const memo: SpeakerWalkMemo = {};
    const described = new Map<string, string | null>();
    const caches = cachedReadings();
    const read = (ps: readonly string[], c: Parameters<typeof readSpeakers>[3] = {}) => {
      const story = parseStory(ps.join("\n\n"));
      return readSpeakers(story, findQuotes(story), cast, c).quotes;
    };
    read(paragraphs, { ...caches, memo, described });
    const { turns, scare, replies } = memo.paragraphs!;
    const repliesRead = replies.made;
    expect(repliesRead).toBeGreaterThan(0);
    const { prose, quoted } = texts(paragraphs);
    expect(turns.made).toBe(prose);
    expect(scare.made).toBe(quoted);

    const edited = paragraphs.with(middle, `${paragraphs[middle]} "Well," she said.`);
    const again = read(edited, { ...caches, memo, described });
    expect(turns.made).toBe(prose + 1);
    expect(scare.made).toBe(quoted + 1);
    // The edited paragraph has a line, so it takes a turn: its reply is read again, alone.
    expect(replies.made).toBe(repliesRead + 1);
    expect(again).toEqual(read(edited));
  });

  it("starts afresh for another cast's descriptions", () => {
    const memo: SpeakerWalkMemo = {};
    const caches = cachedReadings();
    const story = parseStory(text);
    const pass = () =>
      readSpeakers(story, findQuotes(story), cast, { ...caches, memo, described: new Map() });
    pass();
    const made = memo.paragraphs!.turns.made;
    pass();
    expect(memo.paragraphs!.turns.made).toBe(2 * made);
  });
});

describe("the paragraph memo across passes", () => {
  const reading = (): ParagraphReading => ({
    offset: 0,
    quotes: [],
    local: [],
    mentions: [],
    segments: [],
  });
  const inputs = {};

  it("takes a value the pass before took, but not one only an older pass took", () => {
    const memo = new ParagraphMemo<string>();
    const r = reading();
    memo.pass(inputs).get("a", r, () => "first");
    memo.pass(inputs).get("b", r, () => "b");
    expect(memo.pass(inputs).get("a", r, () => "again")).toBe("again");
    expect(memo.pass(inputs).get("a", r, () => "third")).toBe("again");
    expect(memo.pass({}).get("a", r, () => "new inputs")).toBe("new inputs");
  });

  it("lets go of the texts a long run of edits left behind", () => {
    const memo = new ParagraphMemo<number>();
    const r = reading();
    for (let pass = 0; pass < 50; pass++) {
      memo.pass(inputs);
      for (let p = 0; p < 100; p++) memo.get(`${p % 5 === 0 ? pass : "same"} ${p}`, r, () => p);
    }
    expect(memo.size).toBeLessThan(600);
  });
});
