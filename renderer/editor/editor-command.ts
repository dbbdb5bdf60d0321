/**
 * ProseMirror-shaped commands, `(state, dispatch?, view?) => boolean`, as registry commands:
 * run on the app's view, and enabled exactly when the command applies (called without
 * `dispatch`), so the menus grey out what a key would not do.
 */
import type { Command } from "prosemirror-state";
import type { AppCommand } from "./command-registry";
import type { App } from "./feature";

export interface EditorCommandSpec {
  readonly id: string;
  readonly label: string;
  readonly keys?: string;
  readonly moreKeys?: readonly string[];
}

/** A registry command that runs `command` (or, with an argument, `command(arg)`) on the view. */
export function editorCommand(
  spec: EditorCommandSpec,
  command: Command | ((arg?: string) => Command),
  takesArg = false,
): AppCommand<App> {
  const made = (arg?: string): Command =>
    takesArg ? (command as (arg?: string) => Command)(arg) : (command as Command);
  return {
    ...spec,
    run: (app, arg) => made(arg)(app.view.state, app.view.dispatch, app.view),
    enabled: (app) => made()(app.view.state, undefined, app.view),
  };
}
