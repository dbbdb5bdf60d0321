import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { EditorPage } from "./pages/editor-page";
import { OutlinePage } from "./pages/outline-page";

describe("status messages (bundled story, Chromium)", () => {
  let app: AppHarness;
  let editor: EditorPage;
  const message = () => editor.status.locator("[data-status=message]");

  beforeAll(async () => {
    app = await sharedApp();
    editor = new EditorPage(app.page);
  });
  afterAll(() => app.close());

  it("clears 'Saved' at the next edit", async () => {
    await editor.typeAtEndOf(0, " x");
    await editor.save();
    expect(await message().innerText()).toBe("Saved");
    await screenshot(app.page.locator("#status"), "status-saved.png");
    await app.page.keyboard.type("y");
    await message().waitFor({ state: "detached" });
  });

  it("fades a message after a few seconds without any edit", async () => {
    await editor.save();
    expect(await message().innerText()).toBe("Saved");
    await message().waitFor({ state: "detached", timeout: 10_000 });
  });

  it("counts the caret's scene with the count first, as the outline counts it", async () => {
    const outline = new OutlinePage(app.page);
    await outline.jumpTo(1);
    const listed = await outline.scene(1).locator(".outline-words").innerText();
    await expect.poll(() => editor.sceneWordsLabel()).toBe(`${listed.replace(/ w$/, "")} in scene`);
  });

  it("says what to do when a scene cannot be merged", async () => {
    await editor.runCommand("outline.merge", "0");
    const text = await message().innerText();
    expect(text).toMatch(/first scene/i);
    expect(text).not.toMatch(/cannot be merged/);
  });
});
