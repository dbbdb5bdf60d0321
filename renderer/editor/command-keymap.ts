/**
 * The one place keys are bound: every registered command's keys, in the story, from the
 * registry (menus and the shortcuts list show the same keys). A key whose command does not
 * apply (Alt+Up outside a scene that can move) goes on to ProseMirror's base keys.
 */
import { keydownHandler } from "prosemirror-keymap";
import { Plugin } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { isMac } from "./platform";
import { keysOf } from "./command-registry";
import type { App, Feature } from "./feature";

/** Keys that work wherever focus is, not only in the story: Ctrl+1/2/3 move between panels. */
const PANEL_KEYS = /^Mod-\d$/;

/**
 * The registry's keys as one keydown handler (what `keymap()` builds from its bindings), or only
 * the keys of the commands in `only` (the browser shell's menu keys outside the story).
 */
export function registryKeyHandler(
  app: App,
  only?: readonly string[],
): (view: EditorView, event: KeyboardEvent) => boolean {
  const bindings: Record<string, () => boolean> = {};
  for (const command of app.commands.list()) {
    if (only && !only.includes(command.id)) continue;
    for (const keys of keysOf(command)) bindings[keys] = () => app.commands.runForKey(command.id);
  }
  return keydownHandler(bindings);
}

/**
 * Binds each registered command's keys in the story; the panel keys also work from a panel or
 * the find bar, so the writer can go from one panel to the next.
 */
export const commandKeys: Feature = {
  name: "command-keys",
  plugins: (app) => {
    // The registry is sealed before the first state (App.mount): its keys are bound once.
    const handler = registryKeyHandler(app);
    return [new Plugin({ props: { handleKeyDown: handler } })];
  },
  mount: (app) => {
    document.addEventListener("keydown", (event) => {
      const mod = isMac() ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey || event.shiftKey || !/^\d$/.test(event.key)) return;
      if (app.view.dom.contains(event.target as Node)) return;
      const command = app.commands
        .list()
        .find((c) => c.keys && PANEL_KEYS.test(c.keys) && c.keys === `Mod-${event.key}`);
      if (!command) return;
      event.preventDefault();
      void app.commands.run(command.id);
    });
  },
};
