/** Page object for the find bar: what a writer does with it, in their words. */
import type { Locator, Page } from "playwright-core";

export class FindPage {
  readonly bar: Locator;
  readonly search: Locator;
  readonly replace: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.bar = page.locator(".find-bar");
    this.search = this.bar.locator("[data-find=search]");
    this.replace = this.bar.locator("[data-find=replace]");
    this.count = this.bar.locator("[data-find=count]");
  }

  async isOpen(): Promise<boolean> {
    return this.bar.isVisible();
  }

  async typeSearch(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async typeReplacement(text: string): Promise<void> {
    await this.replace.fill(text);
  }

  async toggle(option: "caseSensitive" | "wholeWord" | "regexp"): Promise<void> {
    await this.bar.locator(`[data-find=${option}]`).click();
  }

  async replaceAll(): Promise<void> {
    await this.bar.locator("[data-find=replace-all]").click();
  }

  /** The offer to rename the character whose name is searched, as the bar words it; null when none. */
  async renameOffer(): Promise<string | null> {
    const offer = this.bar.locator(".find-rename");
    return (await offer.isVisible()) ? (await offer.innerText()).trim() : null;
  }

  /** Ticks or unticks the offer to rename the character too. */
  async takeRenameOffer(take: boolean): Promise<void> {
    await this.bar.locator("[data-find=rename-cast]").setChecked(take);
  }

  countText(): Promise<string> {
    return this.count.innerText();
  }

  /** The text of the match the selection is on. */
  activeMatch(): Promise<string | null> {
    return this.page
      .locator(".ProseMirror-active-search-match")
      .first()
      .textContent({ timeout: 2000 })
      .catch(() => null);
  }

  highlightCount(): Promise<number> {
    return this.page.locator(".ProseMirror-search-match, .ProseMirror-active-search-match").count();
  }
}
