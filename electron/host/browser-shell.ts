/**
 * The browser shell: the same Node host Electron's main builds (path-guarded, the story read
 * ahead while the page loads), answered over loopback to a browser window instead of over IPC.
 * `npm start` uses it where Electron is missing, and the end-to-end tests open the app through
 * it, so the tests run what a writer runs. Nothing here imports Electron.
 */
import os from "node:os";
import path from "node:path";
import { ensureWritersCopy } from "../default-story";
import { startBrowserServer, type BrowserServer, type GraceTimer } from "./browser-server";
import { createNodeHost, type Dialogs, type NodeHost } from "./node-host";
import { guardPaths, type GuardedHost } from "./path-guard";
import type { OpenLimits } from "./story-files";

export interface BrowserShellOptions {
  readonly rendererDir: string;
  /** The story to open; when absent, the writer's copy of `bundledStory`. */
  readonly launchFile?: string | null;
  readonly bundledStory: string;
  /** Where the writer's copy of the bundled story goes (`<documents>/Draftwise/`). */
  readonly documentsDir: string;
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  readonly port?: number;
  /** Called after each open or save (the launcher remembers the story's folder). */
  readonly onStoryOpened?: (file: string) => void;
  /** Watch the open story for changes by other programs (default true). */
  readonly watch?: boolean;
  /** Open limits other than the usual ones; tests use small ones. */
  readonly limits?: OpenLimits;
  /** How a closed page stream's grace ends (browser-server.ts `PAGE_GRACE_MS`); tests end it. */
  readonly pageGrace?: GraceTimer;
}

export interface BrowserShell {
  /** The address to open, secret included. */
  readonly url: string;
  readonly server: BrowserServer;
  /** The unguarded Node host (for tests that push events or stop it). */
  readonly host: NodeHost;
  /** What the page talks to. */
  readonly guarded: GuardedHost;
  close(): Promise<void>;
}

/** The app's data folder, where Electron's `userData` is for an app named Draftwise. */
export function appDataDir(platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === "darwin") return path.join(home, "Library", "Application Support", "Draftwise");
  if (platform === "win32")
    return path.join(env.APPDATA ?? path.join(home, "AppData", "Roaming"), "Draftwise");
  return path.join(env.XDG_CONFIG_HOME || path.join(home, ".config"), "Draftwise");
}

/** The writer's documents folder, as Electron's `app.getPath("documents")` gives it. */
export function documentsDir(): string {
  return path.join(os.homedir(), "Documents");
}

export async function openBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const launchFile = options.launchFile ? path.resolve(options.launchFile) : null;
  const host = createNodeHost({
    dialogs: options.dialogs,
    dataDir: options.dataDir,
    watch: options.watch,
    onStoryOpened: options.onStoryOpened,
    ...(options.limits ? { limits: options.limits } : {}),
    defaultStoryPath: async () => {
      const file =
        launchFile ?? (await ensureWritersCopy(options.bundledStory, options.documentsDir));
      guarded.grant(file);
      return file;
    },
  });
  const guarded = guardPaths(host);
  // The page takes a while to load its scripts: the story is read by the time it asks.
  void host.readAheadDefaultStory();
  const server = await startBrowserServer({
    rendererDir: options.rendererDir,
    host: guarded,
    port: options.port,
    // A closed or crashed tab no longer keeps another tab from discarding its copy.
    onPageGone: (page) => host.letGo(page),
    ...(options.pageGrace ? { pageGrace: options.pageGrace } : {}),
  });
  return {
    url: server.url,
    server,
    host,
    guarded,
    close: async () => {
      host.dispose();
      await server.close();
    },
  };
}
