/**
 * A change of the writer's settings (a voice in the Cast panel) is an undo step that keeps the
 * text: the story shows as unsaved, for Save writes the sidecar, but the working copy, which
 * keeps only the text, is not written for it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { openApp, waitForAnalysis, type AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";
import { EditorPage } from "./pages/editor-page";

const STORY = [
  '"I guess the kettle\'s broken again," Harriet said. "Bloody thing."',
  'Mark laughed from the doorway. "You\'ll have to learn to love coffee."',
].join("\n\n");

/** The working copies in the data folder. */
function workingCopies(dataDir: string): string[] {
  const folder = path.join(dataDir, "working-copies");
  return existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith(".json")) : [];
}

describe("a settings step and the working copy", () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp({ text: STORY + "\n", storyName: "kettle.txt" });
  });
  afterAll(() => app.close());

  it("a voice chosen marks the story unsaved and writes no working copy; a typed letter does", async () => {
    const cast = new CastPage(app.page);
    const editor = new EditorPage(app.page);
    await cast.open();
    await cast.waitForCharacter("Harriet");
    await waitForAnalysis(app.page);
    // The detected scenes' regroup is a document change too: its pause passes first (a clean
    // story writes nothing then), so only the voice is left to write a copy.
    await editor.waitForWorkingCopyQuiet();
    expect(workingCopies(app.dataDir)).toEqual([]);
    await cast.setVoice("Harriet", "british");
    await expect.poll(() => app.page.title()).toMatch(/^• /);
    // A copy due for the voice would be written once its pause passed, and landed, before this;
    // so would one due for what the voice sets off (its analysis, a regroup of the scenes).
    await waitForAnalysis(app.page);
    await editor.waitForWorkingCopyQuiet();
    expect(workingCopies(app.dataDir)).toEqual([]);
    // The same wait does see a copy when one is due: a typed letter is kept.
    await editor.typeAtEndOf(1, "!");
    await editor.waitForWorkingCopyQuiet();
    expect(workingCopies(app.dataDir)).toHaveLength(1);
  });
});
