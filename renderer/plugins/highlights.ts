/**
 * Paints the analysis plugin's decorations with the highlight painter, for the paragraphs on or
 * near the screen. A new result is painted at once; while the writer types, repainting waits
 * for a short pause, and scrolling paints the scenes that come into view.
 */
import { Plugin, PluginKey } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { Node as PMNode } from "prosemirror-model";
import type { HighlightPainter, PaintWindow } from "../analysis/painter";
import { analysisKey } from "./analysis";

export const highlightsKey = new PluginKey("highlights");

/** Pause in typing before the edited scene's underlines are redrawn. */
export const REPAINT_DELAY_MS = 150;

/** Time after the last scroll or resize before the paint that catches late layout. */
const SETTLE_DELAY_MS = 200;

/**
 * Paragraphs painted beyond the ones on screen: none. Every paragraph holding a range is
 * repainted on each keystroke (Chromium re-places all ranges after any change), and scrolling
 * paints what comes into view in the same frame (the scroll handler runs before the paint).
 */
const MARGIN_BLOCKS = 0;

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

/** The document positions on screen, widened to whole paragraphs plus a margin (all before layout). */
export function visibleWindow(view: EditorView): PaintWindow {
  const doc = view.state.doc;
  const scroller = view.dom.parentElement?.closest("#editor-scroll") ?? view.dom.parentElement;
  const rect = scroller?.getBoundingClientRect();
  if (!rect || rect.height === 0) return { from: 0, to: doc.content.size };
  const x = view.dom.getBoundingClientRect().left + 40;
  const top = view.posAtCoords({ left: x, top: rect.top + 2 })?.pos ?? 0;
  const bottom = view.posAtCoords({ left: x, top: rect.bottom - 2 })?.pos ?? doc.content.size;
  return {
    from: blockEdge(doc, top, -MARGIN_BLOCKS, "start"),
    to: blockEdge(doc, bottom, MARGIN_BLOCKS, "end"),
  };
}

export function highlights(painter: HighlightPainter): Plugin {
  return new Plugin({
    key: highlightsKey,
    view(view) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let frame = 0;
      let settle: ReturnType<typeof setTimeout> | undefined;
      const scroller = view.dom.parentElement?.closest("#editor-scroll") ?? window;
      const paint = (): void => {
        clearTimeout(timer);
        timer = undefined;
        const state = analysisKey.getState(view.state);
        if (!state) return;
        // Nothing to draw yet (a story just opened): clear what an earlier story left, without
        // measuring the page (that would force a layout of the whole story before it shows).
        const window = state.analysis ? visibleWindow(view) : { from: 0, to: 0 };
        const doc = view.state.doc;
        painter.paint(view, (a, b) => state.rangesIn(doc, a, b), state.analysis, window);
        // What is painted, for whoever checks the screen against the analysis (the e2e tests).
        if (scroller instanceof HTMLElement)
          scroller.dataset.painted = `${window.from}-${window.to}`;
      };
      const paintUnlessTyping = (): void => {
        if (timer === undefined) paint();
      };
      // Paragraphs off screen have an estimated height until they are first shown, so the text
      // can still move once a scroll stops: paint each frame, and once more when it settles.
      const onScroll = (): void => {
        clearTimeout(settle);
        settle = setTimeout(paintUnlessTyping, SETTLE_DELAY_MS);
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          paintUnlessTyping();
        });
      };
      scroller.addEventListener("scroll", onScroll, { passive: true });
      const resizes = new ResizeObserver(onScroll);
      if (scroller instanceof Element) resizes.observe(scroller);
      paint();
      return {
        update(v, previous) {
          const now = analysisKey.getState(v.state);
          const before = analysisKey.getState(previous);
          if (now === before) return;
          if (v.state.doc !== previous.doc) {
            clearTimeout(timer);
            timer = setTimeout(paint, REPAINT_DELAY_MS);
          } else if (now?.analysis !== before?.analysis || timer === undefined) paint();
        },
        destroy: () => {
          clearTimeout(timer);
          clearTimeout(settle);
          resizes.disconnect();
          cancelAnimationFrame(frame);
          scroller.removeEventListener("scroll", onScroll);
          painter.destroy();
        },
      };
    },
  });
}
