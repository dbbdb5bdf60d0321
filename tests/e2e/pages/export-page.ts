/** Page object for the Export dialog: what a writer does to export, in their words. */
import type { Locator, Page } from "playwright-core";
import type { ScriptedDialogs } from "../../support/harness";

type Format = "txt" | "md" | "html" | "docx";

export class ExportPage {
  readonly dialog: Locator;
  readonly banners: Locator;

  constructor(
    readonly page: Page,
    private readonly dialogs: ScriptedDialogs,
  ) {
    this.dialog = page.locator("dialog.export-dialog");
    this.banners = page.locator("#banners .banner");
  }

  /** File > Export… through the command registry, as the menu runs it. */
  async open(): Promise<void> {
    await this.page.evaluate(() =>
      (
        window as unknown as { draftwiseApp: { commands: { run(id: string): Promise<boolean> } } }
      ).draftwiseApp.commands.run("file.export"),
    );
    await this.dialog.waitFor();
  }

  /** Ctrl+E in the story, as a writer opens the dialog. */
  async openWithKeys(): Promise<void> {
    await this.page.locator("#editor .ProseMirror").focus();
    await this.page.keyboard.press("Control+e");
    await this.dialog.waitFor();
  }

  async setManuscript(title: string, author: string): Promise<void> {
    await this.dialog.locator("input[name=title]").fill(title);
    await this.dialog.locator("input[name=author]").fill(author);
  }

  async manuscript(): Promise<{ title: string; author: string }> {
    return {
      title: await this.dialog.locator("input[name=title]").inputValue(),
      author: await this.dialog.locator("input[name=author]").inputValue(),
    };
  }

  async chooseFormat(format: Format): Promise<void> {
    await this.dialog.locator(`input[name=format][value=${format}]`).check();
  }

  checkedFormat(): Promise<string> {
    return this.dialog.locator("input[name=format]:checked").inputValue();
  }

  /** Exports only these scenes (by position in the list). */
  async chooseScenes(indexes: readonly number[]): Promise<void> {
    await this.dialog.locator("input[name=range][value=chosen]").check();
    const boxes = this.dialog.locator(".export-scene-list input");
    for (let i = 0; i < (await boxes.count()); i++)
      await boxes.nth(i).setChecked(indexes.includes(i));
  }

  sceneTitles(): Promise<string[]> {
    return this.dialog.locator(".export-scene-list label").allInnerTexts();
  }

  async setSceneTitles(on: boolean): Promise<void> {
    await this.dialog.locator("input[name=sceneTitles]").setChecked(on);
  }

  async setBreakStyle(style: "asterisks" | "rule" | "page"): Promise<void> {
    await this.dialog.locator("select[name=breakStyle]").selectOption(style);
  }

  async setOneFilePerScene(on: boolean): Promise<void> {
    await this.dialog.locator("input[name=perScene]").setChecked(on);
  }

  /**
   * The "Asterisks as italics" choice as the writer sees it: whether the dialog offers it (a
   * draft with `*word*` or `_word_`), whether it is ticked, and whether it can be changed now.
   */
  async italicsChoice(): Promise<{ shown: boolean; checked: boolean; enabled: boolean }> {
    const box = this.dialog.getByRole("checkbox", { name: /asterisks as italics/i });
    const shown = await box.isVisible();
    return {
      shown,
      checked: shown && (await box.isChecked()),
      enabled: shown && (await box.isEnabled()),
    };
  }

  async setAsterisksAsItalics(on: boolean): Promise<void> {
    await this.dialog.getByRole("checkbox", { name: /asterisks as italics/i }).setChecked(on);
  }

  /** Exports only chapter `k` (by position in the dialog's chapter list). */
  async chooseChapter(k: number): Promise<void> {
    await this.dialog.locator("input[name=range][value=chapter]").check();
    await this.dialog.locator("select[name=chapter]").selectOption(String(k));
  }

  /** Whether the dialog shows the chapter choices (a story with chapter headings). */
  async offersChapters(): Promise<boolean> {
    const one = await this.dialog.getByRole("radio", { name: /one chapter/i }).isVisible();
    const each = await this.dialog.getByRole("checkbox", { name: /per chapter/i }).isVisible();
    return one || each;
  }

  chapterChoices(): Promise<string[]> {
    return this.dialog.locator("select[name=chapter] option").allInnerTexts();
  }

  /**
   * The room the chapter select leaves beside its longest chapter's title, in pixels, for its
   * arrow (Chromium's is about 20 px at the dialog's size): less, and the title is cut.
   */
  chapterSelectRoom(): Promise<number> {
    return this.dialog.locator("select[name=chapter]").evaluate((select) => {
      const s = select as HTMLSelectElement;
      const style = getComputedStyle(s);
      const measure = document.createElement("canvas").getContext("2d")!;
      measure.font = style.font;
      const widest = Math.max(...[...s.options].map((o) => measure.measureText(o.text).width));
      const inner = s.clientWidth - parseFloat(style.paddingLeft);
      return inner - widest;
    });
  }

  async setOneFilePerChapter(on: boolean): Promise<void> {
    await this.dialog.locator("input[name=perChapter]").setChecked(on);
  }

  /** Presses Export and answers the save dialog(s) with these paths; waits for the confirmation. */
  async exportTo(...paths: string[]): Promise<void> {
    this.dialogs.save.push(...paths);
    await this.dialog.locator(".export-submit").click();
    await this.dialog.waitFor({ state: "detached" });
    await this.banners.filter({ hasText: "Exported" }).last().waitFor();
  }

  /** Presses "Copy body for AO3" and returns what reached the clipboard. */
  async copyForAo3(): Promise<string> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __copied?: string };
      // Headless Chromium has no system clipboard: keep what the app writes.
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: async (text: string) => void (w.__copied = text) },
      });
    });
    await this.dialog.locator(".export-copy").click();
    await this.dialog.locator(".export-message", { hasText: "Copied" }).waitFor();
    return this.page.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? "");
  }

  async close(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await this.dialog.waitFor({ state: "detached" });
  }
}
