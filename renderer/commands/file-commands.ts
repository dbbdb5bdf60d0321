/** File commands: the same functions run from the menu, the keymap and the tests. */
import { chainCommands } from "prosemirror-commands";
import { redo, undo } from "prosemirror-history";
import type { App } from "../editor/feature";
import type { AppCommand } from "../editor/command-registry";
import { editorCommand } from "../editor/editor-command";
import { deleteWordAfter, deleteWordBefore, splitParagraph } from "../editor/paragraphs";
import { joinAtWrap } from "../editor/wrap-split";
import {
  deleteDashBeforeJoin,
  deleteLetterAfterJoin,
  stepLeftOverJoin,
  stepRightOverJoin,
} from "../editor/wrap-joins";

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
  // Beside a hard-wrapped draft's wrap break only (paragraphs.ts, wrap-split.ts); elsewhere
  // these keys go on to ProseMirror's base keys and the browser's word deletion.
  editorCommand(
    { id: "edit.backspaceAtWrap", label: "Backspace beside a wrap break", keys: "Backspace" },
    // Puts back a wrap Enter just split (wrap-split.ts), or deletes the dash before a wrap
    // drawn as nothing (wrap-joins.ts).
    chainCommands(joinAtWrap, deleteDashBeforeJoin),
  ),
  editorCommand(
    { id: "edit.deleteAtWrap", label: "Delete beside a wrap break", keys: "Delete" },
    deleteLetterAfterJoin,
  ),
  editorCommand(
    { id: "edit.caretLeftAtWrap", label: "Caret left over a joined wrap", keys: "ArrowLeft" },
    stepLeftOverJoin,
  ),
  editorCommand(
    { id: "edit.caretRightAtWrap", label: "Caret right over a joined wrap", keys: "ArrowRight" },
    stepRightOverJoin,
  ),
  editorCommand(
    {
      id: "edit.deleteWordBefore",
      label: "Delete the word before",
      keys: "Ctrl-Backspace",
      moreKeys: ["Alt-Backspace"],
    },
    deleteWordBefore,
  ),
  editorCommand(
    {
      id: "edit.deleteWordAfter",
      label: "Delete the word after",
      keys: "Ctrl-Delete",
      moreKeys: ["Alt-Delete"],
    },
    deleteWordAfter,
  ),
];
