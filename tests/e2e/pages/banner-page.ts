/** Page object for the banners above the editor and the Compare panel: what the writer reads and clicks. */
import type { Locator, Page } from "playwright-core";

export class BannerPage {
  readonly banners: Locator;
  readonly compare: Locator;

  /** `grant` lets the host open a path, as Electron's main does for a drop or Open Recent. */
  constructor(
    readonly page: Page,
    private readonly grant: (file: string) => void = () => undefined,
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

  /** Opens a file the way Open Recent or a drop would, through the app's own `open`. */
  async open(path: string, extra: Record<string, unknown> = {}): Promise<boolean> {
    this.grant(path);
    return this.page.evaluate(
      ([p, e]) =>
        (
          window as unknown as { draftwiseApp: { open(r: unknown): Promise<boolean> } }
        ).draftwiseApp.open({ path: p, ...e }),
      [path, extra] as const,
    );
  }

  /** The editor's text as it would be saved. */
  text(): Promise<string> {
    return this.page.evaluate(() =>
      (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text(),
    );
  }
}
