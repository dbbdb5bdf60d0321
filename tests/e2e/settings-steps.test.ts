/**
 * A change of the writer's settings (a voice in the Cast panel) is an undo step that keeps the
 * text: the story shows as unsaved, for Save writes the sidecar, and the working copy is written
 * for it, holding the settings beside the text (recovery-26: until then the copy held the text
 * only and this test held that a voice wrote none, so a crash with autosave off lost every Cast
 * panel change). The detected scenes' regroup, which changes neither, still writes none.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";
import { EditorPage } from "./pages/editor-page";

const STORY = [
  '"I guess the kettle\'s broken again," Harriet said. "Bloody thing."',
  'Mark laughed from the doorway. "You\'ll have to learn to love coffee."',
].join("\n\n");

/** The working copies in the data folder, read. */
function workingCopies(dataDir: string): { text: string; settings?: Record<string, unknown> }[] {
  const folder = path.join(dataDir, "working-copies");
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => n.endsWith(".json"))
        .map((n) => JSON.parse(readFileSync(path.join(folder, n), "utf8")) as never)
    : [];
}

describe("a settings step and the working copy", () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await sharedApp({ text: STORY + "\n", storyName: "kettle.txt" });
  });
  afterAll(() => app.close());

  it("a voice chosen marks the story unsaved and the working copy keeps it beside the text", async () => {
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
    // The copy due for the voice is written once its pause passes, and has landed after this;
    // so has any due for what the voice sets off (its analysis, a regroup of the scenes).
    await waitForAnalysis(app.page);
    await editor.waitForWorkingCopyQuiet();
    const [copy, ...more] = workingCopies(app.dataDir);
    expect(more).toEqual([]);
    expect(copy?.text).toBe(STORY + "\n");
    const kept = copy?.settings?.cast as { characters: { name: string; voice: string }[] };
    expect(kept.characters).toContainEqual(
      expect.objectContaining({ name: "Harriet", voice: "british" }),
    );
    // A typed letter is kept with the voice still beside it.
    await editor.typeAtEndOf(1, "!");
    await editor.waitForWorkingCopyQuiet();
    const [typed] = workingCopies(app.dataDir);
    expect(typed?.text).toContain('coffee."!');
    expect(typed?.settings).toEqual(copy?.settings);
  });
});
