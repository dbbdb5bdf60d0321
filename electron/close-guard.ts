/**
 * Closing with unsaved changes asks. The renderer cancels `beforeunload` while the story is
 * dirty; Electron then emits `will-prevent-unload`, and this shows the native question.
 */
import { dialog, type BrowserWindow } from "electron";
import { sendHostEvent } from "./menu";

/** Button order of the question; Cancel is also what Escape picks. */
export const CLOSE_CHOICES = ["Save", "Don't Save", "Cancel"] as const;

export function guardUnsavedClose(window: BrowserWindow): void {
  window.webContents.on("will-prevent-unload", (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: "question",
      buttons: [...CLOSE_CHOICES],
      defaultId: 0,
      cancelId: 2,
      message: "Save your changes before closing?",
      detail: "Your changes will be lost if you don't save them.",
    });
    // Don't Save: preventDefault on this event lets the unload go ahead.
    if (choice === 1) event.preventDefault();
    // Save: the renderer saves, then closes again, this time clean.
    if (choice === 0)
      sendHostEvent(window, { type: "command", command: "file.close", arg: "save" });
  });
}
