/** Page object for the outline panel: what a writer does with scenes, in their words. */
import type { Locator, Page } from "playwright-core";

export class OutlinePage {
  readonly panel: Locator;
  readonly items: Locator;
  readonly live: Locator;
  /** Chapter rows: shown above their scenes when the story has chapter headings. */
  readonly chapters: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator("#panel-outline");
    this.items = this.panel.locator(".outline-item");
    this.chapters = this.panel.locator(".outline-chapter");
    this.live = this.panel.locator(".outline-live");
  }

  scene(n: number): Locator {
    return this.items.nth(n);
  }

  /** Scene `n`'s character chips as shown, the point of view's marked "(POV)". */
  async chips(n: number): Promise<string[]> {
    return this.scene(n)
      .locator(".outline-chip")
      .evaluateAll((chips) =>
        chips.map((c) => `${c.textContent}${c.classList.contains("pov") ? " (POV)" : ""}`),
      );
  }

  async titles(): Promise<string[]> {
    return this.items.locator(".outline-title").allInnerTexts();
  }

  async ids(): Promise<string[]> {
    return this.items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ""));
  }

  /** Drags scene `from` with the mouse and drops it just above scene `to`. */
  async dragAbove(from: number, to: number): Promise<void> {
    await this.scene(from)
      .locator(".outline-num")
      .dragTo(this.scene(to), { targetPosition: { x: 40, y: 3 } });
  }

  /** The indexes of the scenes whose opening break detection only suggests (drawn dashed). */
  async suggested(): Promise<number[]> {
    return this.items.evaluateAll((els) =>
      els.flatMap((e, i) => ((e as HTMLElement).dataset.suggested !== undefined ? [i] : [])),
    );
  }

  /** Answers scene `n`'s suggested break with its row's Keep or Remove button. */
  async answerSuggestion(n: number, answer: "Keep" | "Remove"): Promise<void> {
    await this.scene(n).hover();
    await this.scene(n).locator(`.outline-break-${answer.toLowerCase()}`).click();
  }

  /** Focuses scene `n` in the list and presses keys there. */
  async pressOn(n: number, keys: string): Promise<void> {
    await this.scene(n).focus();
    await this.page.keyboard.press(keys);
  }

  /**
   * Reaches the head's button `name` (Split, Chapter, Merge) from the focused row by keyboard,
   * Shift+Tab until it has the focus, and presses Enter on it.
   */
  async pressAction(name: string): Promise<void> {
    const button = this.panel.getByRole("button", { name, exact: true });
    for (let i = 0; i < 8 && !(await button.evaluate((b) => b === document.activeElement)); i++)
      await this.page.keyboard.press("Shift+Tab");
    await this.page.keyboard.press("Enter");
  }

  /** Clicks the head's button `name` (Split, Chapter, Merge) with the mouse. */
  async clickAction(name: string): Promise<void> {
    await this.panel.getByRole("button", { name, exact: true }).click();
  }

  async jumpTo(n: number): Promise<void> {
    await this.scene(n).locator(".outline-words").click();
  }

  /** The scene whose row has the focus (-1 when none), and whether Tab would start on it. */
  async focusedRow(): Promise<{ index: number; tabStop: boolean }> {
    return this.items.evaluateAll((els) => {
      const index = els.findIndex((e) => e === document.activeElement);
      return { index, tabStop: index >= 0 && (els[index] as HTMLElement).tabIndex === 0 };
    });
  }

  /** Whether the focus is on a row of the list (or inside one). */
  focusInList(): Promise<boolean> {
    return this.page.evaluate(() => document.activeElement?.closest(".outline-list") !== null);
  }

  async activeIndex(): Promise<number> {
    return this.items.evaluateAll((els) => els.findIndex((e) => e.classList.contains("active")));
  }

  async setSynopsis(n: number, text: string): Promise<void> {
    await this.scene(n).hover();
    await this.scene(n).locator(".outline-synopsis").click();
    const box = this.scene(n).locator(".outline-synopsis-input");
    await box.fill(text);
    await box.press("Enter");
  }

  async synopsis(n: number): Promise<string> {
    return (await this.scene(n).locator(".outline-synopsis:not(.empty)").textContent()) ?? "";
  }

  /** Whether scene `n`'s row shows a synopsis (without waiting for one, as `synopsis` does). */
  async hasSynopsis(n: number): Promise<boolean> {
    return (await this.scene(n).locator(".outline-synopsis:not(.empty)").count()) > 0;
  }

  async setStatus(n: number, status: "draft" | "revised" | "done"): Promise<void> {
    await this.scene(n).locator(".outline-status").click();
    await this.scene(n).locator(".outline-status-input").selectOption(status);
  }

  async status(n: number): Promise<string> {
    return (await this.scene(n).locator(".outline-status").textContent()) ?? "";
  }

  async rename(n: number, title: string): Promise<void> {
    await this.scene(n).locator(".outline-title").click();
    const input = this.scene(n).locator(".outline-rename");
    await input.fill(title);
    await input.press("Enter");
  }

  /** Types into the outline's filter box (title, synopsis or character). */
  async filter(text: string): Promise<void> {
    await this.panel.locator(".outline-filter").fill(text);
  }

  /** Chooses a character in the outline's character filter ("" for all). */
  async filterByCharacter(name: string): Promise<void> {
    await this.panel.locator(".outline-character").selectOption(name);
  }

  /**
   * How much of the character filter's chosen name its box cuts off, in px (0 when it shows in
   * full): the box's width against the same menu's at its natural width.
   */
  characterFilterCut(): Promise<number> {
    return this.panel.locator(".outline-character").evaluate((select: HTMLSelectElement) => {
      const natural = document.createElement("select");
      natural.className = select.className;
      natural.style.width = "max-content";
      natural.style.flex = "none";
      natural.append(new Option(select.selectedOptions[0]?.text ?? ""));
      select.parentElement!.append(natural);
      const cut = natural.getBoundingClientRect().width - select.getBoundingClientRect().width;
      natural.remove();
      return Math.max(0, Math.round(cut));
    });
  }

  /** The names the character filter offers. */
  async characterChoices(): Promise<string[]> {
    return (await this.panel.locator(".outline-character option").allInnerTexts()).slice(1);
  }

  /** The scene count the panel's header shows ("3 of 90 scenes"). */
  countText(): Promise<string> {
    return this.panel.locator(".outline-count").innerText();
  }

  /** Indexes of the rows the filter shows. */
  async shownIndexes(): Promise<number[]> {
    return this.items.evaluateAll((els) =>
      els.flatMap((e, i) => ((e as HTMLElement).hidden ? [] : [i])),
    );
  }

  /** Whether the current scene's row is fully inside the panel's visible area, below its head. */
  async activeRowInView(): Promise<boolean> {
    return this.panel.evaluate((panel) => {
      const row = panel.querySelector(".outline-item.active");
      if (!row) return false;
      let scroller = panel.parentElement;
      while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY))
        scroller = scroller.parentElement;
      const view = (scroller ?? document.documentElement).getBoundingClientRect();
      const head = panel.querySelector(".outline-head")!.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      return box.top >= Math.max(view.top, head.bottom) - 1 && box.bottom <= view.bottom + 1;
    });
  }

  /** Scenes in the story's outline. */
  sceneCount(): Promise<number> {
    return this.page.evaluate(
      () =>
        (window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } })
          .draftwiseApp.view.state.doc.childCount,
    );
  }

  /** Puts the caret in paragraph `paragraph` of scene `scene` and splits the scene there. */
  async splitAt(scene: number, paragraph: number): Promise<void> {
    await this.page.evaluate(
      ([s, p]) => {
        const app = (
          window as unknown as {
            draftwiseApp: {
              view: import("prosemirror-view").EditorView;
              commands: { run(id: string): Promise<boolean> };
            };
          }
        ).draftwiseApp;
        const { state } = app.view;
        let pos = 0;
        state.doc.forEach((node, offset, i) => {
          if (i !== s) return;
          let inner = offset + 1;
          let seen = 0;
          node.forEach((child, childOffset) => {
            if (child.isTextblock && seen++ === p) inner = offset + 1 + childOffset + 1;
          });
          pos = inner;
        });
        const Text = state.selection
          .constructor as typeof import("prosemirror-state").TextSelection;
        app.view.dispatch(state.tr.setSelection(Text.create(state.doc, pos)));
        return app.commands.run("outline.split");
      },
      [scene, paragraph] as const,
    );
  }

  /** The chapters' headings as the outline shows them. */
  chapterTitles(): Promise<string[]> {
    return this.chapters.locator(".outline-chapter-title").allInnerTexts();
  }

  /** Chapter `k`'s word count as its row shows it. */
  async chapterWords(k: number): Promise<number> {
    const text = await this.chapters.nth(k).locator(".outline-chapter-words").innerText();
    return Number(text.replace(/[^0-9]/g, ""));
  }

  /** The outline's rows top to bottom: "C:title" for a chapter, "S:n" for scene n (shown only). */
  async shownRows(): Promise<string[]> {
    return this.panel.locator(".outline-list > li").evaluateAll((els) =>
      els.flatMap((e) => {
        const li = e as HTMLElement;
        if (li.hidden) return [];
        return li.classList.contains("outline-chapter")
          ? [`C:${li.querySelector(".outline-chapter-title")?.textContent ?? ""}`]
          : [`S:${li.dataset.index ?? ""}`];
      }),
    );
  }

  /** Clicks chapter `k`'s collapse/expand arrow. */
  async toggleChapter(k: number): Promise<void> {
    await this.chapters.nth(k).locator(".outline-chapter-toggle").click();
  }

  async chapterExpanded(k: number): Promise<boolean> {
    return (await this.chapters.nth(k).getAttribute("aria-expanded")) === "true";
  }

  /** Focuses chapter `k`'s row and presses keys there. */
  async pressOnChapter(k: number, keys: string): Promise<void> {
    await this.chapters.nth(k).focus();
    await this.page.keyboard.press(keys);
  }

  /** Drags chapter `from`'s row and drops it on the upper edge of chapter `to`'s row. */
  async dragChapterAbove(from: number, to: number): Promise<void> {
    await this.chapters
      .nth(from)
      .locator(".outline-chapter-title")
      .dragTo(this.chapters.nth(to), { targetPosition: { x: 40, y: 2 } });
  }

  /** Renames chapter `k` from its row (F2 on the focused row, type, Enter). */
  async renameChapter(k: number, title: string): Promise<void> {
    await this.pressOnChapter(k, "F2");
    const input = this.chapters.nth(k).locator(".outline-chapter-rename");
    await input.fill(title);
    await input.press("Enter");
  }
}
