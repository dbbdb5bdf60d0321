/**
 * Paints the analysis plugin's decorations with the highlight painter. A new result is painted
 * at once; while the writer types, repainting waits for a short pause, because changing a
 * highlight makes Chromium revisit every range it holds (tens of thousands in a novel), which
 * cost more per keystroke than the edit itself. Spell checkers settle the same way.
 */
import { Plugin, PluginKey } from "prosemirror-state";
import type { HighlightPainter } from "../analysis/painter";
import { analysisKey } from "./analysis";

export const highlightsKey = new PluginKey("highlights");

/** Pause in typing before the edited scene's underlines are redrawn. */
export const REPAINT_DELAY_MS = 150;

export function highlights(painter: HighlightPainter): Plugin {
  return new Plugin({
    key: highlightsKey,
    view(view) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const paint = (): void => {
        clearTimeout(timer);
        timer = undefined;
        const state = analysisKey.getState(view.state);
        if (state) painter.paint(view, state.decorations, state.analysis);
      };
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
          painter.destroy();
        },
      };
    },
  });
}
