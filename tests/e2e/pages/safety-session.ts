/**
 * The safety tests' way in: the lighthouse story opened in the app, with its editor and banner
 * page objects. A test that needs a story and an empty data folder, or the data folder a crash
 * left, gets the test process's running app, reset (`sharedApp`: the crash's folder copied into
 * its own and the page reloaded, which is where every offer after a crash is read); one that
 * reads the start itself (the open limits; the page's clock; a launch story it names, or a
 * page that may close, with `own`) starts its own, closed after the test (host first, as a
 * crash would).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { sharedApp } from "../../support/app-reuse";
import { openApp, type AppHarness } from "../../support/harness";
import { BannerPage } from "./banner-page";
import { EditorPage } from "./editor-page";

export const SAFETY_STORY = path.resolve(
  import.meta.dirname,
  "../../fixtures/safety/lighthouse.txt",
);

export interface StartedApp {
  readonly app: AppHarness;
  readonly editor: EditorPage;
  readonly banners: BannerPage;
  /** The test process's running app (reset before the next test), not one of the test's own. */
  readonly shared: boolean;
}

export type StartOptions = Parameters<typeof openApp>[0] & {
  /** A start of its own even where the running app would do (a launch story it reads). */
  own?: boolean;
};

/** Whether a test's options read the start itself, which a reset app cannot give. */
const needsOwnStart = (options: StartOptions): boolean =>
  !!(options.own || options.limits || options.clock || options.browser);

/** Registers the clean-up and returns `start`, which opens the story (or another) in the app. */
export function safetySessions(): (options?: StartOptions) => Promise<StartedApp> {
  let apps: AppHarness[] = [];
  afterEach(async () => {
    // A test may have crashed an app already: closing it again is a no-op.
    for (const app of apps) {
      try {
        app.host.dispose();
      } catch {
        // Already disposed.
      }
      await app.close().catch(() => undefined);
    }
    apps = [];
  });
  return async (options = {}) => {
    const { own: _own, ...rest } = options;
    const shared = !needsOwnStart(options);
    const app = shared
      ? await sharedApp({ story: SAFETY_STORY, ...rest })
      : await openApp({ story: SAFETY_STORY, ...rest });
    if (!shared) apps.push(app);
    return {
      app,
      editor: new EditorPage(app.page),
      banners: new BannerPage(app.page, (file) => app.dialogs.open.push(file)),
      shared,
    };
  };
}

/**
 * The app is lost: nothing more reaches the disk, no save, no clean shutdown of the page.
 * Answers the data folder the next app starts with. An app of the test's own dies (its host
 * first); for the running app, what it has written so far is copied to a folder of its own, the
 * disk exactly as a crash at this moment leaves it (the app goes on, reset for the next test,
 * writing only to its own folder), and the next start (the running app, handed that copy, or
 * one of its own) reads that.
 */
export async function crash(started: StartedApp): Promise<string> {
  if (started.shared) {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-crash-")), "app-data");
    if (existsSync(started.app.dataDir)) cpSync(started.app.dataDir, dataDir, { recursive: true });
    return dataDir;
  }
  started.app.host.dispose();
  await started.app.close();
  return started.app.dataDir;
}

/** The working copies in the app's data folder, each as its JSON text. */
export function workingCopies(app: AppHarness): string[] {
  const folder = path.join(app.dataDir, "working-copies");
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => n.endsWith(".json"))
        .map((n) => readFileSync(path.join(folder, n), "utf8"))
    : [];
}
