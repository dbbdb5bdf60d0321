/**
 * Draws the analysis (note underlines, character tints, speakers' quote marks) as inline
 * decorations, for the paragraphs on screen only.
 *
 * Why only on screen: each mark is a span, and spans by the tens of thousands slow Chromium's
 * typing in a long story. Why spans and not the CSS Custom Highlight API: Chromium re-places
 * every registered highlight after any change to the DOM and repaints each paragraph holding
 * one, so with highlights every keystroke repainted the whole screen; with spans it repaints
 * the paragraph typed in, as a bare editor does.
 *
 * The drawn set is plain plugin state: built from the analysis for a window of the document,
 * mapped through edits, rebuilt when a new result arrives, when the window moves (scrolling,
 * resizing) and after a pause in typing (an edited word's marks are dropped until then).
 */
import type { Node as PMNode } from "prosemirror-model";
import {
  Plugin,
  PluginKey,
  TextSelection,
  type EditorState,
  type Selection,
  type Transaction,
} from "prosemirror-state";
import { Decoration, DecorationSet, type EditorView } from "prosemirror-view";
import { analysisKey, type AnalysisSpec } from "./plugin";
import { pageSelection } from "../editor/page-keys";
import { scrollerOf } from "../editor/scroller";

/** Class names by what a mark shows (the stylesheet styles them); null draws nothing. */
export type ClassifySpec = (spec: AnalysisSpec) => string | null;

/** Document positions to draw, from the start of one block to the end of another. */
export interface PaintWindow {
  readonly from: number;
  readonly to: number;
}

/** Pause in typing before the edited paragraph's marks are rebuilt from the analysis. */
const REPAINT_DELAY_MS = 150;

/** Time after the last scroll or resize before the repaint that catches late layout. */
const SETTLE_DELAY_MS = 200;

const NOWHERE: PaintWindow = { from: 0, to: 0 };

/**
 * The start (`side` "start") or end of the block `count` blocks before (negative) or after the
 * block around `pos`.
 */
export function blockEdge(
  doc: PMNode,
  pos: number,
  count: number,
  side: "start" | "end" = count < 0 ? "start" : "end",
): number {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  let scene = Math.min($pos.index(0), doc.childCount - 1);
  const last = doc.child(scene).childCount - 1;
  let block = $pos.index(0) > scene ? last : $pos.depth >= 1 ? Math.min($pos.index(1), last) : 0;
  let left = Math.abs(count);
  while (left > 0) {
    if (count < 0 && block > 0) block--;
    else if (count < 0 && scene > 0) block = doc.child(--scene).childCount - 1;
    else if (count > 0 && block < doc.child(scene).childCount - 1) block++;
    else if (count > 0 && scene < doc.childCount - 1) [scene, block] = [scene + 1, 0];
    else break;
    left--;
  }
  let at = 0;
  for (let i = 0; i < scene; i++) at += doc.child(i).nodeSize;
  const node = doc.child(scene);
  at += 1;
  for (let i = 0; i < block; i++) at += node.child(i).nodeSize;
  return side === "start" ? at : at + node.child(block).nodeSize;
}

/** The document positions on screen, widened to whole paragraphs (this measures the layout). */
function visibleWindow(view: EditorView): PaintWindow {
  const doc = view.state.doc;
  const rect = scrollerOf(view)?.getBoundingClientRect();
  if (!rect || rect.height === 0) return { from: 0, to: doc.content.size };
  const x = view.dom.getBoundingClientRect().left + 40;
  const top = view.posAtCoords({ left: x, top: rect.top + 2 })?.pos ?? 0;
  const bottom = view.posAtCoords({ left: x, top: rect.bottom - 2 })?.pos ?? doc.content.size;
  return { from: blockEdge(doc, top, 0, "start"), to: blockEdge(doc, bottom, 0, "end") };
}

/**
 * Whether the browser's caret in the story is somewhere ProseMirror has not read yet: it reads
 * on `selectionchange`, a task after the caret moved, and a redraw before that would put the
 * old caret back (an arrow key that scrolls, a click during a scroll).
 */
function caretUnread(view: EditorView): boolean {
  // ProseMirror reads the page's caret only while the editor has focus (see pageSelection).
  if (!view.hasFocus()) return false;
  const selection = (view.root as Document).getSelection?.();
  const node = selection?.focusNode;
  if (!selection || !node || !view.dom.contains(node)) return false;
  try {
    return view.posAtDOM(node, selection.focusOffset) !== view.state.selection.head;
  } catch {
    return false;
  }
}

/**
 * The page's text selection where ProseMirror has not read it yet, else null. Only over a text
 * selection: the page cannot show a whole-story or node selection as the state holds it.
 */
function unreadSelection(view: EditorView): Selection | null {
  const { selection, doc } = view.state;
  const page = selection instanceof TextSelection ? pageSelection(view) : null;
  if (!page || (page.anchor === selection.anchor && page.head === selection.head)) return null;
  return TextSelection.between(doc.resolve(page.anchor), doc.resolve(page.head));
}

/**
 * Frames a redraw waits for ProseMirror to read a moved caret (see caretUnread); then it reads
 * the caret itself (`unreadSelection`): a loaded machine can run that task many frames late.
 */
const CARET_WAIT_FRAMES = 5;

