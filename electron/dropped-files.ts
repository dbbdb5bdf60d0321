/**
 * Drafts dropped on the window. The sandboxed page cannot see paths; the preload asks
 * `webUtils.getPathForFile` and sends the path here. Main checks the sender and the extension,
 * grants the path (the writer chose it by dropping it) and opens it like any other.
 */
import { ipcMain, type WebContents } from "electron";
import { isTrustedSender } from "./ipc";
import { isDraftPath } from "./single-instance";

export const DROP_CHANNEL = "shell:openDroppedFile";

export function setupDroppedFiles(
  trusted: () => WebContents | null,
  openFile: (file: string) => void,
): void {
  ipcMain.handle(DROP_CHANNEL, (event, file: unknown) => {
    if (!isTrustedSender(event, trusted) || typeof file !== "string" || !file || !isDraftPath(file))
      return false;
    openFile(file);
    return true;
  });
}
