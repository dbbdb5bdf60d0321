/**
 * The Electron shell's security settings, read from the very functions the app uses. Electron
 * itself is replaced by an empty module: these checks need no window.
 */
import { describe, expect, it, vi } from "vitest";
import { EventEmitter } from "node:events";

vi.mock("electron", () => ({
  BrowserWindow: class {},
  shell: { openExternal: vi.fn() },
  ipcMain: { handle: vi.fn() },
  net: {},
  protocol: {},
}));

const {
  isAppUrl,
  isSafeExternalUrl,
  lockDown,
  lockDownEveryWebContents,
  mainWindowOptions,
  openExternalSafely,
} = await import("../../electron/window");
const { isTrustedSender, trustedHandler, REFUSED } = await import("../../electron/ipc");
const { appResponse } = await import("../../electron/protocol");
const { CONTENT_SECURITY_POLICY } = await import("../../electron/host/app-files");

describe("the main window's webPreferences", () => {
  const prefs = mainWindowOptions("/app/dist").webPreferences!;

  it("isolates the page, sandboxes it, and gives it no Node", () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it("keeps web security on and risky features off", () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.enableBlinkFeatures).toBe("");
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe("Auxclick");
  });

  it("loads only the bundled preload", () => {
    expect(prefs.preload).toMatch(/[\\/]app[\\/]dist[\\/]electron[\\/]preload\.cjs$/);
  });
});

describe("URLs", () => {
  it.each([
    ["app://draftwise/index.html", true],
    ["app://draftwise/", true],
    ["app://evil/index.html", false],
    ["app://user:pw@draftwise/index.html", false],
    ["file:///etc/passwd", false],
    ["https://draftwise/", false],
    ["http://127.0.0.1:8080/index.html", false],
    ["not a url", false],
  ])("%s is an app page: %s", (url, expected) => expect(isAppUrl(url)).toBe(expected));

  it.each([
    ["https://example.com/guide", true],
    ["mailto:editor@example.com", true],
    ["http://example.com/", false],
    ["file:///C:/Windows/System32/calc.exe", false],
    ["javascript:alert(1)", false],
    ["smb://server/share", false],
    ["ms-msdt:/id", false],
    ["https://user:pw@example.com/", false],
    ["", false],
  ])("openExternal allows %s: %s", (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
    const open = vi.fn(async () => undefined);
    expect(openExternalSafely(url, open)).toBe(expected);
    expect(open).toHaveBeenCalledTimes(expected ? 1 : 0);
  });
});

/** A WebContents stand-in that records the handlers lockDown installs. */
function fakeContents() {
  const emitter = new EventEmitter();
  const handlers: Record<string, unknown> = {};
  const contents = {
    on: (name: string, fn: (...a: unknown[]) => void) => (emitter.on(name, fn), contents),
    setWindowOpenHandler: (fn: unknown) => void (handlers.open = fn),
    session: {
      setPermissionRequestHandler: (fn: unknown) => void (handlers.request = fn),
      setPermissionCheckHandler: (fn: unknown) => void (handlers.check = fn),
      setDevicePermissionHandler: (fn: unknown) => void (handlers.device = fn),
    },
  };
  return { contents, emitter, handlers };
}

