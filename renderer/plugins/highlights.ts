/** Paints the analysis plugin's decorations with the highlight painter after every update. */
import { Plugin, PluginKey } from "prosemirror-state";
import type { HighlightPainter } from "../analysis/painter";
import { analysisKey } from "./analysis";

export const highlightsKey = new PluginKey("highlights");

export function highlights(painter: HighlightPainter): Plugin {
  return new Plugin({
    key: highlightsKey,
    view(view) {
      const paint = (): void => {
        const state = analysisKey.getState(view.state);
        if (state) painter.paint(view, state.decorations, state.analysis);
      };
      paint();
      return {
        update(v, previous) {
          if (analysisKey.getState(v.state) !== analysisKey.getState(previous)) paint();
        },
        destroy: () => painter.paint(view, analysisKey.getState(view.state)!.decorations, null),
      };
    },
  });
}
