import { EditorState, Plugin, PluginKey, type Transaction } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import {
  cardClosed,
  cardOpened,
  cardParts,
  hoverYields,
  openCard,
  storyCard,
  storyCardKey,
  type CardOwner,
  type CardPart,
} from "../../../renderer/editor/story-card";
import { textToDoc } from "../../../renderer/editor/story-doc";
import { SettingsStep } from "../../../renderer/analysis/writer-settings";

/** A plugin that adds a part over the words 5-20 (a line of dialogue, say) to cards there. */
const linePart = new Plugin({
  cardPart: (_state: EditorState, pos: number): CardPart | null =>
    pos >= 5 && pos <= 20
      ? { owner: "quote", from: 5, to: 20, render: () => ({}) as HTMLElement }
      : null,
});

function state(): EditorState {
  return EditorState.create({
    doc: textToDoc("“Now I'm gonna kill you,” he said.\n\nShe ran.\n"),
    plugins: [storyCard(), linePart],
  });
}

const apply = (s: EditorState, f: (tr: Transaction) => Transaction): EditorState =>
  s.apply(f(s.tr));

describe("one card over a stretch of the story", () => {
  it("gathers the parts plugins add at a place, and none elsewhere", () => {
    expect(cardParts(state(), 10).map((p) => [p.owner, p.from, p.to])).toEqual([["quote", 5, 20]]);
    expect(cardParts(state(), 30)).toEqual([]);
  });

  it("a hover yields to a card carrying its part over the pointer, and only there", () => {
    const open = apply(state(), (tr) =>
      cardOpened(tr, { owner: "note", at: 5, from: 5, to: 20, carries: ["quote"], held: false }),
    );
    expect(hoverYields(open, "quote", 12)).toBe(true);
    expect(hoverYields(open, "quote", 30)).toBe(false);
    // The note card itself, and a card it does not carry, are not held back.
    expect(hoverYields(open, "note", 12)).toBe(false);
    expect(hoverYields(open, "other", 12)).toBe(false);
  });

  it("a card the writer opened on purpose holds against any other hover", () => {
    const held = apply(state(), (tr) =>
      cardOpened(tr, { owner: "note", at: 10, from: 10, to: 14, carries: [], held: true }),
    );
    expect(hoverYields(held, "quote", 40)).toBe(true);
    const hovered = apply(state(), (tr) =>
      cardOpened(tr, { owner: "quote", at: 5, from: 5, to: 20, carries: [], held: false }),
    );
    // The quote card carries nothing: a note's hover inside its line replaces it.
    expect(hoverYields(hovered, "note", 12)).toBe(false);
  });

  it("closes for its owner, not for another, and on any edit", () => {
    const open = apply(state(), (tr) =>
      cardOpened(tr, { owner: "note", at: 5, from: 5, to: 20, carries: ["quote"], held: false }),
    );
    expect(openCard(apply(open, (tr) => cardClosed(tr, "quote")))?.owner).toBe("note");
    expect(openCard(apply(open, (tr) => cardClosed(tr, "note")))).toBeNull();
    expect(openCard(apply(open, (tr) => tr.insertText("x", 30)))).toBeNull();
  });

  it("stays open across a settings step (a voice, Ignore) and its undo: the same text", () => {
    const held = apply(state(), (tr) =>
      cardOpened(tr, { owner: "note", at: 10, from: 10, to: 14, carries: [], held: true }),
    );
    const cast = { characters: [], corrections: [], dismissed: [] };
    const step = new SettingsStep({}, { cast });
    const changed = apply(held, (tr) => tr.step(step));
    expect(openCard(changed)?.owner).toBe("note");
    expect(openCard(apply(changed, (tr) => tr.step(step.invert())))?.owner).toBe("note");
  });

  it("closes, for good, a card its owner no longer shows: it does not come back by itself", () => {
    // A note card's owner whose notes can be switched off and on (the glosses, say).
    const notesOn = new PluginKey<boolean>("notesOn");
    const owner: CardOwner = { name: "note", shows: (s) => notesOn.getState(s)! };
    const notes = new Plugin<boolean>({
      key: notesOn,
      cardOwner: owner,
      state: { init: () => true, apply: (tr, on) => (tr.getMeta(notesOn) as boolean) ?? on },
    });
    let s = EditorState.create({ doc: state().doc, plugins: [storyCard(), notes] });
    s = apply(s, (tr) =>
      cardOpened(tr, { owner: "note", at: 10, from: 10, to: 14, carries: [], held: true }),
    );
    expect(openCard(s)?.owner).toBe("note");
    s = apply(s, (tr) => tr.setMeta(notesOn, false));
    expect(openCard(s)).toBeNull();
    expect(storyCardKey.getState(s)).toBeNull();
    s = apply(s, (tr) => tr.setMeta(notesOn, true));
    expect(openCard(s)).toBeNull();
  });
});
