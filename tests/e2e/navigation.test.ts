import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openApp, type AppHarness } from "../support/harness";

const WORDS = "the rain kept on against the glass while the kettle ticked and cooled".split(" ");

/** Paragraphs of two or three lines, in `scenes` groups of three, `* * *` between when `marked`. */
function longStory(scenes: number, marked: boolean): string {
  const paragraph = (scene: number, n: number): string =>
    `Part ${scene}.${n}: ` +
    Array.from({ length: 30 + 7 * n }, (_, i) => WORDS[(i * 7 + scene) % WORDS.length]).join(" ") +
    ".";
  const groups = Array.from({ length: scenes }, (_, s) =>
    [1, 2, 3].map((n) => paragraph(s + 1, n)).join("\n\n"),
  );
  return `${groups.join(marked ? "\n\n* * *\n\n" : "\n\n")}\n`;
}

interface Caret {
  readonly pos: number;
  /** The scene the caret is in, counted from 0. */
  readonly scene: number;
  /** The caret's height on screen, from the top of the editor's visible area (lines are 27 px). */
  readonly top: number;
  /** Whether the caret is inside the editor's visible area. */
  readonly visible: boolean;
}

async function openOn(text: string): Promise<AppHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-nav-"));
  const story = path.join(dir, "long.txt");
  writeFileSync(story, text);
  return openApp({ story });
}

/** Where the caret is once ProseMirror has read the selection the key left (a frame later). */
function caretOf(app: AppHarness): Promise<Caret> {
  return app.page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const view = (
      window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
    ).draftwiseApp.view;
    const head = view.state.selection.head;
    // A selected scene break counts where it starts (its end is the next paragraph's start).
    const at = view.coordsAtPos(view.state.selection.from);
    const box = document.getElementById("editor-scroll")!.getBoundingClientRect();
    return {
      pos: head,
      scene: view.state.selection.$head.index(0),
      top: at.top - box.top,
      visible: at.top >= box.top - 1 && at.bottom <= box.bottom + 1,
    };
  });
}

/** Puts the caret at the end of paragraph `index` and scrolls it into view, as a jump does. */
function caretAtEndOfParagraph(app: AppHarness, index: number): Promise<void> {
  return app.page.evaluate((i) => {
    const view = (
      window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
    ).draftwiseApp.view;
    let end = -1;
    let seen = 0;
    view.state.doc.descendants((node, pos) => {
      if (end >= 0) return false;
      if (!node.isTextblock) return true;
      if (seen++ === i) end = pos + node.nodeSize - 1;
      return false;
    });
    const Text = view.state.selection
      .constructor as typeof import("prosemirror-state").TextSelection;
    view.focus();
    view.dispatch(view.state.tr.setSelection(Text.create(view.state.doc, end)).scrollIntoView());
  }, index);
}

