/** Page object for File > Earlier Versions…: what a writer does to see and bring one back. */
import type { Locator, Page } from "playwright-core";

export class VersionsPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator("dialog.versions-dialog");
  }

  /** File > Earlier Versions… from the browser shell's menu button, as a writer opens it. */
  async open(): Promise<void> {
    await this.page.locator(".app-menu-button").click();
    await this.page.locator('.app-menu-item[data-command="file.earlierVersions"]').click();
    await this.dialog.waitFor();
  }

  /** The versions' times as shown ("today 12:41"), newest first. */
  times(): Promise<string[]> {
    return this.dialog.locator(".version-when").allInnerTexts();
  }

  /** What the dialog says of the version at `index` (0 the newest): facts, opening, change. */
  async described(index: number): Promise<string> {
    return this.dialog.locator(".version").nth(index).innerText();
  }

  /** Restore on the version at `index`, reached with the keyboard (Tab, then Enter). */
  async restoreWithKeys(index: number): Promise<void> {
    const buttons = this.dialog.locator(".version-restore");
    // The newest's Restore has the focus; Tab walks on to the next ones.
    for (let i = 0; i < index; i++) await this.page.keyboard.press("Tab");
    await buttons.nth(index).evaluate((b) => {
      if (b !== document.activeElement) throw new Error("Restore is not where Tab leads");
    });
    await this.page.keyboard.press("Enter");
    await this.dialog.waitFor({ state: "detached" });
  }

  /** The editor's text as it would be saved. */
  storyText(): Promise<string> {
    return this.page.evaluate(() =>
      (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text(),
    );
  }

  /** Whether the story shows unsaved changes. */
  unsaved(): Promise<boolean> {
    return this.page.evaluate(
      () => (window as unknown as { draftwiseApp: { dirty: boolean } }).draftwiseApp.dirty,
    );
  }

  async close(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await this.dialog.waitFor({ state: "detached" });
  }
}
