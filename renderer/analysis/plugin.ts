/**
 * Analysis results in the editor, in the shape of CodeMirror's lint: results are plain data,
 * their ranges are mapped through every edit (an underline stays on its word while the writer
 * types elsewhere), analysis re-runs after a pause on the changed paragraphs only, and a result
 * computed for an older document is dropped.
 *
 * The ranges are kept with their paragraphs (analysis/paragraph-layer.ts) rather than in a
 * decoration set, and are not drawn as they are (tens of thousands of inline spans slow
 * Chromium's typing in a long story): the highlights plugin draws the ones on screen.
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { CONFIDENT_SPEAKER } from "../../core/notes/confident-speaker";
import type { DocAnalysis, LocalNote, LocalQuote } from "./protocol";
import { forEachMention } from "./mention-table";
import type { AnalysisRunner } from "./runner";
import { blocksOf, blockText, diffBlocks } from "./sync";
import { ParagraphLayer, type AnchoredItem, type PlacedItem } from "./paragraph-layer";
import { changesDocument, keepsText } from "../editor/same-text";

export type AnalysisSpec =
  | { readonly type: "note"; readonly note: LocalNote }
  | { readonly type: "mention"; readonly character: string }
  | { readonly type: "quote"; readonly quote: LocalQuote }
  /**
   * The opening quote mark of a line, tinted in its speaker's colour; `guess` when the
   * attribution is weak (below CONFIDENT_SPEAKER) and the writer has not chosen the speaker.
   */
  | { readonly type: "speaker"; readonly character: string; readonly guess?: boolean };

type NoteSpec = Extract<AnalysisSpec, { type: "note" }>;
const isNoteSpec = (spec: AnalysisSpec): spec is NoteSpec => spec.type === "note";

export class AnalysisState {
  constructor(
    /** Counts document changes; a result is current only for the version it was asked for. */
    readonly version: number,
    /** The latest result, or null before the first one. It may describe an older version. */
    readonly analysis: DocAnalysis | null,
    /** True while the document has changed since the result was computed. */
    readonly stale: boolean,
    /** Notes, mentions, lines and speakers, kept with their paragraphs and mapped through edits. */
    readonly layer: ParagraphLayer<AnalysisSpec> = ParagraphLayer.empty(),
    /**
     * True when the last change kept the text (scenes regrouped): it is sent to the worker at
     * once, with no typing pause to wait out.
     */
    readonly textKept = false,
  ) {}

  /** Everything the result marks between `from` and `to`: notes, mentions, lines, speakers. */
  rangesIn(doc: PMNode, from: number, to: number): PlacedItem<AnalysisSpec>[] {
    return this.layer.find(doc, from, to);
  }

  /**
   * The notes that touch `from`..`to` (the whole document when absent), ends included: a
   * hover at a word's edge counts, as with a decoration set's `find`.
   */
  notesIn(doc: PMNode, from = 0, to = doc.content.size): PlacedItem<NoteSpec>[] {
    const out: PlacedItem<NoteSpec>[] = [];
    for (const item of this.layer.find(doc, from - 1, to + 1))
      if (isNoteSpec(item.spec) && item.to >= from && item.from <= to)
        out.push(item as PlacedItem<NoteSpec>);
    return out;
  }

  /** Where `note` is now, or null once an edit removed or cut into its range. */
  locateNote(doc: PMNode, note: LocalNote): PlacedItem<NoteSpec> | null {
    return this.layer.locate(
      doc,
      (spec) => isNoteSpec(spec) && spec.note === note,
    ) as PlacedItem<NoteSpec> | null;
  }
}

/** Versions are unique across editor states, so a late answer for a closed story never matches. */
let lastVersion = 0;
const nextVersion = (): number => ++lastVersion;

export const analysisKey = new PluginKey<AnalysisState>("analysis");

interface ResultMeta {
  readonly version: number;
  readonly analysis: DocAnalysis;
}

/** Maps an offset in a block's file text to a document position (inner line breaks differ). */
export function blockOffsetToPos(
  block: PMNode,
  blockPos: number,
  offset: number,
  eol: string,
): number {
  let pos = blockPos + 1;
  let remaining = offset;
  let result = -1;
  block.forEach((child) => {
    if (result >= 0) return;
    const length = child.isText
      ? child.text!.length
      : ((child.attrs.eol as string | null) ?? eol).length;
    if (remaining <= length && child.isText) result = pos + remaining;
    else if (remaining < length) result = pos;
    else {
      remaining -= length;
      pos += child.nodeSize;
    }
  });
  return result >= 0 ? result : Math.min(pos, blockPos + block.nodeSize - 1);
}

