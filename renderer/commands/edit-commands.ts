/** Find and replace commands, run from the Edit menu, the keymap and the tests. */
import type { App } from "../editor/feature";
import { findBarOf, type FindBar, type FindOptions } from "../find";
import type { AppCommand } from "../editor/command-registry";

const withBar =
  (run: (bar: FindBar, app: App, arg?: string) => unknown) => (app: App, arg?: string) => {
    const bar = findBarOf(app);
    return bar ? run(bar, app, arg) : false;
  };

/** An optional argument sets the search text, so a test or a script can find in one call. */
function seed(bar: FindBar, arg?: string): void {
  if (arg !== undefined) bar.update({ search: arg } satisfies Partial<FindOptions>);
}

export const editCommands: AppCommand<App>[] = [
  {
    id: "edit.find",
    label: "Find…",
    keys: "Mod-f",
    run: withBar((bar, _app, arg) => (bar.open("find"), seed(bar, arg))),
  },
  {
    id: "edit.replace",
    label: "Replace…",
    keys: "Mod-h",
    run: withBar((bar) => bar.open("replace")),
  },
  {
    id: "edit.findNext",
    label: "Find Next",
    keys: "F3",
    run: withBar((bar) => bar.next() || bar.open("find")),
  },
  {
    id: "edit.findPrevious",
    label: "Find Previous",
    keys: "Shift-F3",
    run: withBar((bar) => bar.previous() || bar.open("find")),
  },
  { id: "edit.replaceAll", label: "Replace All", run: withBar((bar) => bar.replaceAll()) },
];
