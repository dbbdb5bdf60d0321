import { describe, expect, it } from "vitest";
import { history, undo } from "prosemirror-history";
import { EditorState, Plugin, TextSelection, type Command } from "prosemirror-state";
import type { DocAnalysis, LocalNote } from "../../../renderer/analysis/protocol";
import type { AnalysisRunner } from "../../../renderer/analysis/runner";
import { mentionTable } from "../../../renderer/analysis/mention-table";
import {
  applyFix,
  ignoreKeysOf,
  notesAtPos,
  placeNote,
  placedNotes,
  selectNote,
  stepNote,
} from "../../../renderer/notes/commands";
import { analysis, analysisKey } from "../../../renderer/analysis/plugin";
import {
  closeNoteCard,
  noteCard,
  noteHover,
  openNoteCard,
} from "../../../renderer/notes/note-hover";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";
import {
  hoverYields,
  openCard,
  storyCard,
  type CardPart,
} from "../../../renderer/editor/story-card";

const TEXT = 'He said, "I\'m gonna go."\n\nShe said, "Cheers, luv."\n\nThe colour was off.';

function note(
  paragraph: number,
  word: string,
  kind: LocalNote["kind"],
  extra: Partial<LocalNote> = {},
): LocalNote {
  const para = TEXT.split("\n\n")[paragraph]!;
  const from = para.indexOf(word);
  return {
    kind,
    severity: "warning",
    paragraph,
    from,
    to: from + word.length,
    text: word,
    message: `about ${word}`,
    fixes: [],
    ...extra,
  };
}

const gonna = note(0, "gonna", "voice", {
  fixes: ["going to"],
  speaker: "Spike",
  key: "voice:gonna:Spike",
});
const cheers = note(1, "Cheers", "gloss", { severity: "info", key: "gloss:cheers" });
const colour = note(2, "colour", "spelling-mix", { fixes: ["color"], key: "spelling-mix:colour" });

