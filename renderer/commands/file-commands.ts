/** File commands: the same functions run from the menu, the keymap and the tests. */
import { redo, undo } from "prosemirror-history";
import type { App } from "../editor/feature";
import type { AppCommand } from "../editor/command-registry";
import { editorCommand } from "../editor/editor-command";
import { splitParagraph } from "../editor/paragraphs";

export const fileCommands: AppCommand<App>[] = [
  {
    id: "file.open",
    label: "Open…",
    keys: "Mod-o",
    // Asks about unsaved work before the dialog: the host starts watching what it opens.
    // Argument "discard" skips the question (tests, scripts). Applied when a story was opened:
    // not on a cancelled dialog, a refused file, or while the unsaved-changes question waits.
    run: (app, arg) => {
      const choose = async (): Promise<boolean> => {
        const result = await app.host.chooseAndOpenStory();
        if (result.ok) {
          app.load(result.value);
          return true;
        }
        // A picked file that needs the writer's say gets the same choices as any open.
        if (result.error.path)
          return app.open({ path: result.error.path }, Promise.resolve(result));
        app.showError(result.error);
        return false;
      };
      return arg === "discard" ? choose() : app.leaveStory("open", choose);
    },
  },
  { id: "file.save", label: "Save", keys: "Mod-s", run: (app) => app.save() },
  { id: "file.saveAs", label: "Save As…", keys: "Mod-Shift-s", run: (app) => app.saveAs() },
  editorCommand({ id: "edit.undo", label: "Undo", keys: "Mod-z" }, undo),
  editorCommand({ id: "edit.redo", label: "Redo", keys: "Mod-Shift-z", moreKeys: ["Mod-y"] }, redo),
  // Enter splits the paragraph the file's way (paragraphs.ts), ahead of ProseMirror's own Enter.
  editorCommand({ id: "edit.newParagraph", label: "New paragraph", keys: "Enter" }, splitParagraph),
];
