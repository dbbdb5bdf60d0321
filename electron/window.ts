/**
 * The main window: isolated, sandboxed, no Node in the page, no navigation, pop-ups, webviews
 * or permissions. The options and the URL rules are pure functions so tests can read exactly
 * what the window is built with.
 */
import {
  BrowserWindow,
  shell,
  type BrowserWindowConstructorOptions,
  type WebContents,
} from "electron";
import path from "node:path";
import { APP_ORIGIN } from "./host/app-files";

/** The window's options; `webPreferences` is the security boundary, so every flag is explicit. */
export function mainWindowOptions(distDir: string): BrowserWindowConstructorOptions {
  return {
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
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: "",
      // Middle-click would open links in a new window; new windows are denied anyway.
      disableBlinkFeatures: "Auxclick",
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

/** Whether a URL is one of the app's own pages (the only place the window may go). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === "app:" &&
      parsed.host === new URL(APP_ORIGIN).host &&
      !parsed.username &&
      !parsed.password
    );
  } catch {
    return false;
  }
}

/** Whether a link may leave the app for the system's browser or mail program: https and mailto only. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol, username, password } = new URL(url);
    // Credentials in a link are a phishing trick, not something a story's link needs.
    if (username || password) return false;
    return protocol === "https:" || protocol === "mailto:";
  } catch {
    return false;
  }
}

/** Opens links the writer clicks in the system browser, only for https and mailto. */
export function openExternalSafely(
  url: string,
  open: (url: string) => Promise<void> = (u) => shell.openExternal(u),
): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void open(url);
  return true;
}

/** The part of WebContents the lock-down touches (a fake in tests). */
export type LockableContents = Pick<WebContents, "on" | "setWindowOpenHandler"> & {
  readonly session: Pick<
    WebContents["session"],
    "setPermissionRequestHandler" | "setPermissionCheckHandler" | "setDevicePermissionHandler"
  >;
};

/** Denies navigation away from the app, new windows, webviews and every permission request. */
export function lockDown(contents: LockableContents, open?: (url: string) => Promise<void>): void {
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on("will-navigate", stayHome);
  contents.on("will-redirect", stayHome);
  contents.on("will-frame-navigate", (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, open);
    return { action: "deny" };
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
  contents.session.setDevicePermissionHandler(() => false);
}

/**
 * Locks down every web contents the app ever creates (windows, devtools, anything a future
 * feature adds), not only the main window. Call once, before the first window opens.
 */
export function lockDownEveryWebContents(app: {
  on(
    event: "web-contents-created",
    listener: (event: unknown, contents: WebContents) => void,
  ): unknown;
}): void {
  app.on("web-contents-created", (_event, contents) => lockDown(contents));
}

export function createMainWindow(distDir: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(distDir));
  lockDown(window.webContents);
  window.once("ready-to-show", () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
