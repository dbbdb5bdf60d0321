/**
 * Paints the analysis plugin's decorations with the highlight painter, for the scenes on or
 * near the screen. A new result is painted at once; while the writer types, repainting waits
 * for a short pause, and scrolling paints the scenes that come into view.
 */
import { Plugin, PluginKey } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { HighlightPainter } from "../analysis/painter";
import { analysisKey } from "./analysis";

export const highlightsKey = new PluginKey("highlights");

/** Pause in typing before the edited scene's underlines are redrawn. */
export const REPAINT_DELAY_MS = 150;

/** Scenes painted beyond the visible ones on each side: each range costs Chromium time per keystroke, so one. */
const MARGIN_SCENES = 1;

/** Scene indexes from the first to the last one on screen (all of them before layout). */
export function visibleScenes(view: EditorView): { from: number; to: number } {
  const scroller = view.dom.parentElement?.closest("#editor-scroll") ?? view.dom.parentElement;
  const rect = scroller?.getBoundingClientRect();
  if (!rect || rect.height === 0) return { from: 0, to: Infinity };
  const x = view.dom.getBoundingClientRect().left + 40;
  const at = (y: number): number | null => {
    const hit = view.posAtCoords({ left: x, top: y });
    return hit ? view.state.doc.resolve(hit.pos).index(0) : null;
  };
  const top = at(rect.top + 2) ?? 0;
  const bottom = at(rect.bottom - 2) ?? view.state.doc.childCount - 1;
  return { from: Math.max(0, top - MARGIN_SCENES), to: bottom + MARGIN_SCENES };
}

export function highlights(painter: HighlightPainter): Plugin {
  return new Plugin({
    key: highlightsKey,
    view(view) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let frame = 0;
      const paint = (): void => {
        clearTimeout(timer);
        timer = undefined;
        const state = analysisKey.getState(view.state);
        if (state) painter.paint(view, state.decorations, state.analysis, visibleScenes(view));
      };
      const onScroll = (): void => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (timer === undefined) paint();
        });
      };
      const scroller = view.dom.parentElement?.closest("#editor-scroll") ?? window;
      scroller.addEventListener("scroll", onScroll, { passive: true });
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
          cancelAnimationFrame(frame);
          scroller.removeEventListener("scroll", onScroll);
          painter.destroy();
        },
      };
    },
  });
}