const navigation = (url: string) => {
  const event = {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
  return event;
};

describe("lockDown", () => {
  const { contents, emitter, handlers } = fakeContents();
  const opened: string[] = [];
  lockDown(contents as never, async (url) => void opened.push(url));

  it("denies navigation and redirects away from the app", () => {
    for (const name of ["will-navigate", "will-redirect"]) {
      const away = navigation("https://example.com/");
      emitter.emit(name, away, away.url);
      expect(away.prevented).toBe(true);
      const home = navigation("app://draftwise/index.html");
      emitter.emit(name, home, home.url);
      expect(home.prevented).toBe(false);
    }
    const frame = navigation("https://example.com/");
    emitter.emit("will-frame-navigate", frame);
    expect(frame.prevented).toBe(true);
  });

  it("denies every new window, handing only https and mailto to the system", () => {
    const open = handlers.open as (d: { url: string }) => { action: string };
    expect(open({ url: "https://example.com/" })).toEqual({ action: "deny" });
    expect(open({ url: "file:///etc/passwd" })).toEqual({ action: "deny" });
    expect(opened).toEqual(["https://example.com/"]);
  });

  it("refuses webviews and every permission", () => {
    const attach = navigation("");
    emitter.emit("will-attach-webview", attach);
    expect(attach.prevented).toBe(true);
    for (const permission of [
      "media",
      "geolocation",
      "notifications",
      "clipboard-read",
      "openExternal",
    ]) {
      const answer = vi.fn();
      (handlers.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
        null,
        permission,
        answer,
      );
      expect(answer).toHaveBeenCalledWith(false);
      expect((handlers.check as (c: unknown, p: string) => boolean)(null, permission)).toBe(false);
    }
    expect((handlers.device as () => boolean)()).toBe(false);
  });
});

describe("every web contents", () => {
  it("is locked down as it is created, not only the main window", () => {
    const app = new EventEmitter();
    lockDownEveryWebContents(app as never);
    const { contents, handlers } = fakeContents();
    app.emit("web-contents-created", {}, contents);
    expect(
      (handlers.open as (d: { url: string }) => { action: string })({
        url: "https://example.com/",
      }),
    ).toEqual({ action: "deny" });
    expect(handlers.request).toBeTypeOf("function");
  });
});

describe("the app:// protocol", () => {
  const fetched: string[] = [];
  const fetchFile = async (url: string) => (fetched.push(url), new Response("<!doctype html>"));
  const ask = (url: string, method = "GET") =>
    appResponse("/app/dist/renderer", { url, method }, fetchFile);

  it("serves the renderer's files with the policy and nosniff", async () => {
    const response = await ask("app://draftwise/index.html");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(fetched.pop()).toBe("file:///app/dist/renderer/index.html");
  });

  it.each([
    "app://draftwise/../../etc/passwd",
    "app://draftwise/%2e%2e/%2e%2e/etc/passwd",
    "app://draftwise/..%2f..%2fetc%2fpasswd",
    "app://draftwise/a%5c..%5c..%5csecret",
    "app://draftwise/%00.html",
    "app://other/index.html",
  ])("never reads outside the renderer folder for %s", async (url) => {
    const before = fetched.length;
    const response = await ask(url);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    // Either refused outright, or (URL parsing already folded the dots) a path inside the folder.
    for (const read of fetched.slice(before))
      expect(read.startsWith("file:///app/dist/renderer/")).toBe(true);
    if (fetched.length === before) expect(response.status).toBe(404);
  });

  it("answers only GET and HEAD", async () => {
    expect((await ask("app://draftwise/index.html", "POST")).status).toBe(405);
    expect((await ask("app://draftwise/index.html", "HEAD")).status).toBe(200);
  });
});

describe("isTrustedSender", () => {
  const mainFrame = { url: "app://draftwise/index.html" };
  const ours = { mainFrame } as never;
  const trusted = () => ours;

  it("accepts the app's own window, top frame, app page", () => {
    expect(isTrustedSender({ sender: ours, senderFrame: mainFrame }, trusted)).toBe(true);
  });

  it("refuses another window, a subframe, a page that navigated away, and a gone frame", () => {
    const otherWindow = { mainFrame: { url: "app://draftwise/index.html" } };
    expect(
      isTrustedSender(
        { sender: otherWindow as never, senderFrame: otherWindow.mainFrame },
        trusted,
      ),
    ).toBe(false);
    expect(
      isTrustedSender(
        { sender: ours, senderFrame: { url: "app://draftwise/index.html" } },
        trusted,
      ),
    ).toBe(false);
    const navigated = { mainFrame: { url: "https://evil.example/" } };
    expect(
      isTrustedSender(
        { sender: navigated as never, senderFrame: navigated.mainFrame },
        () => navigated as never,
      ),
    ).toBe(false);
    expect(isTrustedSender({ sender: ours, senderFrame: null }, trusted)).toBe(false);
    expect(isTrustedSender({ sender: ours, senderFrame: mainFrame }, () => null)).toBe(false);
  });

  it("runs the host method only for a trusted sender", async () => {
    const saveStory = vi.fn(async () => ({ ok: true, value: null }));
    const handler = trustedHandler({ saveStory } as never, "saveStory", trusted);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(
      await handler(
        { sender: { mainFrame: {} } as never, senderFrame: { url: "https://evil.example/" } },
        { path: "/etc/passwd" },
      ),
    ).toEqual(REFUSED);
    expect(saveStory).not.toHaveBeenCalled();
    expect(await handler({ sender: ours, senderFrame: mainFrame }, { path: "/story.txt" })).toEqual(
      { ok: true, value: null },
    );
    expect(saveStory).toHaveBeenCalledWith({ path: "/story.txt" });
    warn.mockRestore();
  });
});
