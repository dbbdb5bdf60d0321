import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { CastPage } from "./pages/cast-page";
import { EditorPage } from "./pages/editor-page";
import { NotesPage } from "./pages/notes-page";

describe("working from the keyboard alone (bundled story, Chromium)", () => {
  let app: AppHarness;
  let editor: EditorPage;
  let notes: NotesPage;
  /** Where focus is: the story, a panel (by id), a note card's fix, or something else. */
  const focus = () =>
    app.page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return "nowhere";
      if (active.closest(".ProseMirror")) return "story";
      if (active.classList.contains("note-card-fix")) return "fix";
      if (active.closest(".note-card")) return "card";
      const panel = active.closest<HTMLElement>("section.panel-body");
      return panel ? panel.id : active.tagName.toLowerCase();
    });

  beforeAll(async () => {
    app = await sharedApp();
    editor = new EditorPage(app.page);
    notes = new NotesPage(app.page);
    await editor.editor.click();
  });
  afterAll(() => app.close());

  it("shows a panel with Ctrl+1, 2 or 3 and moves focus into it; Escape goes back to the story", async () => {
    await editor.press("Control+1");
    expect(await focus()).toBe("panel-outline");
    await editor.press("Escape");
    expect(await focus()).toBe("story");
    await editor.press("Control+3");
    expect(await focus()).toBe("panel-notes");
    expect(await app.page.locator("#panel-notes").isVisible()).toBe(true);
    // From one panel straight to another.
    await editor.press("Control+2");
    expect(await focus()).toBe("panel-cast");
    expect(await app.page.locator("#panel-notes").isVisible()).toBe(false);
    await editor.press("Escape");
    expect(await focus()).toBe("story");
  });

  it("goes back to the story with Escape from a panel's switch, which has no edit to cancel", async () => {
    // Ctrl+3 on a story without notes lands on the first kind's switch; Escape stayed there.
    await editor.press("Control+3");
    await app.page.locator("#panel-notes input[type=checkbox]").first().focus();
    await editor.press("Escape");
    expect(await focus()).toBe("story");
  });

  it("keeps focus in a panel when an analysis lands and redraws it", async () => {
    await editor.press("Control+3");
    expect(await focus()).toBe("panel-notes");
    // An edit made without moving focus (as a second window's save would) brings a new
    // analysis, which redraws the notes list under the focused item.
    await app.page.evaluate(() => {
      document.activeElement!.setAttribute("data-was-focused", "");
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      view.dispatch(view.state.tr.insertText("Well. ", 1));
    });
    await expect
      .poll(() => app.page.evaluate(() => !document.querySelector("[data-was-focused]")))
      .toBe(true);
    expect(await focus()).toBe("panel-notes");
    // Ctrl+3 again from inside hides the panel and puts focus back in the story.
    await editor.press("Control+3");
    expect(await focus()).toBe("story");
    await app.page.evaluate(() => {
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      view.dispatch(view.state.tr.delete(1, 1 + "Well. ".length));
    });
  });

  it("focuses the first fix of the note at the caret with Alt+Enter, and Escape returns to the story", async () => {
    await editor.press("Control+3");
    await notes.goTo("voice", "gonna");
    await editor.press("Alt+Enter");
    await notes.card.waitFor();
    expect(await focus()).toBe("fix");
    await editor.press("Escape");
    await expect.poll(() => notes.card.count()).toBe(0);
    expect(await focus()).toBe("story");
  });

  it("never leaves focus on a card that closed", async () => {
    await notes.goTo("voice", "gonna");
    await editor.press("Alt+Enter");
    await notes.card.waitFor();
    await editor.press("Enter");
    await expect.poll(() => notes.card.count()).toBe(0);
    expect(await focus()).toBe("story");
    await editor.press("Control+z");
  });

  it("leaves focus mode with Escape", async () => {
    await editor.press("Control+Shift+Enter");
    await expect
      .poll(() => app.page.evaluate(() => document.documentElement.dataset.focus ?? ""))
      .toBe("on");
    await editor.press("Escape");
    await expect
      .poll(() => app.page.evaluate(() => document.documentElement.dataset.focus ?? ""))
      .toBe("");
  });

  it("lists the shortcuts grouped as File, Edit, View and Navigate, each key read as written", async () => {
    await editor.press("Control+/");
    const dialog = app.page.locator("dialog[data-dialog=shortcuts]");
    await dialog.waitFor();
    // It opens at its top, title and File group in view, with Close in view and focused: focus
    // on Close, last in a list taller than the window, scrolled it to its end.
    const shown = await dialog.evaluate((d) => {
      const box = d.getBoundingClientRect();
      const inView = (e: Element): boolean => {
        const r = e.getBoundingClientRect();
        return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
      };
      const close = [...d.querySelectorAll("button")].find((b) => b.textContent === "Close")!;
      return {
        title: inView(d.querySelector("h2")!),
        close: inView(close),
        focused: document.activeElement === close,
      };
    });
    expect(shown).toEqual({ title: true, close: true, focused: true });
    expect(await dialog.locator("caption").allInnerTexts()).toEqual([
      "File",
      "Edit",
      "View",
      "Navigate",
    ]);
    const rows = await dialog
      .locator("tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
      );
    expect(rows).toContainEqual(["Zoom out", "Ctrl+-"]);
    expect(rows).toContainEqual(["Zoom in", "Ctrl+="]);
    expect(rows).toContainEqual(["End of story", "Ctrl+End"]);
    expect(rows.every(([label, keys]) => label !== "" && keys !== "" && !/\+$/.test(keys!))).toBe(
      true,
    );
    await screenshot(dialog, "shortcuts.png");
    await editor.press("Escape");
  });

  it("keeps focus on a cast card's button through an analysis, and after Delete on the card that took its place", async () => {
    const cast = new CastPage(app.page);
    /** The focused control's card and role in the Cast panel ("Spike name"), else where it is. */
    const castFocus = () =>
      app.page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        const card = active?.closest<HTMLElement>(".cast-card");
        return card ? `${card.dataset.name} ${active!.className}` : (active?.className ?? "");
      });
    await editor.press("Control+2");
    const [, second, third] = await cast.names();
    // An analysis redraws the cards under the focused "N lines" button.
    await cast.card(second!).locator(".cast-lines").focus();
    await app.page.evaluate(() => {
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      view.dispatch(view.state.tr.insertText("Well. ", 1));
    });
    await expect.poll(() => cast.linesLabel(second!)).toMatch(/line/u);
    await expect.poll(castFocus).toBe(`${second} cast-lines`);
    await editor.undo();
    // Delete from the keyboard: the next card's Delete, not the panel's first button, and
    // Ctrl+Z from there takes it back.
    await cast.card(second!).locator(".cast-delete").focus();
    await editor.press("Enter");
    await expect.poll(() => cast.names()).not.toContain(second);
    expect(await castFocus()).toBe(`${third} cast-delete`);
    await editor.press("Control+z");
    await expect.poll(() => cast.names()).toContain(second);
    await editor.press("Escape");
  });
});
