/**
 * The safety tests' way in: the lighthouse story opened in the app, with its editor and banner
 * page objects, and every app opened in a test closed after it (host first, as a crash would).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach } from "vitest";
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
}

/** Registers the clean-up and returns `start`, which opens the story (or another) in the app. */
export function safetySessions(): (options?: Parameters<typeof openApp>[0]) => Promise<StartedApp> {
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
    const app = await openApp({ story: SAFETY_STORY, ...options });
    apps.push(app);
    return {
      app,
      editor: new EditorPage(app.page),
      banners: new BannerPage(app.page, (file) => app.dialogs.open.push(file)),
    };
  };
}

/** The app is lost: the host dies with no save and no clean shutdown of the page. */
export async function crash(started: StartedApp): Promise<void> {
  started.app.host.dispose();
  await started.app.close();
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
