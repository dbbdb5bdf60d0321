/**
 * Draftwise's main process, as a table of contents. Each setup step lives in its own module;
 * the Node host (files, saving, backups) knows nothing of Electron.
 */
import { app, BrowserWindow, dialog, screen, shell as desktop } from "electron";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createNodeHost, type Dialogs } from "./host/node-host";
import { guardPaths, type GuardedHost } from "./host/path-guard";
import { ensureWritersCopy, storyArgument } from "./default-story";
import { setupIpc } from "./ipc";
import { registerAppScheme, setupAppProtocol } from "./protocol";
import { createMainWindow, lockDownEveryWebContents } from "./window";
import { guardUnsavedClose } from "./close-guard";
import { setupDroppedFiles } from "./dropped-files";
import { sendHostEvent, setupMenu } from "./menu";
import { setupSingleInstance } from "./single-instance";
import {
  addRecent,
  createShellStore,
  loadShellState,
  placeWindow,
  trackWindowState,
  type ShellStore,
} from "./window-state";

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const appRoot = path.resolve(distDir, "..");
let mainWindow: BrowserWindow | null = null;
let host: GuardedHost | null = null;
/** The closed window's holds go with it (`NodeHost.letGoAll`). */
let letGoAll = (): void => undefined;
let shell: ShellStore;
/** Files handed over before the window could take them (macOS open-file at launch). */
const pendingFiles: string[] = [];

function setupDialogs(): Dialogs {
  return {
    async chooseOpenPath() {
      const result = await dialog.showOpenDialog(mainWindow!, {
        properties: ["openFile"],
        filters: [
          { name: "Drafts", extensions: ["txt", "md"] },
          { name: "All files", extensions: ["*"] },
        ],
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

function setupHost(): GuardedHost {
  const launchFile = pendingFiles.shift() ?? storyArgument(process.argv, app.isPackaged);
  const bundled = path.join(appRoot, "documents", "story.txt");
  const inner = createNodeHost({
    dialogs: setupDialogs(),
    dataDir: app.getPath("userData"),
    defaultStoryPath: async () => {
      const file = launchFile ?? (await ensureWritersCopy(bundled, app.getPath("documents")));
      guarded.grant(file);
      return file;
    },
    onStoryOpened: noteRecentDocument,
    revealFile: (file) => desktop.showItemInFolder(file),
  });
  const guarded = guardPaths(inner);
  // The window takes a while to load its scripts: the story is read by the time it asks (the
  // open waits for this read itself, and a failed read is read again then: nothing to await).
  void inner.readAheadDefaultStory();
  setupIpc(guarded, () => mainWindow?.webContents ?? null);
  letGoAll = () => inner.letGoAll();
  return guarded;
}

/** Opens a file the writer chose outside the page (second launch, Finder, drop, Open Recent). */
function openFile(file: string): void {
  if (!host || !mainWindow) return void pendingFiles.push(file);
  host.grant(file);
  sendHostEvent(mainWindow, { type: "open-file", path: file });
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function noteRecentDocument(file: string): void {
  app.addRecentDocument(file);
  shell.update({ recent: addRecent(shell.get().recent, file) });
}

function setupRecentDocuments(): void {
  setupMenu({
    window: () => mainWindow,
    store: shell,
    openFile,
    clearRecent: () => {
      app.clearRecentDocuments();
      shell.update({ recent: [] });
    },
    developer: !app.isPackaged,
  });
}

function setupWindow(): void {
  const window = createMainWindow(distDir);
  const placement = placeWindow(
    shell.get().window,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  window.setBounds(placement);
  if (placement.maximized) window.maximize();
  trackWindowState(window, (saved) => shell.update({ window: saved }));
  guardUnsavedClose(window);
  window.webContents.on("did-finish-load", () => {
    // The menu's theme is the shell's memory; the page follows it, then takes waiting files.
    sendHostEvent(window, { type: "command", command: "view.theme", arg: shell.get().theme });
    for (const file of pendingFiles.splice(0)) openFile(file);
  });
  window.on("closed", () => {
    mainWindow = null;
    letGoAll();
  });
  mainWindow = window;
}

registerAppScheme();
app.enableSandbox();
lockDownEveryWebContents(app);
if (setupSingleInstance(app, openFile, focusWindow)) {
  void app.whenReady().then(async () => {
    shell = createShellStore(
      app.getPath("userData"),
      await loadShellState(app.getPath("userData")),
    );
    setupAppProtocol(path.join(distDir, "renderer"));
    host = setupHost();
    setupRecentDocuments();
    setupDroppedFiles(() => mainWindow?.webContents ?? null, openFile);
    setupWindow();
  });
}
app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
app.on("activate", () => {
  if (BrowserWindow.getAllWindows().length === 0) setupWindow();
});
