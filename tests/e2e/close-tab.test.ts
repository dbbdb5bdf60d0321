/**
 * File > Close in the browser shell: a browser lets a page close only a window it opened, or a
 * fresh app window. In a tab the writer opened the address in, Close did nothing at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, type AppHarness } from "../support/harness";
import { EditorPage } from "./pages/editor-page";

describe("File > Close where the browser keeps the tab open", () => {
  let app: AppHarness;
  let editor: EditorPage;

  beforeAll(async () => {
    // Any story will do: the bundled one's 3,000 words would only make the start dearer.
    app = await openApp({ text: "Mara left the harbour.\n\nThe boat went out on the tide.\n" });
    editor = new EditorPage(app.page);
  });
  afterAll(() => app.close());

  it("says so and how to close it, instead of doing nothing", async () => {
    await editor.chooseFromMenu("file.close");
    const notice = editor.banners.filter({ hasText: "did not let Draftwise close" });
    await notice.waitFor();
    expect(await notice.innerText()).toContain("Ctrl+W");
    expect(await app.page.evaluate(() => window.closed)).toBe(false);
  });
});
