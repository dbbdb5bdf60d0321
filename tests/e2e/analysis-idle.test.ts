/**
 * Issue 21: "idle" means the analysis has nothing on the way. A setting that changes the
 * analysis but not the text (a cast member added) asks the worker again for the same document;
 * the result already shown looked current, so a test that waited for idle went on while one
 * more result was coming (a screenshot a second later differed).
 *
 * A setting changed within the pause after an edit (the analysis waits 300 ms after typing)
 * must be analysed with that edit: asked for the text the worker last saw, its answer was taken
 * as current, the app called itself idle, and the edit's own request came after. Found as a
 * fresh-clone CI failure of the first test here, where the outline's regrouping of the opened
 * story was that edit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { nextFrame } from "../support/page-waits";

describe("waiting for the analysis (bundled story, Chromium)", () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await sharedApp();
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

  it("analyses an edit made just before a setting changed, and stays idle once it says so", async () => {
    const line = '"Good evening," said Perpetua.';
    await app.page.evaluate(
      async ([text, name]) => {
        const draftwise = (
          window as unknown as {
            draftwiseApp: {
              view: import("prosemirror-view").EditorView;
              commands: { run(id: string, a?: string): Promise<boolean> };
            };
          }
        ).draftwiseApp;
        const { view } = draftwise;
        // The end of the story's first paragraph (on screen: far scenes may be left undrawn).
        const end = 2 + view.state.doc.firstChild!.firstChild!.content.size;
        view.dispatch(view.state.tr.insertText(` ${text}`, end));
        // In the same task: the analysis is still waiting for the pause after that edit.
        await draftwise.commands.run("cast.add", name);
      },
      [line, "Perpetua"] as const,
    );
    await waitForAnalysis(app.page);
    // The line's opening quote mark is tinted for its speaker: the answer read the edit.
    const marked = await app.page.evaluate((words) => {
      const p = document.querySelector("#editor .ProseMirror p");
      return [...(p?.querySelectorAll("[class*=dw-speaker-]") ?? [])].some((m) => {
        const after = document.createRange();
        after.setStartAfter(m);
        after.setEnd(p!, p!.childNodes.length);
        return after.toString().startsWith(words);
      });
    }, "Good evening");
    expect(marked).toBe(true);
    await nextFrame(app.page);
    expect(await app.page.evaluate("window.draftwiseApp.analysisIdle()")).toBe(true);
  });
});
