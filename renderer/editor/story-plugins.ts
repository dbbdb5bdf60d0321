/** The editor's own plugins, which every story's state has after the features' plugins. */
import { baseKeymap } from "prosemirror-commands";
import { history } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import type { Plugin } from "prosemirror-state";
import { quoteStyle } from "./quote-style";
import { storyCard } from "./story-card";
import { emphasisMarks } from "./emphasis-marks";
import { sceneViews } from "./scene-view";
import { clipboardTextPlugin } from "./clipboard-text";
import { wrapSplits } from "./wrap-split";
import { wrapJoins } from "./wrap-joins";
import { dashRuns } from "./dash-runs";
import { caretOnFocus } from "./caret-on-focus";

/**
 * `features` (the features' plugins, first) and the editor's own; `emphasis` says whether the
 * story marks italics with `*` and `_` (showsEmphasis), `markdown` whether it is a Markdown
 * draft (whose `**bold**` is drawn bold).
 */
export function storyPlugins(
  features: readonly Plugin[],
  emphasis: boolean,
  markdown = false,
): Plugin[] {
  return [
    ...features,
    quoteStyle(),
    // One card over a stretch of the story (the quote card, a note's card; story-card.ts).
    storyCard(),
    // *Emphasis* in italics, in a Markdown draft or a plain-text one that marks italics so.
    emphasisMarks(emphasis, undefined, markdown),
    sceneViews(),
    // A copy's plain text keeps line breaks, and a hard-wrapped draft's wraps as spaces.
    clipboardTextPlugin(),
    history(),
    // A caret set while another control had the focus is the one the focus comes back to.
    caretOnFocus(),
    wrapSplits(),
    // A wrap after a closed dash ("well-|known") is drawn as nothing, as exported.
    wrapJoins(),
    // "--" is drawn whole: no line ends between its hyphens.
    dashRuns(),
    // Backspace straight after Enter beside a wrap break puts it back (wrap-split.ts).
    // ProseMirror's own editing keys (Backspace, Delete, select all...), beneath the
    // registry's keys (command-keymap.ts), which are bound in one place.
    keymap(baseKeymap),
  ];
}
