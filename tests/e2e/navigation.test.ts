import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { CaretPage, type Caret } from "./pages/caret-page";

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

/** Opens the app on `text` for the enclosing describe block; the page object is ready inside tests. */
function openedOn(text: string): { caret: CaretPage; app: AppHarness } {
  const opened = {} as { caret: CaretPage; app: AppHarness };
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-nav-"));
    const story = path.join(dir, "long.txt");
    writeFileSync(story, text);
    opened.app = await sharedApp({ story });
    opened.caret = new CaretPage(opened.app.page);
  });
  afterAll(() => opened.app.close());
  return opened;
}

describe("moving the caret by keyboard through a story of sixty marked scenes (Chromium)", () => {
  const opened = openedOn(longStory(60, true));

  it("sizes scenes not yet drawn within a tenth of the drawn ones, after measuring the first", async () => {
    await expect.poll(() => opened.app.page.locator("#editor section.scene").count()).toBe(60);
    // The scenes are alike; only the first two (the caret's and the next) have been drawn.
    await expect.poll(() => opened.caret.sceneHeightRatio(1, 50)).toBeGreaterThan(0.9);
    const ratio = await opened.caret.sceneHeightRatio(1, 50);
    expect(ratio).toBeLessThan(1.1);
  });

  it("draws a scene as tall near the caret as elsewhere (the text does not move as it leaves)", async () => {
    const heights = await opened.app.page.evaluate(async () => {
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
    await expect.poll(() => opened.app.page.locator("#editor section.scene").count()).toBe(60);
    // The last paragraph of scene 31 (index 30); no wait before the keys, as a writer would not.
    await opened.caret.jumpToEndOf(30 * 3 + 2);
    const seen: Caret[] = [];
    for (let i = 0; i < 12; i++) {
      seen.push(await opened.caret.press("ArrowDown"));
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
      back.push(await opened.caret.press("ArrowUp"));
    }
    for (const [i, c] of back.entries()) {
      const before = i === 0 ? seen.at(-1)! : back[i - 1]!;
      expect(c.pos, `ArrowUp ${i + 1} moves back`).toBeLessThan(before.pos);
      expect(c.scene).toBeGreaterThanOrEqual(before.scene - 1);
    }
    expect(back.at(-1)!.visible).toBe(true);
    expect(back.at(-1)!.scene).toBeGreaterThanOrEqual(28);
  });

  it("reaches the end of the last of sixty scenes with Ctrl+End, on screen", async () => {
    await opened.caret.jumpToEndOf(3 * 3 + 2);
    await opened.caret.press("Control+End");
    expect((await opened.caret.story()).atEnd).toBe(true);
    const caret = await opened.caret.caret();
    expect(caret.scene).toBe(59);
    expect(caret.visible).toBe(true);
  });

  it("pages down and up a screen at a time, the caret keeping its height on screen", async () => {
    await opened.caret.jumpToEndOf(10 * 3 + 2);
    const start = await opened.caret.caret();
    let last = start;
    for (const key of ["PageDown", "PageDown", "PageDown", "PageDown", "PageUp", "PageUp"]) {
      const now = await opened.caret.press(key);
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
    await opened.caret.jumpToEndOf(20 * 3 + 2);
    const from = (await opened.caret.caret()).pos;
    await opened.caret.press("Shift+PageDown");
    const selection = await opened.caret.selection();
    expect(selection.anchor).toBe(from);
    expect(selection.head).toBeGreaterThan(from + 100);
  });
});

describe("paging through a story that is one long scene (Chromium)", () => {
  // Its paragraphs skip one by one ("long"), until scenes are found, if ever.
  const opened = openedOn(longStory(60, false));

  it("reaches the true end with Ctrl+End and the start with Ctrl+Home, the caret on screen", async () => {
    await opened.caret.jumpToEndOf(40);
    await opened.caret.press("Control+End");
    const end = await opened.caret.story();
    expect(end.atEnd).toBe(true);
    expect((await opened.caret.caret()).visible).toBe(true);
    await opened.caret.press("Control+Home");
    expect((await opened.caret.story()).caret).toBe(0);
    expect((await opened.caret.caret()).visible).toBe(true);
  });

  it("pages down through skipped paragraphs without sticking or leaping", async () => {
    await opened.caret.jumpToEndOf(40);
    let last = await opened.caret.caret();
    for (let i = 0; i < 4; i++) {
      const now = await opened.caret.press("PageDown");
      expect(now.visible, `caret visible after PageDown ${i + 1}`).toBe(true);
      expect(now.pos).toBeGreaterThan(last.pos);
      // About a screen of text (a few thousand characters), not the rest of the story.
      expect(now.pos - last.pos).toBeLessThan(6000);
      last = now;
    }
  });
});