/** The marks of `state`'s analysis inside `window`, as decorations. */
function drawn(state: EditorState, window: PaintWindow, classify: ClassifySpec): DecorationSet {
  const analysis = analysisKey.getState(state);
  if (!analysis?.analysis || window.to <= window.from) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  for (const item of analysis.rangesIn(state.doc, window.from, window.to)) {
    const from = Math.max(item.from, window.from);
    const to = Math.min(item.to, window.to);
    const name = to > from ? classify(item.spec) : null;
    if (name) decorations.push(Decoration.inline(from, to, { class: name }, { mark: name }));
  }
  return DecorationSet.create(state.doc, decorations);
}

export class HighlightsState {
  constructor(
    /** The part of the document drawn. */
    readonly window: PaintWindow,
    readonly set: DecorationSet,
    /** The analysis result the set was built from (null before the first). */
    readonly origin: object | null,
  ) {}

  static build(state: EditorState, window: PaintWindow, classify: ClassifySpec): HighlightsState {
    return new HighlightsState(
      window,
      drawn(state, window, classify),
      analysisKey.getState(state)?.analysis ?? null,
    );
  }

  apply(tr: Transaction, state: EditorState, classify: ClassifySpec): HighlightsState {
    const redraw = tr.getMeta(highlightsKey) as HighlightsMeta | undefined;
    const window = redraw?.window ?? {
      from: tr.mapping.map(this.window.from, 1),
      to: tr.mapping.map(this.window.to, -1),
    };
    // A new result is drawn at once, in the transaction that brings it.
    if (redraw || (analysisKey.getState(state)?.analysis ?? null) !== this.origin)
      return HighlightsState.build(state, window, classify);
    if (!tr.docChanged) return this;
    return new HighlightsState(window, this.set.map(tr.mapping, tr.doc), this.origin);
  }
}

/** Redraws, for `window` if given (the part of the document now on screen), else for the same. */
interface HighlightsMeta {
  readonly window?: PaintWindow;
}

export const highlightsKey = new PluginKey<HighlightsState>("highlights");

/** Draws the analysis again, for `window` or the part already drawn (after a toggle, new colours). */
export function redrawHighlights(view: EditorView, window?: PaintWindow): void {
  if (view.isDestroyed) return;
  const meta: HighlightsMeta = window ? { window } : {};
  const tr = view.state.tr.setMeta(highlightsKey, meta).setMeta("addToHistory", false);
  // The redraw draws the state's selection: one the page moved and ProseMirror has not read
  // yet goes into the state first, or the old caret would be put back.
  const unread = unreadSelection(view);
  if (unread) tr.setSelection(unread);
  view.dispatch(tr);
}

export function highlights(classify: ClassifySpec): Plugin<HighlightsState> {
  return new Plugin<HighlightsState>({
    key: highlightsKey,
    state: {
      init: () => new HighlightsState(NOWHERE, DecorationSet.empty, null),
      apply: (tr, value, _old, state) => value.apply(tr, state, classify),
    },
    props: {
      decorations: (state) => highlightsKey.getState(state)?.set,
    },
    view(view) {
      let typing: ReturnType<typeof setTimeout> | undefined;
      let frame = 0;
      let settle: ReturnType<typeof setTimeout> | undefined;
      let caretWaits = 0;
      /** A redraw is due even for the same window: typing paused, and edited words lost marks. */
      let due = false;
      const scroller = view.dom.parentElement?.closest("#editor-scroll") ?? window;
      const showWindow = (): void => {
        // What is drawn, for whoever checks the screen against the analysis (the e2e tests).
        const drawnWindow = highlightsKey.getState(view.state)?.window ?? NOWHERE;
        if (scroller instanceof HTMLElement)
          scroller.dataset.painted = `${drawnWindow.from}-${drawnWindow.to}`;
      };
      /** Redraws if one is due or the screen shows another part of the document than drawn. */
      const follow = (): void => {
        const state = highlightsKey.getState(view.state);
        if (view.isDestroyed || !state?.origin || view.composing) return;
        if (caretUnread(view) && caretWaits++ < CARET_WAIT_FRAMES) return void later();
        caretWaits = 0;
        const window = visibleWindow(view);
        if (due || window.from !== state.window.from || window.to !== state.window.to) {
          due = false;
          redrawHighlights(view, window);
        }
      };
      const later = (): void => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          follow();
        });
      };
      const afterTyping = (): void => {
        typing = undefined;
        due = true;
        follow();
      };
      // Paragraphs off screen have an estimated height until they are first shown, so the text
      // can still move once a scroll stops: follow each frame, and once more when it settles.
      const onScroll = (): void => {
        clearTimeout(settle);
        settle = setTimeout(follow, SETTLE_DELAY_MS);
        later();
      };
      scroller.addEventListener("scroll", onScroll, { passive: true });
      const resizes = new ResizeObserver(onScroll);
      if (scroller instanceof Element) resizes.observe(scroller);
      return {
        update(v, previous) {
          const now = highlightsKey.getState(v.state);
          const before = highlightsKey.getState(previous);
          if (now === before || !now) return;
          if (v.state.doc !== previous.doc) {
            clearTimeout(typing);
            typing = setTimeout(afterTyping, REPAINT_DELAY_MS);
            return;
          }
          showWindow();
          if (now.origin !== before?.origin) {
            // The first result of a story has no window yet: find it once the page has laid out.
            later();
          }
        },
        destroy: () => {
          clearTimeout(typing);
          clearTimeout(settle);
          resizes.disconnect();
          cancelAnimationFrame(frame);
          scroller.removeEventListener("scroll", onScroll);
        },
      };
    },
  });
}
