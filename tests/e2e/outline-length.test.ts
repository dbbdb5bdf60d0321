/**
 * The outline of a long story (the bundled story repeated to 30,000 words, about ninety
 * scenes): the current scene's row stays in view as the caret moves, and the list filters by
 * text and by character.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repeatedStory } from "../../bench/corpus";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { EditorPage } from "./pages/editor-page";
import { OutlinePage } from "./pages/outline-page";

let app: AppHarness;
let editor: EditorPage;
let outline: OutlinePage;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-outline-length-"));
  const file = path.join(dir, "long.txt");
  writeFileSync(file, repeatedStory(30_000));
  app = await sharedApp({ story: file });
  editor = new EditorPage(app.page);
  outline = new OutlinePage(app.page);
}, 120_000);
afterAll(() => app?.close());

describe("the outline of a long story", () => {
  it("keeps the current scene in view as the caret moves through the story", async () => {
    const total = await outline.items.count();
    expect(total).toBeGreaterThan(40);
    await editor.editor.focus();
    await editor.press("Control+End");
    await expect.poll(() => outline.activeIndex()).toBe(total - 1);
    await expect.poll(() => outline.activeRowInView()).toBe(true);
    await editor.press("Control+Home");
    await expect.poll(() => outline.activeIndex()).toBe(0);
    await expect.poll(() => outline.activeRowInView()).toBe(true);
    // Page down until the caret has crossed a few scenes: the row follows each time.
    for (let i = 0; i < 40 && (await outline.activeIndex()) < 3; i++) {
      await editor.press("PageDown");
      await expect.poll(() => outline.activeRowInView()).toBe(true);
    }
    expect(await outline.activeIndex()).toBeGreaterThanOrEqual(3);
  });

  it("filters by text: every row whose title has the word shows, the others hide", async () => {
    const titles = await outline.titles();
    const word = titles
      .flatMap((t) => t.split(/[^\p{L}]+/u))
      .find((w) => w.length >= 4 && titles.filter((t) => t.includes(w)).length < titles.length);
    expect(word).toBeDefined();
    await outline.filter(word!.toUpperCase());
    const has = (t: string) => t.toLowerCase().includes(word!.toLowerCase());
    await expect
      .poll(async () => (await outline.shownIndexes()).length)
      .toBeLessThan(titles.length);
    const shown = new Set(await outline.shownIndexes());
    titles.forEach((t, i) => {
      if (has(t)) expect(shown.has(i), t).toBe(true);
    });
    expect(await outline.countText()).toBe(`${shown.size} of ${titles.length} scenes`);
    await outline.filter("");
    await expect.poll(async () => (await outline.shownIndexes()).length).toBe(titles.length);
  });

  it("filters by character: no hidden row shows the character's chip", async () => {
    const total = await outline.items.count();
    const choices = await outline.characterChoices();
    expect(choices.length).toBeGreaterThan(1);
    let narrowed = "";
    for (const name of choices) {
      await outline.filterByCharacter(name);
      const shown = (await outline.shownIndexes()).length;
      expect(shown).toBeGreaterThan(0);
      if (shown < total) {
        narrowed = name;
        break;
      }
    }
    expect(narrowed).not.toBe("");
    const rows = await outline.items.evaluateAll(
      (els, name) =>
        els.map((e) => ({
          hidden: (e as HTMLElement).hidden,
          chip: [...e.querySelectorAll(".outline-chip")].some((c) => c.textContent === name),
        })),
      narrowed,
    );
    expect(rows.filter((r) => r.hidden && r.chip)).toEqual([]);
    expect(rows.some((r) => !r.hidden && r.chip)).toBe(true);

    // The filtered outline, as the writer sees it, in both themes.
    for (const theme of ["light", "dark"]) {
      await app.emit({ type: "command", command: "view.theme", arg: theme });
      // The side panel as it shows (the outline list itself is taller than the window).
      await screenshot(app.page.locator("#left-panel"), `outline-filtered-${theme}.png`);
    }
    await outline.filterByCharacter("");
    await expect.poll(async () => (await outline.shownIndexes()).length).toBe(total);
  });
});
