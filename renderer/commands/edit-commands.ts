/** Find and replace commands, run from the Edit menu, the keymap and the tests. */
import type { App } from "../editor/feature";
import { findBarOf, type FindBar, type FindOptions } from "../find";
import type { AppCommand } from "../editor/command-registry";

/** Runs on the find bar; applied whenever the bar is there (the find feature mounted). */
const withBar =
  (run: (bar: FindBar, app: App, arg?: string) => unknown) =>
  (app: App, arg?: string): boolean => {
    const bar = findBarOf(app);
    if (!bar) return false;
    run(bar, app, arg);
    return true;
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
    moreKeys: ["Mod-Alt-f"],
    run: withBar((bar) => bar.open("replace")),
  },
  {
    id: "edit.findNext",
    label: "Find Next",
    keys: "F3",
    moreKeys: ["Mod-g"],
    run: withBar((bar) => bar.next() || bar.open("find")),
  },
  {
    id: "edit.findPrevious",
    label: "Find Previous",
    keys: "Shift-F3",
    moreKeys: ["Mod-Shift-g"],
    run: withBar((bar) => bar.previous() || bar.open("find")),
  },
  {
    id: "edit.replaceAll",
    label: "Replace All",
    run: (app) => findBarOf(app)?.replaceAll() ?? false,
  },
];
