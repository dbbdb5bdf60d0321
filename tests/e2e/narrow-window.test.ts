/**
 * A narrow window (a laptop's half screen): the two side panels kept their 280 px each, so at
 * 700 px the story had 76 px for its lines (words broken mid-word) and the legend's switches
 * ran under the Notes panel, out of reach. Narrower panels must still hold their own buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { CastPage } from "./pages/cast-page";
import { EditorPage } from "./pages/editor-page";
import { FindPage } from "./pages/find-page";
import { OutlinePage } from "./pages/outline-page";

describe("a narrow window", () => {
  let app: AppHarness;
  let editor: EditorPage;

  beforeAll(async () => {
    app = await sharedApp();
    editor = new EditorPage(app.page);
  });
  afterAll(() => app.close());

  it.each([
    [900, 600],
    [700, 500],
  ])(
    "at %i by %i px keeps the story's lines readable and every switch over it in reach",
    async (width, height) => {
      await app.page.setViewportSize({ width, height });
      await app.page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      await screenshot(app.page, `narrow-${width}.png`);
      const { lineWidth, clipped } = await editor.layout();
      // About 28 characters of the story's 19 px serif: a line, not a column of broken words.
      expect(lineWidth).toBeGreaterThanOrEqual(240);
      expect(clipped).toEqual([]);
      // The outline's character filter read "All chara" here (writer-21, writer-22).
      const outline = new OutlinePage(app.page);
      expect(await outline.characterFilterCut()).toBe(0);
      const longest = (await outline.characterChoices()).sort((a, b) => b.length - a.length)[0]!;
      await outline.filterByCharacter(longest);
      expect(await outline.characterFilterCut()).toBe(0);
      await outline.filterByCharacter("");
    },
  );

  it.each([
    [640, 400],
    [400, 300],
  ])(
    "at %i by %i px (a 1280 or 800 px window zoomed to twice the size) keeps the story's lines readable and both panels on screen",
    async (width, height) => {
      await app.page.setViewportSize({ width, height });
      await app.page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      await screenshot(app.page, `zoomed-${width}.png`);
      const { lineWidth, clipped } = await editor.layout();
      // Side by side, two panels of 200 px left the story 200 px at 640 and nothing at 400.
      expect(lineWidth).toBeGreaterThanOrEqual(240);
      expect(clipped).toEqual([]);
      const boxes = await app.page.evaluate(() =>
        ["#left-panel", "#right-panel", "#editor-frame"].map((id) => {
          const box = document.querySelector(id)!.getBoundingClientRect();
          return { id, width: box.width, height: box.height, bottom: box.bottom };
        }),
      );
      for (const box of boxes) {
        // Each in the window and tall enough to hold a few of its rows (it scrolls within).
        expect(box.height, box.id).toBeGreaterThanOrEqual(80);
        expect(box.width, box.id).toBeGreaterThanOrEqual(150);
        expect(box.bottom, box.id).toBeLessThanOrEqual(height);
      }
      const frame = () =>
        app.page.evaluate(() => {
          const box = document.querySelector("#editor-frame")!.getBoundingClientRect();
          const status = document.querySelector("#status")!.getBoundingClientRect();
          return { width: box.width, below: Math.round(status.top - box.bottom) };
        });
      // The outline hidden (Ctrl+1 from inside it), the notes take the row; in focus mode,
      // with both gone, the story takes the window down to the status bar.
      await editor.press("Control+1");
      await editor.press("Control+1");
      const right = await app.page.locator("#right-panel").boundingBox();
      expect(right?.width).toBe(width);
      await editor.runCommand("view.focusMode");
      expect(await frame()).toEqual({ width, below: 0 });
      await editor.runCommand("view.focusMode");
      await editor.runCommand("view.outline");
      await editor.press("Escape");
    },
  );

  it.each([900, 700])(
    "at %i px keeps every button of the find and replace bar in reach",
    async (width) => {
      await app.page.setViewportSize({ width, height: 600 });
      await app.page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      await editor.runCommand("edit.replace");
      const find = new FindPage(app.page);
      await find.typeSearch("Willow");
      await expect.poll(() => find.countText()).toMatch(/\d/u);
      await screenshot(app.page, `narrow-find-${width}.png`);
      // "Whole word", "Regex" and Close ran off the story's column at 760 px (writer-22).
      expect((await editor.layout()).clipped).toEqual([]);
      await editor.press("Escape");
    },
  );

  it.each([1000, 800, 700, 560])(
    "at %i px keeps each item of the status bar on one line, shown whole or not at all",
    async (width) => {
      await app.page.setViewportSize({ width, height: 600 });
      await app.page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      // Every item the bar can hold at once: a selection's count too.
      await app.page.locator("#editor .ProseMirror").focus();
      await editor.press("Control+a");
      await app.page.locator("#status .status-selection-words").waitFor();
      // A message ("Saved") shows over the bar's right end, whole.
      await app.page.evaluate(() =>
        (window as unknown as { draftwiseApp: { flash(m: string): void } }).draftwiseApp.flash(
          "Saved to story.txt",
        ),
      );
      await app.page.locator("#status .status-message").waitFor();
      await screenshot(app.page, `narrow-status-${width}.png`);
      const items = await app.page.evaluate(() => {
        const bar = document.querySelector("#status")!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>("#status > *")].map((item) => {
          const range = document.createRange();
          range.selectNodeContents(item);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          const box = item.getBoundingClientRect();
          const inside =
            box.left >= bar.left - 0.5 &&
            box.right <= bar.right + 0.5 &&
            box.top >= bar.top - 0.5 &&
            box.bottom <= bar.bottom + 0.5;
          const outside =
            box.width === 0 || box.top >= bar.bottom - 0.5 || box.left >= bar.right - 0.5;
          return { role: item.dataset.status, lines: tops.size, inside, outside };
        });
      });
      // "1,473 / words" at 800 px (writer-22): an item never breaks inside.
      for (const item of items) expect(item, item.role).toMatchObject({ lines: 1 });
      // An item that does not fit is hidden whole, never cut at the bar's edge.
      for (const item of items) expect(item.inside || item.outside, item.role).toBe(true);
      // The file and the story's count always show.
      const shown = items.filter((i) => i.inside).map((i) => i.role);
      expect(shown).toEqual(expect.arrayContaining(["file", "words", "message"]));
    },
  );

  it("takes what the status bar hides out of the tab order and the accessibility tree, and gives it back when the window widens", async () => {
    /** Each item of the bar: hidden by it (beyond its box), focusable, and read out. */
    const items = async (width: number) => {
      await app.page.setViewportSize({ width, height: 600 });
      await app.page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      await app.page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const spoken = await app.page.locator("#status").ariaSnapshot();
      return app.page.evaluate((spoken) => {
        const bar = document.querySelector("#status")!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>("#status > *")].map((item) => {
          const box = item.getBoundingClientRect();
          const before = document.activeElement as HTMLElement | null;
          item.focus();
          const focusable = document.activeElement === item;
          before?.focus();
          return {
            role: item.dataset.status,
            hidden: box.top >= bar.bottom - 0.5 || box.left >= bar.right - 0.5,
            focusable,
            read: spoken.includes(item.textContent!.trim()),
          };
        });
      }, spoken);
    };
    // The tests before flash a message, which covers items for its five seconds: let it go.
    await app.page
      .locator("#status .status-message")
      .waitFor({ state: "detached", timeout: 10_000 });
    // The bar at its fullest: a selection's count too.
    await app.page.locator("#editor .ProseMirror").focus();
    await editor.press("Control+a");
    await app.page.locator("#status .status-selection-words").waitFor();
    for (const width of [1000, 560, 1000]) {
      await expect
        .poll(
          async () => {
            const all = await items(width);
            return all.filter((i) => i.hidden === (i.focusable || i.read));
          },
          { message: `at ${width} px` },
        )
        .toEqual([]);
    }
    const narrow = await items(560);
    const autosave = narrow.find((i) => i.role === "autosave")!;
    // Autosave is the bar's last item: the first to go in a narrow window, back in a wide one.
    expect(autosave).toMatchObject({ hidden: true, focusable: false, read: false });
    expect((await items(1000)).find((i) => i.role === "autosave")).toMatchObject({
      hidden: false,
      focusable: true,
      read: true,
    });
  });

  it("takes the items a status message covers out of the tab order while it shows, and gives them back after", async () => {
    await app.page.setViewportSize({ width: 700, height: 600 });
    await app.page.waitForFunction(() => document.documentElement.clientWidth === 700);
    await app.page.locator("#editor .ProseMirror").focus();
    /** Each item of the bar but the message: whether the message's box covers it, and focusable. */
    const items = () =>
      app.page.evaluate(() => {
        const message = document.querySelector("#status .status-message")?.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>("#status > :not(.status-message)")].map(
          (item) => {
            const box = item.getBoundingClientRect();
            const before = document.activeElement as HTMLElement | null;
            item.focus();
            const focusable = document.activeElement === item;
            before?.focus();
            const covered =
              !!message &&
              box.width > 0 &&
              box.left < message.right &&
              box.right > message.left &&
              box.top < message.bottom &&
              box.bottom > message.top;
            return {
              role: item.dataset.status,
              button: item.tagName === "BUTTON",
              covered,
              focusable,
            };
          },
        );
      });
    const buttons = async () => (await items()).filter((i) => i.button);
    await app.page
      .locator("#status .status-message")
      .waitFor({ state: "detached", timeout: 10_000 });
    expect((await buttons()).every((i) => i.focusable)).toBe(true);
    // A long message, as a refusal can be, over the bar's right end and the buttons there.
    await app.page.evaluate(() =>
      (window as unknown as { draftwiseApp: { flash(m: string): void } }).draftwiseApp.flash(
        "Nothing to separate: the paragraphs are already apart",
      ),
    );
    await app.page.locator("#status .status-message").waitFor();
    await screenshot(app.page, "narrow-status-message-700.png");
    const under = (await buttons()).filter((i) => i.covered);
    expect(under.map((i) => i.role)).toContain("autosave");
    await expect
      .poll(async () => (await buttons()).filter((i) => i.covered && i.focusable))
      .toEqual([]);
    await app.page
      .locator("#status .status-message")
      .waitFor({ state: "detached", timeout: 10_000 });
    await expect.poll(async () => (await buttons()).every((i) => i.focusable)).toBe(true);
  });

  it.each([800, 700])(
    "at %i px breaks no word of the Notes panel's rows inside itself",
    async (width) => {
      await app.page.setViewportSize({ width, height: 600 });
      await app.page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      await app.page.locator(".panel-tab[data-panel=notes]").click();
      await app.page.locator("#panel-notes .notes-term").first().waitFor();
      await app.page
        .locator("#panel-notes .notes-group-spelling .notes-term")
        .nth(4)
        .scrollIntoViewIfNeeded();
      await screenshot(app.page, `narrow-notes-${width}.png`);
      // Each word of a row's term, the place beside it, on as many lines as it has words at most.
      const broken = await app.page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            "#panel-notes .notes-term, #panel-notes .notes-place",
          ),
        ]
          .filter((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            return lines > el.textContent!.trim().split(/\s+/).length;
          })
          .map((el) => el.textContent),
      );
      expect(broken).toEqual([]);
    },
  );

  it("at 900 px keeps every button of the Cast panel, its chart and a character's lines in the panel", async () => {
    await app.page.setViewportSize({ width: 900, height: 600 });
    await app.page.waitForFunction(() => document.documentElement.clientWidth === 900);
    const cast = new CastPage(app.page);
    await cast.open();
    expect((await editor.layout()).clipped).toEqual([]);
    await cast.openChart();
    expect((await editor.layout()).clipped).toEqual([]);
    await app.page.keyboard.press("Escape");
    await cast.showLines(
      (await cast.panel.locator(".cast-card").first().getAttribute("data-name")) ?? "",
    );
    await screenshot(app.page, "narrow-cast-900.png");
    expect((await editor.layout()).clipped).toEqual([]);
    await cast.backToCast();
  });

  it("at 800 px keeps each control of a character's card inside the card", async () => {
    const width = 800;
    await app.page.setViewportSize({ width, height: 600 });
    await app.page.waitForFunction((w) => document.documentElement.clientWidth === w, width);
    const cast = new CastPage(app.page);
    await cast.open();
    // A character the story does not name yet: its voice reads "unknown (inferred)", the longest.
    if (!(await cast.names()).includes("Ewan")) await cast.addCharacter("Ewan");
    await cast.waitForCharacter("Ewan");
    // A desktop window's scrollbar takes 16 px of the panel; the headless shell hides its own.
    const scrollbar = (on: boolean) =>
      app.page.evaluate((add) => {
        const sheet = document.styleSheets[0]!;
        if (add) sheet.insertRule("#right-panel { border-right: 16px solid transparent; }", 0);
        else sheet.deleteRule(0);
      }, on);
    await scrollbar(true);
    await screenshot(app.page, `narrow-cast-${width}.png`);
    // The voice choice ran past the card's border.
    const overflowing = await cast.overflowing();
    await scrollbar(false);
    expect(overflowing).toEqual([]);
  });
});