describe("moving the caret by keyboard through a story of sixty marked scenes (Chromium)", () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await openOn(longStory(60, true));
  });
  afterAll(() => app.close());

  it("sizes scenes not yet drawn within a tenth of the drawn ones, after measuring the first", async () => {
    await expect.poll(() => app.page.locator("#editor section.scene").count()).toBe(60);
    // The scenes are alike; only the first two (the caret's and the next) have been drawn.
    await expect
      .poll(() =>
        app.page.evaluate(() => {
          const scenes = document.querySelectorAll("#editor section.scene");
          return (
            scenes[50]!.getBoundingClientRect().height / scenes[1]!.getBoundingClientRect().height
          );
        }),
      )
      .toBeGreaterThan(0.9);
    const ratio = await app.page.evaluate(() => {
      const scenes = document.querySelectorAll("#editor section.scene");
      return scenes[50]!.getBoundingClientRect().height / scenes[1]!.getBoundingClientRect().height;
    });
    expect(ratio).toBeLessThan(1.1);
  });

  it("draws a scene as tall near the caret as elsewhere (the text does not move as it leaves)", async () => {
    const heights = await app.page.evaluate(async () => {
      const frames = (): Promise<void> =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
      const scene = document.querySelectorAll("#editor section.scene.near")[1]!;
      const near = scene.getBoundingClientRect().height;
      scene.classList.remove("near");
      // Still on screen, so drawn, now under `content-visibility: auto` and its containment.
      await frames();
      const away = scene.getBoundingClientRect().height;
      scene.classList.add("near");
      return { near, away };
    });
    expect(heights.near).toBeGreaterThan(100);
    expect(heights.away).toBeCloseTo(heights.near, 0);
  });

  it("steps into the next scene with ArrowDown and back with ArrowUp, never past it", async () => {
    await expect.poll(() => app.page.locator("#editor section.scene").count()).toBe(60);
    // The last paragraph of scene 31 (index 30); no wait before the keys, as a writer would not.
    await caretAtEndOfParagraph(app, 30 * 3 + 2);
    const seen: Caret[] = [];
    for (let i = 0; i < 12; i++) {
      await app.page.keyboard.press("ArrowDown");
      seen.push(await caretOf(app));
    }
    // Over the break (selected on the way, as ProseMirror does) into scene 32, line by line.
    expect(seen[0]!.scene).toBe(31);
    for (const [i, c] of seen.entries()) {
      if (i > 0) expect(c.pos, `ArrowDown ${i + 1} moves on`).toBeGreaterThan(seen[i - 1]!.pos);
      expect(c.scene).toBeLessThanOrEqual(32);
    }
    expect(seen.at(-1)!.visible).toBe(true);
    const back: Caret[] = [];
    for (let i = 0; i < 20; i++) {
      await app.page.keyboard.press("ArrowUp");
      back.push(await caretOf(app));
    }
    for (const [i, c] of back.entries()) {
      const before = i === 0 ? seen.at(-1)! : back[i - 1]!;
      expect(c.pos, `ArrowUp ${i + 1} moves back`).toBeLessThan(before.pos);
      expect(c.scene).toBeGreaterThanOrEqual(before.scene - 1);
    }
    expect(back.at(-1)!.visible).toBe(true);
    expect(back.at(-1)!.scene).toBeGreaterThanOrEqual(28);
  });

  it("pages down and up a screen at a time, the caret keeping its height on screen", async () => {
    await caretAtEndOfParagraph(app, 10 * 3 + 2);
    const start = await caretOf(app);
    let last = start;
    for (const key of ["PageDown", "PageDown", "PageDown", "PageDown", "PageUp", "PageUp"]) {
      await app.page.keyboard.press(key);
      const now = await caretOf(app);
      expect(now.visible, `caret visible after ${key}`).toBe(true);
      if (key === "PageDown") expect(now.pos).toBeGreaterThan(last.pos);
      else expect(now.pos).toBeLessThan(last.pos);
      // A screen is a few scenes of this story, not the rest of it.
      expect(Math.abs(now.scene - last.scene)).toBeLessThanOrEqual(4);
      expect(Math.abs(now.top - start.top)).toBeLessThan(120);
      last = now;
    }
  });

  it("selects a screen's worth with Shift+PageDown, keeping where the selection began", async () => {
    await caretAtEndOfParagraph(app, 20 * 3 + 2);
    const from = (await caretOf(app)).pos;
    await app.page.keyboard.press("Shift+PageDown");
    const selection = await app.page.evaluate(() => {
      const { state } = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      return { anchor: state.selection.anchor, head: state.selection.head };
    });
    expect(selection.anchor).toBe(from);
    expect(selection.head).toBeGreaterThan(from + 100);
  });
});

describe("paging through a story that is one long scene (Chromium)", () => {
  let app: AppHarness;
  beforeAll(async () => {
    // Its paragraphs skip one by one ("long"), until scenes are found, if ever.
    app = await openOn(longStory(60, false));
  });
  afterAll(() => app.close());

  it("pages down through skipped paragraphs without sticking or leaping", async () => {
    await caretAtEndOfParagraph(app, 40);
    let last = await caretOf(app);
    for (let i = 0; i < 4; i++) {
      await app.page.keyboard.press("PageDown");
      const now = await caretOf(app);
      expect(now.visible, `caret visible after PageDown ${i + 1}`).toBe(true);
      expect(now.pos).toBeGreaterThan(last.pos);
      // About a screen of text (a few thousand characters), not the rest of the story.
      expect(now.pos - last.pos).toBeLessThan(6000);
      last = now;
    }
  });
});
