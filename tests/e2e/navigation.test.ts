/**
 * Moving the caret with the keyboard through a story long enough that most scenes are skipped
 * (content-visibility) while off screen.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openApp, SEED_STORY, type AppHarness } from "../support/harness";

/** The bundled story ten times over: about 30,000 words, 90 scenes. */
function longStory(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-long-")), "long.txt");
  const seed = readFileSync(SEED_STORY, "utf8").trimEnd();
  writeFileSync(file, `${Array.from({ length: 10 }, () => seed).join("\n\n")}\n`);
  return file;
}

/** Where the browser's caret is, as a document position (ProseMirror reads it a task later). */
function caret(app: AppHarness): Promise<number> {
  return app.page.evaluate(() => {
    const view = (
      window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
    ).draftwiseApp.view;
    const selection = document.getSelection()!;
    return view.posAtDOM(selection.focusNode!, selection.focusOffset);
  });
}

describe("keyboard navigation in a long story (Chromium)", () => {
  let app: AppHarness;
  let scenes: { from: number; to: number }[];

  beforeAll(async () => {
    app = await openApp({ story: longStory() });
    await app.page.waitForFunction(() => document.querySelectorAll("section.scene").length > 50);
    scenes = (await app.page.evaluate(() => {
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      const out: { from: number; to: number }[] = [];
      view.state.doc.forEach((scene, pos) => out.push({ from: pos, to: pos + scene.nodeSize }));
      return out;
    })) as { from: number; to: number }[];
  });
  afterAll(() => app.close());

  it("ArrowDown at the end of a scene goes on into the next scene, not to the story's end", async () => {
    for (const k of [0, 10, 25, 40]) {
      const scene = scenes[k]!;
      // The caret at the end of the scene, as going to a place in the story puts it.
      await app.page.evaluate((end) => {
        const view = (
          window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
        ).draftwiseApp.view;
        const Text = view.state.selection
          .constructor as typeof import("prosemirror-state").TextSelection;
        view.focus();
        view.dispatch(
          view.state.tr.setSelection(Text.create(view.state.doc, end)).scrollIntoView(),
        );
      }, scene.to - 2);
      expect(await caret(app)).toBeLessThan(scene.to);
      for (let i = 0; i < 3; i++) await app.page.keyboard.press("ArrowDown");
      const after = await caret(app);
      expect(after, `ArrowDown from scene ${k + 1}`).toBeGreaterThan(scene.to);
      expect(after, `ArrowDown from scene ${k + 1}`).toBeLessThan(scenes[k + 2]!.to);

      for (let i = 0; i < 3; i++) await app.page.keyboard.press("ArrowUp");
      const back = await caret(app);
      expect(back, `ArrowUp into scene ${k + 1}`).toBeLessThan(scene.to);
      expect(back, `ArrowUp into scene ${k + 1}`).toBeGreaterThan(scene.from);
    }
  });
});