/** A state whose analysis plugin holds a result with `notes` for its document. */
function analysed(notes: LocalNote[] = [gonna, cheers, colour]): EditorState {
  const runner = {} as AnalysisRunner; // The plugin only talks to the runner from a view.
  const state = EditorState.create({
    doc: textToDoc(TEXT),
    plugins: [analysis(runner), history()],
  });
  const result: DocAnalysis = {
    scenes: [],
    characters: [],
    quotes: [],
    mentions: mentionTable([]),
    notes,
    ms: 0,
  };
  const version = analysisKey.getState(state)!.version;
  return state.apply(
    state.tr.setMeta(analysisKey, { version, analysis: result }).setMeta("addToHistory", false),
  );
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

const selected = (state: EditorState): string =>
  state.doc.textBetween(state.selection.from, state.selection.to);

describe("note commands", () => {
  it("places notes in document order and finds the ones under a position", () => {
    const state = analysed([colour, gonna, cheers]);
    const placed = placedNotes(state);
    expect(placed.map((p) => p.note.text)).toEqual(["gonna", "Cheers", "colour"]);
    for (const p of placed) expect(state.doc.textBetween(p.from, p.to)).toBe(p.note.text);
    const inside = placed[0]!.from + 2;
    expect(notesAtPos(state, inside).map((p) => p.note)).toEqual([gonna]);
    expect(notesAtPos(state, inside, (n) => n.kind !== "voice")).toEqual([]);
    // A word's edges count (a hover there shows its card); the space after it does not.
    expect(notesAtPos(state, placed[0]!.from).map((p) => p.note)).toEqual([gonna]);
    expect(notesAtPos(state, placed[0]!.to).map((p) => p.note)).toEqual([gonna]);
    expect(notesAtPos(state, placed[0]!.to + 1)).toEqual([]);
  });

  it("fixes a note in one undoable step", () => {
    const fixed = run(analysed(), applyFix(gonna, "going to"));
    expect(docToText(fixed.doc)).toBe(TEXT.replace("gonna", "going to"));
    expect(docToText(run(fixed, undo).doc)).toBe(TEXT);
  });

  it("fixes the word where it is now after an edit before it", () => {
    let state = analysed();
    state = state.apply(state.tr.insertText("Well. ", 2));
    expect(placeNote(state, gonna)!.from).toBe(placeNote(analysed(), gonna)!.from + 6);
    state = run(state, applyFix(gonna, "going to"));
    expect(docToText(state.doc)).toBe("Well. " + TEXT.replace("gonna", "going to"));
  });

  it("refuses a fix once the word itself was edited or deleted", () => {
    let state = analysed();
    const at = placeNote(state, gonna)!;
    state = state.apply(state.tr.insertText("X", at.from + 2));
    expect(applyFix(gonna, "going to")(state)).toBe(false);
    let gone = analysed();
    gone = gone.apply(gone.tr.delete(at.from - 1, at.to + 1));
    expect(placeNote(gone, gonna)).toBeNull();
    expect(applyFix(gonna, "going to")(gone)).toBe(false);
  });

  it("steps to the next and previous note from the cursor, wrapping around", () => {
    let state = analysed();
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    state = run(state, stepNote(1));
    expect(selected(state)).toBe("gonna");
    state = run(state, stepNote(1));
    expect(selected(state)).toBe("Cheers");
    state = run(state, stepNote(1));
    expect(selected(state)).toBe("colour");
    state = run(state, stepNote(1));
    expect(selected(state)).toBe("gonna");
    state = run(state, stepNote(-1));
    expect(selected(state)).toBe("colour");
  });

  it("skips notes the filter hides and reports when there are none", () => {
    let state = analysed();
    const noGloss = (n: LocalNote): boolean => n.kind !== "gloss";
    state = run(state, selectNote(gonna));
    state = run(state, stepNote(1, noGloss));
    expect(selected(state)).toBe("colour");
    expect(stepNote(1, () => false)(state)).toBe(false);
    expect(stepNote(1)(analysed([]))).toBe(false);
  });

  it("finds notes many pages away from the cursor, both ways", () => {
    const filler = "word ".repeat(8000).trim();
    const text = `Start gonna here.\n\n${filler}\n\n${filler}\n\nEnd colour there.`;
    const paras = text.split("\n\n");
    const at = (p: number, w: string, kind: LocalNote["kind"]): LocalNote => {
      const from = paras[p]!.indexOf(w);
      return {
        kind,
        severity: "warning",
        paragraph: p,
        from,
        to: from + w.length,
        text: w,
        message: w,
        fixes: [],
      };
    };
    const first = at(0, "gonna", "voice");
    const last = at(3, "colour", "spelling-mix");
    let state = EditorState.create({
      doc: textToDoc(text),
      plugins: [analysis({} as AnalysisRunner)],
    });
    const result: DocAnalysis = {
      scenes: [],
      characters: [],
      quotes: [],
      mentions: mentionTable([]),
      notes: [first, last],
      ms: 0,
    };
    state = state.apply(
      state.tr.setMeta(analysisKey, {
        version: analysisKey.getState(state)!.version,
        analysis: result,
      }),
    );
    state = run(state, selectNote(first));
    state = run(state, stepNote(1));
    expect(selected(state)).toBe("colour");
    state = run(state, stepNote(-1));
    expect(selected(state)).toBe("gonna");
    state = run(state, stepNote(-1));
    expect(selected(state)).toBe("colour");
  });

  it("ignores a voice term everywhere or for its speaker only", () => {
    expect(ignoreKeysOf(gonna)).toEqual({
      everywhere: "voice:gonna",
      forSpeaker: "voice:gonna:Spike",
    });
    expect(ignoreKeysOf(colour)).toEqual({ everywhere: "spelling-mix:colour" });
    expect(ignoreKeysOf({ ...colour, key: undefined })).toBeNull();
    const variant = note(1, "luv", "variant", {
      speaker: "Spike",
      key: "variant:love-address:luv:Spike",
    });
    expect(ignoreKeysOf(variant)).toEqual({ everywhere: "variant:love-address:luv" });
  });
});

describe("the note card's state", () => {
  const actions = { ignore: () => {}, addToDictionary: () => {}, suggestions: async () => [] };

  it("opens only where a shown note is, closes on request and on any edit", () => {
    const runner = {} as AnalysisRunner;
    let state = EditorState.create({
      doc: textToDoc(TEXT),
      plugins: [analysis(runner), storyCard(), noteHover(() => true, actions)],
    });
    const result: DocAnalysis = {
      scenes: [],
      characters: [],
      quotes: [],
      mentions: mentionTable([]),
      notes: [gonna],
      ms: 0,
    };
    state = state.apply(
      state.tr.setMeta(analysisKey, {
        version: analysisKey.getState(state)!.version,
        analysis: result,
      }),
    );
    const at = placeNote(state, gonna)!.from + 1;
    expect(openNoteCard(() => true, 2)(state)).toBe(false);
    expect(openNoteCard(() => false, at)(state)).toBe(false);
    state = run(
      state,
      openNoteCard(() => true, at),
    );
    expect(noteCard(state)).toMatchObject({ at, held: true });
    state = run(state, closeNoteCard);
    expect(noteCard(state)).toBeNull();
    expect(closeNoteCard(state)).toBe(false);
    state = run(
      state,
      openNoteCard(() => true, at, false),
    );
    state = state.apply(state.tr.insertText("x", 2));
    expect(noteCard(state)).toBeNull();
  });

  it("is no longer open once a new result drops its notes, and holds back no quote card", () => {
    const runner = {} as AnalysisRunner;
    // The line's speaker part, as the quote card adds it over the first paragraph's line.
    const linePart = new Plugin({
      cardPart: (_state: EditorState, pos: number): CardPart | null =>
        pos >= 1 && pos <= 25
          ? { owner: "quote", from: 10, to: 25, render: () => ({}) as HTMLElement }
          : null,
    });
    let state = EditorState.create({
      doc: textToDoc(TEXT),
      plugins: [analysis(runner), storyCard(), linePart, noteHover(() => true, actions)],
    });
    const result = (notes: LocalNote[]): DocAnalysis => ({
      scenes: [],
      characters: [],
      quotes: [],
      mentions: mentionTable([]),
      notes,
      ms: 0,
    });
    const landed = (s: EditorState, notes: LocalNote[]): EditorState =>
      s.apply(
        s.tr.setMeta(analysisKey, {
          version: analysisKey.getState(s)!.version,
          analysis: result(notes),
        }),
      );
    state = landed(state, [gonna]);
    const at = placeNote(state, gonna)!.from + 1;
    state = run(
      state,
      openNoteCard(() => true, at, false),
    );
    expect(openCard(state)?.owner).toBe("note");
    expect(hoverYields(state, "quote", at)).toBe(true);
    // The writer's correction lands: the line's speaker changed and its voice note went.
    state = landed(state, []);
    expect(openCard(state)).toBeNull();
    expect(hoverYields(state, "quote", at)).toBe(false);
    expect(closeNoteCard(state)).toBe(false);
  });
});
