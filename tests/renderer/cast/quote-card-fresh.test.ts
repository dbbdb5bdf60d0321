import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { analysis, analysisKey } from "../../../renderer/analysis/plugin";
import { InlineRunner } from "../../../renderer/analysis/inline-runner";
import type { DocAnalysis, LocalQuote } from "../../../renderer/analysis/protocol";
import { drawsCardAgain, quoteAt, quoteCard, quoteHover } from "../../../renderer/cast/quote-hover";
import { cardOpened, storyCard } from "../../../renderer/editor/story-card";
import { quoteRange } from "../../../renderer/cast/commands";
import { textToDoc } from "../../../renderer/editor/story-doc";
import { analysed } from "../../support/analysed";

const story = [
  '"You\'re gonna be sick," Becky said.',
  "Nigel shrugged.",
  '"Don\'t mind if I do."',
].join("\n\n");

const host = { names: () => ["Nigel", "Becky"], colorOf: () => undefined, correct: () => {} };

/** The document position of `words` in the story. */
function posOf(state: EditorState, words: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(words) : -1;
    if (found < 0 && at >= 0) found = pos + at;
  });
  return found;
}

/** Opens the quote card at `at`, as a hover over the line does. */
function opened(state: EditorState, at: number): EditorState {
  const range = quoteRange(state, quoteAt(state, at)!)!;
  return state.apply(
    cardOpened(state.tr, { owner: "quote", at, ...range, carries: [], held: false }),
  );
}

function withResult(state: EditorState, result: DocAnalysis): EditorState {
  const version = analysisKey.getState(state)!.version;
  return state.apply(state.tr.setMeta(analysisKey, { version, analysis: result }));
}

describe("the quote card over a line whose analysis changes", () => {
  it("follows a new result for the same text (a correction landing while it is open)", () => {
    let state = EditorState.create({
      doc: textToDoc(story),
      plugins: [analysis(new InlineRunner()), storyCard(), quoteHover(host)],
    });
    const first = analysed(story);
    state = withResult(state, first);
    const quote = quoteAt(state, posOf(state, "mind"))!;
    expect(quote).not.toBeNull();
    state = opened(state, posOf(state, "mind"));

    const other = quote.speaker === "Becky" ? "Nigel" : "Becky";
    const corrected: DocAnalysis = {
      ...first,
      quotes: first.quotes.map((q) =>
        q.index === quote.index ? { ...q, speaker: other, confidence: 1, corrected: true } : q,
      ),
    };
    state = withResult(state, corrected);
    const shown = quoteCard(state)?.quote;
    expect(shown?.speaker).toBe(other);
    expect(shown?.corrected).toBe(true);
  });

  it("is open only while the analysis reads a line of dialogue where it was opened", () => {
    let state = EditorState.create({
      doc: textToDoc(story),
      plugins: [analysis(new InlineRunner()), storyCard(), quoteHover(host)],
    });
    const first = analysed(story);
    state = withResult(state, first);
    state = opened(state, posOf(state, "mind"));
    expect(quoteCard(state)?.quote.speaker).toBe(quoteAt(state, posOf(state, "mind"))!.speaker);
    state = withResult(state, { ...first, quotes: [] });
    expect(quoteCard(state)).toBeNull();
  });
});

describe("when the open quote card is drawn again", () => {
  const line: LocalQuote = {
    paragraph: 2,
    from: 0,
    to: 20,
    index: 3,
    speaker: "Nigel",
    confidence: 0.95,
    text: "Hi.",
  };

  it("not for a result that reads the same: an open select is not rebuilt under the writer", () => {
    // A new object (a full pass landing) with the same reading, at the same place.
    const shown = { quote: line, at: 5 };
    expect(drawsCardAgain(shown, { quote: { ...line, confidence: 0.99 }, at: 5 })).toBe(false);
  });

  it("for another speaker, a correction, a guess, another place, or a hidden card", () => {
    const shown = { quote: line, at: 5 };
    expect(drawsCardAgain(shown, { quote: { ...line, speaker: "Becky" }, at: 5 })).toBe(true);
    expect(drawsCardAgain(shown, { quote: { ...line, corrected: true }, at: 5 })).toBe(true);
    expect(drawsCardAgain(shown, { quote: { ...line, confidence: 0.3 }, at: 5 })).toBe(true);
    expect(drawsCardAgain(shown, { quote: line, at: 40 })).toBe(true);
    expect(drawsCardAgain(null, { quote: line, at: 5 })).toBe(true);
  });
});
