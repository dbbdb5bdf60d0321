/**
 * The analysis marks in a real browser: drawn for the paragraphs on screen only, following the
 * scroll, and never in the way of the caret.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";
import { notePositions } from "./pages/reveal";

/** Positions the drawn window covers (the plugin publishes it on the scroller). */
async function drawnWindow(app: AppHarness): Promise<{ from: number; to: number }> {
  const [from, to] = (
    (await app.page.getAttribute("#editor-scroll", "data-painted")) ?? "0-0"
  ).split("-");
  return { from: Number(from), to: Number(to) };
}

/** Document positions of the elements drawn as analysis marks. */
function drawnMarks(app: AppHarness): Promise<number[]> {
  return app.page.evaluate(() => {
    const view = (
      window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
    ).draftwiseApp.view;
    return [...document.querySelectorAll("#editor [class*='dw-']")].map((el) =>
      view.posAtDOM(el, 0),
    );
  });
}

describe("analysis marks (bundled story, Chromium)", () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await sharedApp();
    // Names are tinted on demand; these tests count marks of every kind.
    await new CastPage(app.page).setNameTints(true);
  });
  afterAll(() => app.close());

  it("draws only the paragraphs on screen, and follows a scroll to the end", async () => {
    const size = (await app.page.evaluate(
      "window.draftwiseApp.view.state.doc.content.size",
    )) as number;
    await app.page.waitForFunction(() =>
      /^\d+-[1-9]/.test(
        document.querySelector("#editor-scroll")?.getAttribute("data-painted") ?? "",
      ),
    );
    const top = await drawnWindow(app);
    expect(top.to).toBeLessThan(size / 4);
    const marks = await drawnMarks(app);
    expect(marks.length).toBeGreaterThan(3);
    expect(marks.every((pos) => pos >= top.from && pos <= top.to)).toBe(true);
    // The story has spelling notes past the first screen: none of them is drawn yet.
    const spelling = await notePositions(app.page, "spelling", "blurrily");
    expect(spelling.length).toBe(1);
    expect(spelling[0]!).toBeGreaterThan(top.to);

    await app.page.evaluate(() => {
      const scroller = document.getElementById("editor-scroll")!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await app.page.waitForFunction(
      (end) =>
        Number(
          document.querySelector("#editor-scroll")?.getAttribute("data-painted")?.split("-")[1],
        ) >=
        end - 2,
      size,
    );
    const bottom = await drawnWindow(app);
    expect(bottom.from).toBeGreaterThan(top.to);
    const later = await drawnMarks(app);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((pos) => pos >= bottom.from && pos <= bottom.to)).toBe(true);
  });

  it("keeps a caret the browser moved during a scroll, however late ProseMirror reads it", async () => {
    const { target, head } = (await app.page.evaluate(async () => {
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      view.focus();
      const paragraphs = [...view.dom.querySelectorAll("p")].filter(
        (p) => (p.textContent ?? "").length > 40,
      );
      // Far from where the screen is now (the previous test left it at the end).
      const paragraph = paragraphs[Math.floor(paragraphs.length / 3)]!;
      const text = [...paragraph.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
      // The caret moves in the frame that follows the scroll, just before the marks follow it.
      // ProseMirror reads it on the browser's selectionchange, a task a loaded machine may run
      // many frames late: here it comes only after the marks are drawn (the event is held back
      // from ProseMirror's listener until then, and given to it after), so the redraw must not
      // put the old caret back, however late ProseMirror reads it.
      const holdBack = (e: Event): void => e.stopImmediatePropagation();
      window.addEventListener("selectionchange", holdBack, true);
      let moved = false;
      requestAnimationFrame(() => {
        document.getSelection()!.collapse(text, 3);
        moved = true;
      });
      paragraph.scrollIntoView({ block: "center" });
      const at = view.posAtDOM(text, 3);
      // The marks follow the scroll in the next frames (the scroller's data-painted names the
      // window drawn); the caret must survive them. On a loaded machine the scroll's redraw can
      // come in the caret's own frame, before it: then no redraw follows and nothing is at stake,
      // but the late read below still has to find the caret where the browser put it.
      const scroller = document.querySelector<HTMLElement>("#editor-scroll")!;
      const drawnOver = (pos: number): boolean => {
        const [from, to] = (scroller.dataset.painted ?? "").split("-").map(Number);
        return from! <= pos && pos <= to!;
      };
      const nextFrame = () =>
        new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      while (!moved || !drawnOver(at)) await nextFrame();
      window.removeEventListener("selectionchange", holdBack, true);
      // ProseMirror reads the selection now, late, from whatever the redraws left in the page.
      document.dispatchEvent(new Event("selectionchange"));
      await nextFrame();
      return { target: at, head: view.state.selection.head };
    })) as { target: number; head: number };
    expect(head).toBe(target);
  });
});
