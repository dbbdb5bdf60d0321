/**
 * Issue 21: "idle" means the analysis has nothing on the way. A setting that changes the
 * analysis but not the text (a cast member added) asks the worker again for the same document;
 * the result already shown looked current, so a test that waited for idle went on while one
 * more result was coming (a screenshot a second later differed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, waitForAnalysis, type AppHarness } from "../support/harness";

describe("waiting for the analysis (bundled story, Chromium)", () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  /** Runs a command and reads, in the same task, whether the app then calls itself idle. */
  const idleAfter = (id: string, arg?: string) =>
    app.page.evaluate(
      async ([command, a]) => {
        const draftwise = (
          window as unknown as {
            draftwiseApp: {
              commands: { run(id: string, a?: string): Promise<boolean> };
              analysisIdle(): boolean;
            };
          }
        ).draftwiseApp;
        const applied = await draftwise.commands.run(command!, a);
        return { applied, idle: draftwise.analysisIdle() };
      },
      [id, arg] as const,
    );

  it("is not idle while a setting's new analysis is on its way, and is again once it came", async () => {
    await waitForAnalysis(app.page);
    expect(await idleAfter("cast.add", "Ottoline")).toEqual({ applied: true, idle: false });
    await waitForAnalysis(app.page);
    expect(await app.page.evaluate("window.draftwiseApp.analysisIdle()")).toBe(true);
  });
});
