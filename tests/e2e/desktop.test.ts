/**
 * The desktop commands, each run through the renderer's one registry as the native menu runs
 * them (a `{type: "command"}` host event), against the real renderer and Node host in Chromium.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { EditorView } from "prosemirror-view";
import { sharedApp } from "../support/app-reuse";
import { SEED_STORY, waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { BannerPage } from "./pages/banner-page";
import { EditorPage } from "./pages/editor-page";
import { FindPage } from "./pages/find-page";
import { waitForReady } from "../support/page-waits";

const STORY = path.resolve(import.meta.dirname, "../fixtures/desktop/lighthouse.txt");
const story = readFileSync(STORY, "utf8");

let app: AppHarness;
let editor: EditorPage;
let finder: FindPage;

const menu = (command: string, arg?: string) =>
  app.emit({ type: "command", command, ...(arg ? { arg } : {}) });
const docText = () =>
  app.page.evaluate(() =>
    (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text(),
  );
const html = (attr: string) =>
  app.page.evaluate((a) => document.documentElement.getAttribute(a), attr);
// The test process's running app, reset before each test (a test that reloads starts its own).

const use = (opened: AppHarness) => {
  app = opened;
  editor = new EditorPage(app.page);
  finder = new FindPage(app.page);
};
beforeEach(async () => {
  use(await sharedApp({ story: STORY, storyName: "lighthouse.txt" }));
});
afterEach(() => app.close());

describe("File menu", () => {
  it("opens a story chosen in the open dialog", async () => {
    const other = path.join(app.dir, "second.md");
    copyFileSync(STORY, other);
    app.dialogs.open.push(other);
    await menu("file.open");
    await expect.poll(() => editor.fileLabel()).toBe("second.md");
    expect(await app.page.title()).toBe("second.md — Draftwise");
    // F5 in the browser, words typed a moment before (the working copy's pause not yet over):
    // the story the writer had open comes back, not the launch story, its words on offer.
    await editor.typeAtEndOf(0, " Typed before F5.");
    app.page.once("dialog", (dialog) => void dialog.accept());
    await app.page.reload();
    await waitForReady(app.page);
    expect(await editor.fileLabel()).toBe("second.md");
    const banners = new BannerPage(app.page);
    expect(await banners.message("recovery")).toContain("second.md");
    await banners.click("recovery", "Restore");
    expect(await docText()).toContain("Typed before F5.");
  });

  it("puts the caret in a story opened in place, wherever the focus was, but not past the find bar", async () => {
    const inStory = () =>
      app.page.evaluate(() => !!document.activeElement?.closest("#editor .ProseMirror"));
    const open = async (name: string) => {
      const other = path.join(app.dir, name);
      copyFileSync(STORY, other);
      app.dialogs.open.push(other);
      await menu("file.open");
      await expect.poll(() => editor.fileLabel()).toBe(name);
    };
    // The focus in a panel's box (the outline's filter), then nowhere (a pressed button gone).
    await app.page.locator(".outline-filter").focus();
    expect(await inStory()).toBe(false);
    await open("second.txt");
    expect(await inStory()).toBe(true);
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await open("third.txt");
    expect(await inStory()).toBe(true);
    // A writer in the find bar keeps typing there: the next story is searched as it opens.
    await menu("edit.find");
    expect(await finder.isOpen()).toBe(true);
    await open("fourth.txt");
    expect(await app.page.evaluate(() => !!document.activeElement?.closest(".find-bar"))).toBe(
      true,
    );
  });

  it("shows a story opened in place from its beginning, not scrolled as the last one was", async () => {
    const scroller = app.page.locator("#editor-scroll");
    await editor.editor.focus();
    await editor.press("Control+End");
    await scroller.evaluate((e) => (e.scrollTop = e.scrollHeight));
    expect(await scroller.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    expect(await editor.textBeforeCaret()).not.toBe("");
    const other = path.join(app.dir, "second.txt");
    copyFileSync(STORY, other);
    app.dialogs.open.push(other);
    await menu("file.open");
    await expect.poll(() => editor.fileLabel()).toBe("second.txt");
    expect(await scroller.evaluate((e) => e.scrollTop)).toBe(0);
    // The caret with it, where the next key lands.
    expect(await editor.textBeforeCaret()).toBe("");
  });

  // Found in trev-27: the fix above also threw a writer who reloaded the same story (changed
  // on disk) back to its first line, the caret with it.
  it("keeps the writer's place in a story reloaded from disk", async () => {
    const scroller = app.page.locator("#editor-scroll");
    const long = path.join(app.dir, "long.txt");
    const text = readFileSync(SEED_STORY, "utf8");
    copyFileSync(SEED_STORY, long);
    app.dialogs.open.push(long);
    await menu("file.open");
    await expect.poll(() => editor.fileLabel()).toBe("long.txt");
    await editor.clickAfter("looking for her sweatshirt");
    const head = () =>
      app.page.evaluate(
        () =>
          (window as unknown as { draftwiseApp: { view: EditorView } }).draftwiseApp.view.state
            .selection.head,
      );
    // The caret's paragraph up to the caret: the writer's place in the text, whatever the layout.
    const before = () =>
      app.page.evaluate(() => {
        const { $head } = (window as unknown as { draftwiseApp: { view: EditorView } }).draftwiseApp
          .view.state.selection;
        return $head.parent.textBetween(0, $head.parentOffset);
      });
    const place = {
      head: await head(),
      before: await before(),
      top: await scroller.evaluate((e) => e.scrollTop),
    };
    expect(place.before).toMatch(/looking for her sweatshirt$/);
    expect(place.top).toBeGreaterThan(0);
    // Changed after the caret, as another program (a sync) might.
    writeFileSync(long, text.replace("looking forward to seeing Red", "hoping to see Red"));
    const banners = new BannerPage(app.page);
    await banners.waitFor(/changed on disk/);
    await banners.click("changed-on-disk", "Reload");
    await expect.poll(docText).toContain("hoping to see Red");
    // Read again, the story opens split at its markers only until the analysis groups its
    // scenes again: the caret stays in the same place in the text through both layouts.
    expect(await before()).toBe(place.before);
    await waitForAnalysis(app.page);
    expect(await before()).toBe(place.before);
    expect(await head()).toBe(place.head);
    // Within a line (27 px): scenes off screen are laid out again from their estimated heights.
    const top = await scroller.evaluate((e) => e.scrollTop);
    expect(Math.abs(top - place.top)).toBeLessThan(27);
  });

  it("saves as a new file, byte for byte, and keeps working on it", async () => {
    const target = path.join(app.dir, "copy.txt");
    app.dialogs.save.push(target);
    await menu("file.saveAs");
    await expect.poll(() => existsSync(target)).toBe(true);
    expect(readFileSync(target, "utf8")).toBe(story);
    await expect.poll(() => editor.fileLabel()).toBe("copy.txt");
  });

  it("opens the export dialog from the menu when the export feature is there", async (ctx) => {
    const has = await app.page.evaluate(
      () =>
        !!(
          window as unknown as { draftwiseApp: { commands: { get(id: string): unknown } } }
        ).draftwiseApp.commands.get("file.export"),
    );
    if (!has) return ctx.skip(); // file.export belongs to the export feature (its own tests write the files).
    await menu("file.export");
    await expect.poll(() => app.page.locator("dialog[open]").count()).toBe(1);
  });

  it("shows the unsaved marker in the title, and New starts an untitled story", async () => {
    await editor.typeAtEndOf(0, " Still.");
    expect(await app.page.title()).toBe("• lighthouse.txt — Draftwise");
    await menu("file.new");
    await app.page.locator("[data-banner-id=unsaved-changes]").waitFor();
    await menu("file.new", "discard");
    // The working copy is written first, then the story is replaced.
    await expect.poll(docText).toBe("");
    expect(await app.page.title()).toBe("Untitled — Draftwise");
    expect(readFileSync(app.storyPath, "utf8")).toBe(story);
  });
});

describe("find and replace", () => {
  it("finds with case, whole-word and regular-expression options and counts matches", async () => {
    await menu("edit.find");
    expect(await finder.isOpen()).toBe(true);
    await finder.typeSearch("the lamp");
    await expect.poll(() => finder.countText()).toMatch(/of 6$/);
    await finder.toggle("caseSensitive");
    await expect.poll(() => finder.countText()).toMatch(/of 3$|^3 matches$/);
    await finder.toggle("caseSensitive");
    await finder.typeSearch("lamp");
    await expect.poll(() => finder.countText()).toMatch(/7/);
    await finder.toggle("wholeWord");
    await expect.poll(() => finder.countText()).toMatch(/of 6$|^6 matches$/);
    await finder.toggle("wholeWord");
    await finder.toggle("regexp");
    await finder.typeSearch("T\\w+iah");
    await expect.poll(() => finder.countText()).toMatch(/of 2$|^2 matches$/);
    expect(await finder.activeMatch()).toBe("Tobiah");
    await finder.typeSearch("(unclosed");
    await expect.poll(() => finder.countText()).toBe("Invalid pattern");
  });

  it("steps through matches with F3 and Shift+F3 and closes with Escape back into the story", async () => {
    await editor.editor.click();
    await editor.press("Control+f");
    await expect.poll(() => finder.isOpen()).toBe(true);
    await finder.typeSearch("Tobiah");
    await expect.poll(() => finder.countText()).toMatch(/^[12] of 2$/);
    const first = await finder.countText();
    const second = first === "1 of 2" ? "2 of 2" : "1 of 2";
    await editor.press("Enter");
    await expect.poll(() => finder.countText()).toBe(second);
    await editor.press("Shift+F3");
    await expect.poll(() => finder.countText()).toBe(first);
    await menu("edit.findNext");
    await expect.poll(() => finder.countText()).toBe(second);
    await editor.press("Escape");
    expect(await finder.isOpen()).toBe(false);
    expect(await finder.highlightCount()).toBe(0);
    expect(
      await app.page.evaluate(() => document.activeElement?.classList.contains("ProseMirror")),
    ).toBe(true);
  });

  it("replaces all in one step that a single undo takes back", async () => {
    // One insertion, so the second undo below takes all of it back (typed, it failed at load 20).
    await editor.insertAtEndOf(0, " Up.");
    await menu("edit.replace");
    await finder.typeSearch("lamp");
    await finder.toggle("wholeWord");
    await finder.typeReplacement("lantern");
    await finder.replaceAll();
    const replaced = await docText();
    expect(replaced.match(/\blantern\b/g)).toHaveLength(6);
    expect(replaced).toContain("lamplight");
    expect(replaced).toContain("Up.");
    await expect.poll(() => finder.countText()).toBe("Replaced 6 · No matches");
    expect(await editor.status.innerText()).toContain("Replaced 6 matches");
    await menu("edit.undo");
    const undone = await docText();
    expect(undone).not.toContain("lantern");
    expect(undone).toContain("Up.");
    await menu("edit.undo");
    expect(await docText()).toBe(story);
  });

  it("undoes a Replace All with Ctrl+Z in the find field, which has nothing of its own to undo", async () => {
    await menu("edit.replace");
    await finder.typeSearch("lamp");
    await finder.typeReplacement("lantern");
    await finder.replaceAll();
    expect(await docText()).toContain("lantern");
    await finder.search.focus();
    await editor.press("Control+z");
    await expect.poll(docText).toBe(story);
    expect(await finder.search.inputValue()).toBe("lamp");
    // Typed in again, the field undoes its own typing first.
    await finder.search.press("End");
    await app.page.keyboard.type("s");
    await editor.press("Control+z");
    expect(await docText()).toBe(story);
  });

  it("shows case sensitivity as a toggle that says what it does and whether it is on", async () => {
    await menu("edit.replace");
    await finder.typeSearch("the lamp");
    const matchCase = app.page.getByRole("button", { name: "Match case", exact: true });
    expect(await matchCase.getAttribute("aria-pressed")).toBe("false");
    await matchCase.click();
    expect(await matchCase.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => finder.countText()).toMatch(/of 3$|^3 matches$/);
    await app.page.getByRole("button", { name: "Replace All", exact: true }).waitFor();
    await screenshot(finder.bar, "find-bar.png");
  });

  it("replaces one match at a time", async () => {
    await menu("edit.replace");
    await finder.typeSearch("Tobiah");
    await finder.typeReplacement("Tobias");
    await finder.replace.press("Enter");
    await expect.poll(async () => (await docText()).match(/Tobias/g)?.length ?? 0).toBe(1);
    expect((await docText()).match(/Tobiah/g)).toHaveLength(1);
  });
});

describe("View menu", () => {
  it("shows a panel with focus in it through the registry, and hides it when run from inside", async () => {
    const visible = (id: string) =>
      app.page.evaluate(
        (p) =>
          (
            window as unknown as { draftwiseApp: { panels: { isVisible(id: string): boolean } } }
          ).draftwiseApp.panels.isVisible(p),
        id,
      );
    const focusIn = (id: string) =>
      app.page.evaluate((p) => !!document.activeElement?.closest(`#panel-${p}`), id);
    const inStory = () =>
      app.page.evaluate(() => !!document.activeElement?.closest(".ProseMirror"));
    for (const id of ["outline", "cast", "notes"]) {
      await menu(`view.${id}`);
      expect(await visible(id), id).toBe(true);
      expect(await focusIn(id), id).toBe(true);
      await menu(`view.${id}`);
      expect(await visible(id), id).toBe(false);
      expect(await inStory(), id).toBe(true);
      await menu(`view.${id}`);
      expect(await visible(id), id).toBe(true);
    }
    // An unknown panel is a no-op.
    await menu("view.nothing");
  });

  it("focus mode hides the panels, dims other paragraphs and centres the current one", async () => {
    await editor.typeAtEndOf(4, "");
    await menu("view.focusMode");
    expect(await html("data-focus")).toBe("on");
    const panelsShown = await app.page.evaluate(() =>
      ["left-panel", "right-panel"].map(
        (id) => getComputedStyle(document.getElementById(id)!).display !== "none",
      ),
    );
    expect(panelsShown).toEqual([false, false]);
    const current = app.page.locator(".story .focus-current");
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.innerText()).toContain("By evening the boat");
    await expect
      .poll(() => editor.paragraph(0).evaluate((p) => Number(getComputedStyle(p).opacity)))
      .toBeLessThan(0.5);
    await expect
      .poll(() =>
        app.page.evaluate(() => {
          const box = document.querySelector(".story .focus-current")!.getBoundingClientRect();
          const frame = document.getElementById("editor-scroll")!.getBoundingClientRect();
          return Math.abs(box.top + box.height / 2 - (frame.top + frame.height / 2));
        }),
      )
      .toBeLessThan(30);
    await screenshot(app.page, "focus.png");
    await menu("view.focusMode");
    expect(await html("data-focus")).toBeNull();
    expect(await app.page.locator(".story .focus-current").count()).toBe(0);
  });

  it("switches light and dark themes, and remembers the choice", async () => {
    // A reload: the page reads its story and the writer's preferences again, as at a start.
    const background = () =>
      app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await menu("view.theme", "light");
    expect(await html("data-theme")).toBe("light");
    const light = await background();
    await menu("edit.find");
    await finder.typeSearch("lamp");
    await screenshot(app.page, "theme-light.png");
    await menu("view.theme", "dark");
    expect(await html("data-theme")).toBe("dark");
    expect(await background()).not.toBe(light);
    await screenshot(app.page, "theme-dark.png");
    await app.reload();
    expect(await html("data-theme")).toBe("dark");
    await menu("view.theme", "system");
    await app.page.emulateMedia({ colorScheme: "light" });
    expect(await background()).toBe(light);
  });

  it("zooms the story's type in and out and back", async () => {
    const size = () =>
      editor.editor.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    const base = await size();
    await menu("view.zoomIn");
    await menu("view.zoomIn");
    expect(await size()).toBeCloseTo(base * 1.2, 1);
    await menu("view.zoomOut");
    expect(await size()).toBeCloseTo(base * 1.1, 1);
    await menu("view.zoomReset");
    expect(await size()).toBeCloseTo(base, 1);
  });

  it("lists keyboard shortcuts from the registry in a dialog that Escape closes", async () => {
    await menu("help.shortcuts");
    const dialog = app.page.locator("dialog[data-dialog=shortcuts]");
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toMatch(/Find[\s\S]*Ctrl\+F/);
    await editor.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
