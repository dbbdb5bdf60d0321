import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { analysis, analysisKey } from "../../../renderer/analysis/plugin";
import { InlineRunner } from "../../../renderer/analysis/inline-runner";
import type { DocAnalysis } from "../../../renderer/analysis/protocol";
import {
  QuoteCardState,
  quoteAt,
  quoteHover,
  quoteHoverKey,
} from "../../../renderer/cast/quote-hover";
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

function withResult(state: EditorState, result: DocAnalysis): EditorState {
  const version = analysisKey.getState(state)!.version;
  return state.apply(state.tr.setMeta(analysisKey, { version, analysis: result }));
}

describe("the quote card over a line whose analysis changes", () => {
  it("follows a new result for the same text (a correction landing while it is open)", () => {
    let state = EditorState.create({
      doc: textToDoc(story),
      plugins: [analysis(new InlineRunner()), quoteHover(host)],
    });
    const first = analysed(story);
    state = withResult(state, first);
    const quote = quoteAt(state, posOf(state, "mind"))!;
    expect(quote).not.toBeNull();
    state = state.apply(state.tr.setMeta(quoteHoverKey, new QuoteCardState(quote)));

    const other = quote.speaker === "Becky" ? "Nigel" : "Becky";
    const corrected: DocAnalysis = {
      ...first,
      quotes: first.quotes.map((q) =>
        q.index === quote.index ? { ...q, speaker: other, confidence: 1, corrected: true } : q,
      ),
    };
    state = withResult(state, corrected);
    const shown = quoteHoverKey.getState(state)!.quote;
    expect(shown?.speaker).toBe(other);
    expect(shown?.corrected).toBe(true);
  });

  it("keeps the same quote object when the new result says the same of the line", () => {
    let state = EditorState.create({
      doc: textToDoc(story),
      plugins: [analysis(new InlineRunner()), quoteHover(host)],
    });
    state = withResult(state, analysed(story));
    const quote = quoteAt(state, posOf(state, "mind"))!;
    expect(quote).not.toBeNull();
    state = state.apply(state.tr.setMeta(quoteHoverKey, new QuoteCardState(quote)));
    state = withResult(state, analysed(story));
    // The card is not rebuilt (its select may be open) when nothing it shows has changed.
    expect(quoteHoverKey.getState(state)!.quote).toBe(quote);
  });
});
