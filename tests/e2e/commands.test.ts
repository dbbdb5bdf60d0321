/**
 * Issue 21: a registry command says whether it applied, and the page's menu greys out a
 * command by the same check (bundled story, Chromium).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { EditorPage } from "./pages/editor-page";

describe("registry commands", () => {
  let app: AppHarness;
  let editor: EditorPage;
  /** Runs a command as the menu does and returns the registry's answer. */
  const run = (id: string, arg?: string) =>
    app.page.evaluate(
      ([command, a]) =>
        (
          window as unknown as {
            draftwiseApp: { commands: { run(id: string, a?: string): Promise<boolean> } };
          }
        ).draftwiseApp.commands.run(command!, a),
      [id, arg] as const,
    );
  /** Whether the page's menu offers the command (open, look, close again). */
  const offered = async (id: string): Promise<boolean> => {
    await app.page.locator(".app-menu-button").click();
    const enabled = await app.page.locator(`.app-menu-item[data-command="${id}"]`).isEnabled();
    await app.page.keyboard.press("Escape");
    return enabled;
  };

  // Each test on the story as it opens (nothing to undo): the test process's app, reset.
  beforeEach(async () => {
    app = await sharedApp();
    editor = new EditorPage(app.page);
  });
  afterEach(() => app.close());

  it("say they did not apply when they did nothing, and that they did when they did", async () => {
    const text = await app.page.evaluate(() =>
      (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text(),
    );
    expect(await run("edit.undo")).toBe(false);
    // The first scene has none before it to merge with.
    expect(await run("outline.merge", "0")).toBe(false);
    expect(await run("cast.add")).toBe(false);
    await editor.typeAtEndOf(0, " Noted.");
    expect(await run("edit.undo")).toBe(true);
    await expect
      .poll(() =>
        app.page.evaluate(() =>
          (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text(),
        ),
      )
      .toBe(text);
    expect(await run("edit.redo")).toBe(true);
    expect(await run("edit.redo")).toBe(false);
  });

  it("include the features' own (a session word target set by its command shows in the status bar)", async () => {
    expect(await run("view.sessionTarget", "500")).toBe(true);
    await expect
      .poll(() => app.page.locator("#status [data-status=session]").innerText())
      .toMatch(/\/ 500 \(/);
    expect(await run("view.sessionTarget", "0")).toBe(true);
    await expect
      .poll(() => app.page.locator("#status [data-status=session]").innerText())
      .toMatch(/this session$/);
  });

  it("file.open and file.new say whether the story was replaced, not whether a question was asked", async () => {
    // The open dialog is cancelled (nothing scripted): nothing opened.
    expect(await run("file.open")).toBe(false);
    await editor.typeAtEndOf(0, " Unsaved.");
    // An edited story: the unsaved-changes question is asked, the story stays.
    expect(await run("file.new")).toBe(false);
    expect(await run("file.open")).toBe(false);
    await app.page.locator('#banners .banner[data-banner-id="unsaved-changes"]').waitFor();
    expect(await editor.fileLabel()).not.toMatch(/^Untitled/);
    expect(await run("file.new", "discard")).toBe(true);
    await expect.poll(() => editor.fileLabel()).toMatch(/^Untitled/);
    // An untouched story leaves without a question.
    expect(await run("file.new")).toBe(true);
  });

  it("grey out in the page's menu exactly when they would not apply (Undo with nothing to undo)", async () => {
    expect(await offered("edit.undo")).toBe(false);
    expect(await offered("edit.redo")).toBe(false);
    expect(await offered("file.save")).toBe(true);
    await editor.typeAtEndOf(0, " Again.");
    expect(await offered("edit.undo")).toBe(true);
    expect(await offered("edit.redo")).toBe(false);
  });
});
