/** Page object for the cast: the Cast panel, the chart, the voice view and the quote card, in a writer's words. */
import type { Locator, Page } from "playwright-core";
import { markedTexts, waitForMark } from "./marks";
import { revealText } from "./reveal";

type AppWindow = { draftwiseApp: { text(): string } };

export class CastPage {
  readonly panel: Locator;
  readonly chart: Locator;
  readonly quoteCard: Locator;
  readonly voice: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator("#panel-cast");
    this.chart = page.locator(".story-chart:not([hidden])");
    // The quote card, or the line's part of a note's card over a word of the line.
    this.quoteCard = page.locator(
      ".quote-card:not([hidden]), .note-card:not([hidden]) .quote-card-part",
    );
    this.voice = page.locator("#panel-cast .voice-view");
  }

  /** The controls of a character's card (voice, merge, buttons, fields) that stick out of it. */
  overflowing(): Promise<string[]> {
    return this.panel.locator(".cast-card").evaluateAll((cards) =>
      cards.flatMap((card) => {
        const edge = card.getBoundingClientRect();
        return [...card.querySelectorAll<HTMLElement>("select, input, button, textarea")]
          .filter((el) => el.offsetParent !== null)
          .filter((el) => el.getBoundingClientRect().right > edge.right + 0.5)
          .map((el) => `${card.getAttribute("data-name")}: ${el.className}`);
      }),
    );
  }

  async open(): Promise<void> {
    await this.page.locator(".panel-tab[data-panel=cast]").click();
    await this.panel.waitFor();
  }

  card(name: string): Locator {
    return this.panel.locator(`.cast-card[data-name="${name}"]`);
  }

  /** Waits until the panel lists `name` (analysis runs in a worker). */
  async waitForCharacter(name: string): Promise<void> {
    await this.card(name).waitFor({ timeout: 15_000 });
  }

  names(): Promise<string[]> {
    return this.panel
      .locator(".cast-card")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.name ?? ""));
  }

  async isFound(name: string): Promise<boolean> {
    return (await this.card(name).getAttribute("class"))?.includes("found") ?? false;
  }

  async addAlias(name: string, alias: string): Promise<void> {
    const input = this.card(name).locator(".cast-alias-add");
    await input.fill(alias);
    await input.press("Enter");
  }

  aliases(name: string): Promise<string[]> {
    return this.card(name)
      .locator(".cast-alias")
      .evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ""));
  }

  async scenes(name: string): Promise<number[]> {
    return (await this.card(name).locator(".cast-scene").allInnerTexts()).map(Number);
  }

  async addCharacter(name: string): Promise<void> {
    await this.panel.locator(".cast-add-name").fill(name);
    await this.panel.locator(".cast-add-name").press("Enter");
  }

  async rename(name: string, next: string): Promise<void> {
    const input = this.card(name).locator(".cast-name");
    await input.fill(next);
    await input.press("Enter");
  }

  /** Whether `name`'s card is wholly inside the panel's visible area. */
  cardInView(name: string): Promise<boolean> {
    return this.card(name).evaluate((card) => {
      let scroller = card.parentElement;
      while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY))
        scroller = scroller.parentElement;
      const view = (scroller ?? document.documentElement).getBoundingClientRect();
      const box = card.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    });
  }

  /** The role of the field with the focus when it is in `name`'s card ("name", "alias"…), else null. */
  focusedField(name: string): Promise<string | null> {
    return this.card(name).evaluate((card) =>
      card.contains(document.activeElement)
        ? ((document.activeElement as HTMLElement).dataset.role ?? "")
        : null,
    );
  }

  async setVoice(name: string, voice: "british" | "american" | ""): Promise<void> {
    await this.card(name).locator(".cast-voice").selectOption(voice);
  }

  /** The voice set in the panel: "british", "american", or "" for inferred. */
  chosenVoice(name: string): Promise<string> {
    return this.card(name).locator(".cast-voice").inputValue();
  }

  /** The colour the card is drawn in. */
  color(name: string): Promise<string> {
    return this.card(name).evaluate((e) =>
      (e as HTMLElement).style.getPropertyValue("--cast-color"),
    );
  }

  async mergeInto(target: string, other: string): Promise<void> {
    await this.card(target).locator(".cast-merge").selectOption(other);
  }

  async delete(name: string): Promise<void> {
    await this.card(name).locator(".cast-delete").click();
  }

  async pickColor(name: string, color: string): Promise<void> {
    await this.card(name).locator(".cast-swatch").click();
    await this.panel.locator(`.cast-palette-color[data-color="${color}"]`).click();
  }

  /** The legend's switch over the story: tint every mention of a character, or not. */
  async setNameTints(on: boolean): Promise<void> {
    const button = this.page.locator(".cast-legend").getByRole("button", { name: "Tint names" });
    if ((await button.getAttribute("aria-pressed")) !== String(on)) await button.click();
  }

  async toggleHighlights(): Promise<void> {
    await this.panel.locator(".cast-highlight").click();
  }

  /** Texts drawn with mark class `name` (dw-cast-N, dw-speaker-N) on screen now. */
  highlighted(name: string): Promise<string[]> {
    return markedTexts(this.page, name);
  }

  /** Waits until some mark of class `name` reads `text`. */
  async waitForHighlight(name: string, text: string, present = true): Promise<void> {
    await revealText(this.page, text);
    await waitForMark(this.page, name, text, present);
  }

  async openChart(): Promise<void> {
    await this.panel.locator(".cast-chart").click();
    await this.chart.waitFor();
  }

  /** Scene numbers (from 1) where the chart has a dot for `name`. */
  chartScenes(name: string): Promise<number[]> {
    return this.chart
      .locator(`.story-chart-row[data-name="${name}"] .story-chart-dot`)
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.scene) + 1));
  }

  /** Whether the card's buttons (lines, merge, delete) sit on one row, as they fit. */
  actionsOnOneRow(name: string): Promise<boolean> {
    return this.card(name)
      .locator(".cast-actions > *")
      .evaluateAll((els) => {
        const boxes = els.map((e) => e.getBoundingClientRect());
        // One row: every box overlaps every other vertically (a select is taller than a button).
        return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
      });
  }

  /** The unnamed speakers the panel lists ("the man"), with their lines' count ("5 lines"). */
  unnamed(): Promise<{ description: string; lines: string }[]> {
    return this.panel.locator(".cast-unnamed-row").evaluateAll((rows) =>
      rows.map((row) => ({
        description: row.querySelector(".cast-unnamed-name")?.textContent ?? "",
        lines: row.querySelector(".cast-unnamed-count")?.textContent ?? "",
      })),
    );
  }

  /** Gives every line of an unnamed speaker to a character, from the speaker's row. */
  async giveUnnamedLines(description: string, name: string): Promise<void> {
    await this.panel
      .getByRole("combobox", { name: `Give the lines of ${description} to` })
      .selectOption(name);
  }

  /** What the card's lines button says ("14 lines"). */
  /** What the card says about how often the story names them ("11 mentions"). */
  mentionsLabel(name: string): Promise<string> {
    return this.card(name).locator(".cast-count").innerText();
  }

  /** Whether the card shows the whole name in its field and nothing runs past the card's edge. */
  nameShowsWhole(name: string): Promise<boolean> {
    return this.card(name).evaluate((card) => {
      const field = card.querySelector<HTMLInputElement>(".cast-name")!;
      const top = card.querySelector<HTMLElement>(".cast-top")!;
      return field.scrollWidth <= field.clientWidth && top.scrollWidth <= top.clientWidth;
    });
  }

  linesLabel(name: string): Promise<string> {
    return this.card(name).locator(".cast-lines").innerText();
  }

  /** The count the lines view shows beside the character's name ("14 lines"). */
  linesCount(): Promise<string> {
    return this.voice.locator(".voice-count").innerText();
  }

  async showLines(name: string): Promise<void> {
    await this.card(name).locator(".cast-lines").click();
    await this.voice.locator(".voice-title").waitFor();
  }

  /** Leaves the lines view for the cast list. */
  async backToCast(): Promise<void> {
    await this.voice.locator(".voice-back").click();
    await this.panel.locator(".cast-add-name").waitFor();
  }

  /** The scene headings of the lines view, as shown ("3. Willow — the dorm room"). */
  lineScenes(): Promise<string[]> {
    return this.voice.locator(".voice-scene").allInnerTexts();
  }

  lines(): Promise<string[]> {
    return this.voice.locator(".voice-go").allInnerTexts();
  }

  /** Puts the caret in the words `start` by a click, and moves the pointer off the story. */
  async clickInto(start: string): Promise<void> {
    const box = await this.wordsBox(start);
    await this.page.mouse.click(box.x, box.y);
    await this.page.mouse.move(5, 5);
  }

  /** Hovers the quote whose words start with `start` and waits for its card. */
  async hoverQuote(start: string): Promise<void> {
    const box = await this.wordsBox(start);
    // Quotes are known only once the analysis has caught up with the last edit: move again until then.
    for (let attempt = 0; attempt < 20; attempt++) {
      // Approach along the line itself: from below, another line's card could open over it.
      await this.page.mouse.move(box.x - 30, box.y);
      await this.page.mouse.move(box.x, box.y, { steps: 4 });
      if (
        await this.quoteCard.waitFor({ timeout: 750 }).then(
          () => true,
          () => false,
        )
      )
        return;
    }
    throw new Error(`no quote card over "${start}"`);
  }

  /** The viewport centre of the second and third characters of `start`, scrolled into view. */
  private async wordsBox(start: string): Promise<{ x: number; y: number }> {
    const box = await this.page.evaluate((words) => {
      const p = [...document.querySelectorAll("#editor .ProseMirror p")].find((e) =>
        e.textContent?.includes(words),
      );
      if (!p) return null;
      p.scrollIntoView({ block: "center" });
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 3);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, start);
    if (!box) throw new Error(`no words "${start}" in the story`);
    return box;
  }

  storyText(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as AppWindow).draftwiseApp.text());
  }
}
