/**
 * Draftwise's main process, as a table of contents. Each setup step lives in its own module;
 * the Node host (files, saving, backups) knows nothing of Electron.
 */
import { app, BrowserWindow, dialog } from "electron";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createNodeHost, type Dialogs } from "./host/node-host";
import { guardPaths } from "./host/path-guard";
import { ensureWritersCopy, storyArgument } from "./default-story";
import { setupIpc } from "./ipc";
import { registerAppScheme, setupAppProtocol } from "./protocol";
import { createMainWindow } from "./window";

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const appRoot = path.resolve(distDir, "..");
let mainWindow: BrowserWindow | null = null;

function setupDialogs(): Dialogs {
  return {
    async chooseOpenPath() {
      const result = await dialog.showOpenDialog(mainWindow!, {
        properties: ["openFile"],
        filters: [{ name: "Drafts", extensions: ["txt", "md"] }, { name: "All files", extensions: ["*"] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName, extensions) {
      const result = await dialog.showSaveDialog(mainWindow!, {
        defaultPath: suggestedName,
        filters: [{ name: extensions.join(", ").toUpperCase(), extensions: [...extensions] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

function setupHost() {
  const launchFile = storyArgument(process.argv, app.isPackaged);
  const bundled = path.join(appRoot, "documents", "story.txt");
  const host = guardPaths(
    createNodeHost({
      dialogs: setupDialogs(),
      dataDir: app.getPath("userData"),
      defaultStoryPath: async () => {
        const file = launchFile ?? (await ensureWritersCopy(bundled, app.getPath("documents")));
        host.grant(file);
        return file;
      },
    }),
  );
  setupIpc(host, () => mainWindow?.webContents ?? null);
  return host;
}

function setupWindow(): void {
  mainWindow = createMainWindow(distDir);
  mainWindow.on("closed", () => (mainWindow = null));
}

registerAppScheme();
app.enableSandbox();
void app.whenReady().then(() => {
  setupAppProtocol(path.join(distDir, "renderer"));
  setupHost();
  setupWindow();
});
app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
app.on("activate", () => {
  if (BrowserWindow.getAllWindows().length === 0) setupWindow();
});
