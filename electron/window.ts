/** The main window: isolated, sandboxed, no Node in the page, no navigation or pop-ups. */
import { BrowserWindow, shell, type WebContents } from "electron";
import path from "node:path";
import { APP_ORIGIN } from "./host/app-files";

/** Opens links the writer clicks in the system browser, only for https and mailto. */
export function openExternalSafely(url: string): void {
  try {
    const { protocol } = new URL(url);
    if (protocol === "https:" || protocol === "mailto:") void shell.openExternal(url);
  } catch {
    // Not a URL: ignore.
  }
}

export function lockDown(contents: WebContents): void {
  contents.on("will-navigate", (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: "deny" };
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

export function createMainWindow(distDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 640,
    minHeight: 400,
    show: false,
    title: "Draftwise",
    webPreferences: {
      preload: path.join(distDir, "electron", "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  lockDown(window.webContents);
  window.once("ready-to-show", () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
