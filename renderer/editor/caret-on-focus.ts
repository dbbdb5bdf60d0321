/**
 * The caret the state holds goes back onto the page when the editor gets the focus again.
 *
 * While another control has the focus (an outline row moving a scene with Alt+Up), ProseMirror
 * changes the state's caret but leaves the page's where it was. On the focus coming back by Tab
 * or `focus()`, it writes its caret to the page only if the page's is not the one it last read:
 * when the page's caret is still the one the writer clicked before leaving, ProseMirror takes it
 * as current, and the next read of the page (a key, the marks' redraw) put the writer's caret
 * back in the scene they left. A click still places the caret where it lands (it follows the
 * focus).
 */
import { Plugin } from "prosemirror-state";

export function caretOnFocus(): Plugin {
  // Whether the state's selection changed while the editor had no focus.
  let moved = false;
  return new Plugin({
    view: () => ({
      update(view, previous) {
        if (!view.hasFocus() && !previous.selection.eq(view.state.selection)) moved = true;
      },
    }),
    props: {
      handleDOMEvents: {
        focus(view) {
          if (moved) {
            moved = false;
            // Writes the state's selection to the page (the editor has the focus already).
            view.focus();
          }
          return false;
        },
      },
    },
  });
}