/** Whether a line's speaker is only a guess: weakly attributed, and not the writer's choice. */
export function isGuess(quote: Pick<LocalQuote, "speaker" | "confidence" | "corrected">): boolean {
  return !!quote.speaker && !quote.corrected && quote.confidence < CONFIDENT_SPEAKER;
}

/**
 * The line's opening mark, to colour by its speaker: the character before its words (a quote
 * mark), or in dash dialogue the dash ("— In a minute", "-- Right"), where the character before
 * the words is the space after it and coloured nothing a writer could see.
 */
function openingMark(text: string, from: number): [number, number] {
  let at = from;
  while (at > 0 && (text[at - 1] === " " || text[at - 1] === "\u00a0")) at--;
  if (at === from || at === 0 || !/[—–-]/u.test(text[at - 1]!)) return [from - 1, from];
  return [text.slice(Math.max(0, at - 2), at) === "--" ? at - 2 : at - 1, at];
}

/** Places a result on the document it was computed for, in a paragraph layer. */
export function placeResult(doc: PMNode, analysis: DocAnalysis): ParagraphLayer<AnalysisSpec> {
  const eol = doc.attrs.eol as string;
  const starts: number[] = [];
  const blocks: PMNode[] = [];
  doc.forEach((scene, scenePos) => {
    scene.forEach((block, offset) => {
      starts.push(scenePos + 1 + offset);
      blocks.push(block);
    });
  });
  /** Positions inside block `paragraph` for file-text offsets, or null when out of it. */
  const place = (paragraph: number, from: number, to: number): [number, number] | null => {
    const block = blocks[paragraph];
    if (!block || to <= from) return null;
    const start = starts[paragraph]!;
    return [
      blockOffsetToPos(block, start, from, eol) - start - 1,
      blockOffsetToPos(block, start, to, eol) - start - 1,
    ];
  };
  // One spec per character, shared: a novel has tens of thousands of mentions and lines.
  const specs = new Map<string, AnalysisSpec>();
  const shared = (type: "mention" | "speaker", character: string, guess = false): AnalysisSpec => {
    const key = `${type}:${guess ? "?" : ""}${character}`;
    const known = specs.get(key);
    if (known) return known;
    const spec: AnalysisSpec = guess ? { type: "speaker", character, guess } : { type, character };
    specs.set(key, spec);
    return spec;
  };
  const byParagraph: AnchoredItem<AnalysisSpec>[][] = [];
  const add = (paragraph: number, from: number, to: number, spec: AnalysisSpec): void => {
    const at = place(paragraph, from, to);
    if (at) (byParagraph[paragraph] ??= []).push({ from: at[0], to: at[1], spec });
  };
  forEachMention(analysis.mentions, (paragraph, from, to, character) =>
    add(paragraph, from, to, shared("mention", character)),
  );
  for (const note of analysis.notes)
    add(note.paragraph, note.from, note.to, { type: "note", note });
  // Quotes come paragraph by paragraph: one paragraph's text at a time.
  let textOf = -1;
  let text = "";
  for (const q of analysis.quotes) {
    add(q.paragraph, q.from, q.to, { type: "quote", quote: q });
    const block = blocks[q.paragraph];
    if (!q.speaker || q.from <= 0 || !block) continue;
    if (textOf !== q.paragraph) [textOf, text] = [q.paragraph, blockText(block, eol)];
    const [from, to] = openingMark(text, q.from);
    add(q.paragraph, from, to, shared("speaker", q.speaker, isGuess(q)));
  }
  for (const list of byParagraph) list?.sort((a, b) => a.from - b.from);
  return ParagraphLayer.build(blocks, (i) => byParagraph[i]);
}

/** The analysis specs at a document position (for hover cards and the notes panel). */
export function analysisAt(state: EditorState, pos: number): AnalysisSpec[] {
  const value = analysisKey.getState(state);
  if (!value) return [];
  return value.layer.at(state.doc, pos);
}

/** Whether the latest analysis describes the current document. */
export function analysisIsCurrent(state: EditorState): boolean {
  const value = analysisKey.getState(state);
  return !!value && !value.stale && value.analysis !== null;
}

