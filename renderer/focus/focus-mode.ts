/**
 * Focus mode: the panels step aside, the paragraph being written is centred on the screen and
 * the others are dimmed. The on/off flag is plugin state (so it is a transaction like any other
 * change), carried into the state of a newly opened story by the feature, and mirrored on
 * `<html data-focus>` for the CSS only; the paragraph is marked with a node decoration that
 * follows the caret.
 */
import { Plugin, PluginKey, type Command, type EditorState } from "prosemirror-state";
import { Decoration, DecorationSet, type EditorView } from "prosemirror-view";
import type { App, Feature } from "../editor/feature";
import { scrollerOf } from "../editor/scroller";

export const focusModeKey = new PluginKey<boolean>("focusMode");

export function isFocusMode(state: EditorState): boolean {
  return focusModeKey.getState(state) ?? false;
}

/** The top-level-most textblock around the caret, as [from, to], or null. */
export function currentParagraph(state: EditorState): { from: number; to: number } | null {
  const $head = state.selection.$head;
  for (let depth = $head.depth; depth > 0; depth--) {
    if ($head.node(depth).isTextblock) return { from: $head.before(depth), to: $head.after(depth) };
  }
  return null;
}

/** The plugin; `initial` carries the mode across a newly opened story. */
export function focusMode(initial = false): Plugin<boolean> {
  return new Plugin<boolean>({
    key: focusModeKey,
    state: {
      init: () => initial,
      apply: (tr, on) => (tr.getMeta(focusModeKey) as boolean | undefined) ?? on,
    },
    props: {
      decorations(state) {
        if (!isFocusMode(state)) return null;
        const range = currentParagraph(state);
        return range
          ? DecorationSet.create(state.doc, [
              Decoration.node(range.from, range.to, { class: "focus-current" }),
            ])
          : null;
      },
    },
  });
}

/** Sets focus mode on or off. */
export function setFocusMode(on: boolean): Command {
  return (state, dispatch) => {
    if (focusModeKey.getState(state) === undefined) return false;
    dispatch?.(state.tr.setMeta(focusModeKey, on));
    return true;
  };
}

export const toggleFocusMode: Command = (state, dispatch) =>
  setFocusMode(!isFocusMode(state))(state, dispatch);

/** Scrolls so the caret's paragraph sits in the middle of the editor's scroller. */
function centreCurrentParagraph(view: EditorView): void {
  const range = currentParagraph(view.state);
  const node = range && view.nodeDOM(range.from);
  const scroller = scrollerOf(view);
  if (!(node instanceof HTMLElement) || !scroller) return;
  const box = node.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  const offset = box.top + box.height / 2 - (frame.top + frame.height / 2);
  if (Math.abs(offset) > 2) scroller.scrollBy({ top: offset, behavior: "instant" });
}

/** Leaves focus mode; applies only while it is on (Escape's second meaning, view-commands.ts). */
export const leaveFocusMode: Command = (state, dispatch) =>
  isFocusMode(state) && setFocusMode(false)(state, dispatch);

/** The focus-mode feature. One instance per app. */
export function focusFeature(): Feature {
  /** The mode in the latest state: a newly opened story's state starts in it. */
  let on = false;
  return {
    name: "focus-mode",
    plugins: () => [focusMode(on)],
    update(app, previous) {
      const { state } = app.view;
      on = isFocusMode(state);
      if (on !== (document.documentElement.dataset.focus === "on")) {
        if (on) document.documentElement.dataset.focus = "on";
        else delete document.documentElement.dataset.focus;
      }
      const moved = !state.selection.eq(previous.selection) || state.doc !== previous.doc;
      if (on && (moved || !isFocusMode(previous)))
        requestAnimationFrame(() => centreCurrentParagraph(app.view));
    },
  };
}

/** Runs a focus-mode command on the app's view. */
export function runFocus(app: App, command: Command): boolean {
  return command(app.view.state, app.view.dispatch);
}
