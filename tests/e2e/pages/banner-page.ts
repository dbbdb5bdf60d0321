/** Page object for the banners above the editor and the Compare panel: what the writer reads and clicks. */
import type { Locator, Page } from "playwright-core";

export class BannerPage {
  readonly banners: Locator;
  readonly compare: Locator;

  /** `choose` scripts the open dialog's next answer (the harness's `dialogs.open`). */
  constructor(
    readonly page: Page,
    private readonly choose: (file: string) => void = () => undefined,
  ) {
    this.banners = page.locator("#banners .banner");
    this.compare = page.locator("#banners .compare-panel");
  }

  /** The banner whose message contains `text`, once it is shown. */
  async waitFor(text: string | RegExp, timeout = 5000): Promise<Locator> {
    const banner = this.banners.filter({ hasText: text }).first();
    await banner.waitFor({ timeout });
    return banner;
  }

  /** The banner with this id (`recovery`, `changed-on-disk`, an error code...). */
  byId(id: string): Locator {
    return this.page.locator(`#banners .banner[data-banner-id="${id}"]`);
  }

  async message(id: string): Promise<string> {
    return this.byId(id).locator(".banner-message").innerText();
  }

  async actions(id: string): Promise<string[]> {
    return (await this.byId(id).locator("button").allInnerTexts()).map((t) => t.trim());
  }

  async click(id: string, label: string): Promise<void> {
    await this.byId(id).getByRole("button", { name: label, exact: true }).click();
  }

  /**
   * Opens a file as the writer does, File > Open with the dialog choosing `path`: an edited
   * story is asked about first. Whether the story was replaced (false while that question waits,
   * or when the file was refused).
   */
  async open(path: string): Promise<boolean> {
    this.choose(path);
    return this.page.evaluate(() =>
      (
        window as unknown as {
          draftwiseApp: { commands: { run(id: string): Promise<boolean> } };
        }
      ).draftwiseApp.commands.run("file.open"),
    );
  }

  /** The editor's text as it would be saved. */
  text(): Promise<string> {
    return this.page.evaluate(() =>
      (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text(),
    );
  }
}