/** Delay after the last edit before re-analysis (CodeMirror's lint waits about as long). */
export const ANALYSIS_DELAY_MS = 300;

/**
 * The analysis plugin. `runner` does the work (a worker in the app); the plugin sends it the
 * changed paragraphs after a pause and folds its answers into state.
 */
export function analysis(runner: AnalysisRunner, delay = ANALYSIS_DELAY_MS): Plugin<AnalysisState> {
  return new Plugin<AnalysisState>({
    key: analysisKey,
    state: {
      init: () => new AnalysisState(nextVersion(), null, true),
      apply(tr: Transaction, value: AnalysisState, _old, newState): AnalysisState {
        const result = tr.getMeta(analysisKey) as ResultMeta | undefined;
        if (result) {
          if (result.version !== value.version) return value;
          const layer = placeResult(newState.doc, result.analysis);
          return new AnalysisState(value.version, result.analysis, false, layer);
        }
        // A change of the writer's decisions is a step (an undo step) that keeps the document;
        // so does a regroup that builds the very same one, and the view sends nothing for it.
        if (!changesDocument(tr)) return value;
        return new AnalysisState(
          nextVersion(),
          value.analysis,
          true,
          value.layer.map(tr),
          keepsText(tr),
        );
      },
    },
    view(view: EditorView) {
      let sentBlocks: PMNode[] | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const send = (): void => {
        const state = analysisKey.getState(view.state)!;
        const blocks = blocksOf(view.state.doc);
        const eol = view.state.doc.attrs.eol as string;
        // The first request of a new editor state replaces whatever the runner held before.
        const splice = sentBlocks
          ? diffBlocks(sentBlocks, blocks, eol)
          : { ...diffBlocks([], blocks, eol)!, deleteCount: Number.MAX_SAFE_INTEGER };
        sentBlocks = blocks;
        fed.add(runner);
        runner.request(state.version, splice ?? { start: 0, deleteCount: 0, insert: [] });
      };
      runner.onResult((version, result) => {
        if (version !== analysisKey.getState(view.state)?.version) return;
        view.dispatch(
          view.state.tr
            .setMeta(analysisKey, { version, analysis: result } satisfies ResultMeta)
            .setMeta("addToHistory", false),
        );
      });
      // The first request waits a task: the view made at mount, on an empty document, is
      // replaced when the story loads, and a story shows before its analysis starts.
      timer = setTimeout(send, 0);
      const sendNow = (whole: boolean): void => {
        clearTimeout(timer);
        // A new worker (the last one stopped) holds none of the story: it is sent whole.
        if (whole) sentBlocks = null;
        send();
      };
      senders.set(view, sendNow);
      return {
        update(v, previous) {
          if (v.state.doc === previous.doc) return;
          clearTimeout(timer);
          timer = setTimeout(send, analysisKey.getState(v.state)?.textKept ? 0 : delay);
        },
        destroy() {
          clearTimeout(timer);
          if (senders.get(view) === sendNow) senders.delete(view);
        },
      };
    },
  });
}

/** Runners that have been sent a story: before that, there is nothing to analyse again. */
const fed = new WeakSet<AnalysisRunner>();

/** Each view's plugin sender: sends what changed since its last request (or all of it), now. */
const senders = new WeakMap<EditorView, (whole: boolean) => void>();

/**
 * Re-analyses now (after settings change: a new cast, an added dictionary word). Before the
 * first request (a story being opened) the settings simply go with it.
 *
 * The request carries the edits still waiting for the pause (a letter typed just before the
 * cast changed): an empty request would be answered for the text the worker last saw, tagged
 * with the current version, and so taken as current, with its marks on the wrong words and the
 * app calling itself idle while the edit's own request was still to come.
 */
export function reanalyze(view: EditorView, runner: AnalysisRunner): void {
  sendFrom(view, runner, false);
}

/**
 * Sends the whole story now, to a runner whose worker was replaced (the last one stopped): the
 * notes, outline and cast come back. Nothing before the first request, as with `reanalyze`.
 */
export function analyzeWhole(view: EditorView, runner: AnalysisRunner): void {
  sendFrom(view, runner, true);
}

/** `view`'s plugin sends now, once `runner` has been sent a story (what changed, or `whole`). */
function sendFrom(view: EditorView, runner: AnalysisRunner, whole: boolean): void {
  const send = senders.get(view);
  // A sender exists only while its plugin's view does, and so its state with it.
  if (send && fed.has(runner)) send(whole);
}
