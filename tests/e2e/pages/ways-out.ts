/**
 * The ways a writer leaves the open story for another one, each as the writer (or Electron's
 * main) does it: File > Open from the page's menu or the native menu, Ctrl+O, Open Recent and a
 * draft dropped on the window. Each leaves for `other`; the open dialog "chooses" it when asked.
 */
import type { AppHarness } from "../../support/harness";
import { waitInPage } from "../../support/page-waits";

export interface WayOut {
  /** Readies the page before the writer edits (the drop's bridge needs a fresh start). */
  prepare?(app: AppHarness): Promise<void>;
  leave(app: AppHarness, other: string): Promise<void>;
}

/** Shows where a dropped file went: the page hands its name to the test, as the preload hands a path to main. */
const DROP_BRIDGE = "draftwiseTestDrop";

export const waysOut: Record<string, WayOut> = {
  "File > Open in the page's menu": {
    leave: async (app, other) => {
      app.dialogs.open.push(other);
      await app.page.locator(".app-menu-button").click();
      await app.page.locator('.app-menu-item[data-command="file.open"]').click();
    },
  },
  "File > Open in the native menu": {
    leave: async (app, other) => {
      app.dialogs.open.push(other);
      await app.emit({ type: "command", command: "file.open" });
    },
  },
  "Ctrl+O in the story": {
    leave: async (app, other) => {
      app.dialogs.open.push(other);
      await app.page.locator("#editor .ProseMirror").focus();
      await app.page.keyboard.press("Control+o");
    },
  },
  "Open Recent": {
    leave: async (app, other) => {
      app.grant(other);
      await app.emit({ type: "open-file", path: other });
    },
  },
  "a draft dropped on the window": { prepare: installDropBridge, leave: dropFile },
};

/** Until the app has `file` open: a way out's last step (a save first, perhaps) is done. */
export async function openedIn(app: AppHarness, file: string): Promise<void> {
  await waitInPage(app.page, `window.draftwiseApp.file?.path === ${JSON.stringify(file)}`);
}

/** Per page, who waits for the next file the page hands on. */
const droppedOn = new WeakMap<AppHarness, { next: (name: string) => void }>();

/**
 * A page cannot see a dropped file's path; in Electron the preload's
 * `draftwiseShell.openDroppedFile` asks for it and main opens it (electron/dropped-files.ts). The
 * test stands in for both: its bridge tells the test which file was dropped. The page is
 * reloaded so the app finds the bridge when it starts, as it finds the preload's.
 */
async function installDropBridge(app: AppHarness): Promise<void> {
  const bridge = { next: (_name: string): void => undefined };
  droppedOn.set(app, bridge);
  await app.page.exposeFunction(DROP_BRIDGE, (name: string) => (bridge.next(name), true));
  await app.page.addInitScript((bridge: string) => {
    const send = (window as unknown as Record<string, (name: string) => Promise<boolean>>)[bridge]!;
    (window as unknown as { draftwiseShell: unknown }).draftwiseShell = {
      openDroppedFile: (f: File) => send(f.name),
    };
  }, DROP_BRIDGE);
  await app.reload();
}

/** Drops `file` on the story; once the page hands it on, grants it and sends `open-file` as main does. */
async function dropFile(app: AppHarness, file: string): Promise<void> {
  const bridge = droppedOn.get(app);
  if (!bridge) throw new Error("install the drop bridge before dropping");
  // The page hands the name on when it handles the drop: waited for as that event, not polled.
  const handed = new Promise<string>((resolve) => (bridge.next = resolve));
  await app.page.evaluate((name) => {
    const data = new DataTransfer();
    data.items.add(new File(["dropped"], name, { type: "text/plain" }));
    const target = document.querySelector("#editor .ProseMirror")!;
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true }));
  }, file.split("/").at(-1)!);
  const name = await handed;
  if (!file.endsWith(`/${name}`)) throw new Error(`dropped ${name}, expected ${file}`);
  app.grant(file);
  await app.emit({ type: "open-file", path: file });
}
