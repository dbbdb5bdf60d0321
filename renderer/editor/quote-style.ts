/**
 * Smart quotes that follow the draft's own style: in a story typed with straight quotes, typing
 * `"` stays straight; in one set with curly quotes, `"` and `'` become “ ” ‘ ’ by position.
 * The style is read once from the document when the plugin state is created.
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";

export type QuoteStyle = "straight" | "curly";

export const quoteStyleKey = new PluginKey<QuoteStyle>("quoteStyle");

/** How much of the story the style is read from (the opening shows a story's style). */
const SAMPLE = 20_000;

/** The style most of the document's quote marks use; straight when there are none. */
export function detectQuoteStyle(doc: PMNode): QuoteStyle {
  const text = doc.textBetween(0, Math.min(doc.content.size, SAMPLE), "\n");
  const curly = (text.match(/[“”‘’]/g) ?? []).length;
  const straight = (text.match(/["']/g) ?? []).length;
  return curly > straight ? "curly" : "straight";
}

function curlyFor(quote: string, before: string): string {
  const opening = before === "" || /[\s([{\u2014\u2013-]$/.test(before);
  if (quote === '"') return opening ? "“" : "”";
  return opening ? "‘" : "’";
}

export function quoteStyle(): Plugin<QuoteStyle> {
  return new Plugin<QuoteStyle>({
    key: quoteStyleKey,
    state: {
      init: (_, state: EditorState) => detectQuoteStyle(state.doc),
      apply: (_, value) => value,
    },
    props: {
      handleTextInput(view, from, to, text) {
        if ((text !== '"' && text !== "'") || quoteStyleKey.getState(view.state) !== "curly")
          return false;
        const $from = view.state.doc.resolve(from);
        const before = $from.parent.textBetween(
          Math.max(0, $from.parentOffset - 1),
          $from.parentOffset,
          "\n",
          " ",
        );
        view.dispatch(view.state.tr.insertText(curlyFor(text, before), from, to));
        return true;
      },
    },
  });
}
