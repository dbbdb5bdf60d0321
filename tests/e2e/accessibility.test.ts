import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { violations } from "../support/axe";
import { screenshot } from "../support/screenshots";
import { ExportPage } from "./pages/export-page";

describe("accessibility of the main view (axe-core, bundled story, Chromium)", () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await sharedApp();
  });
  afterAll(() => app.close());

  it("has no violations on the main view", async () => {
    await screenshot(app.page, "main-view.png");
    expect(await violations(app.page)).toEqual([]);
  });

  it("says of every panel tab whether it is the selected one, from the start", async () => {
    const selected = await app.page.evaluate(() =>
      [...document.querySelectorAll(".panel-tab")].map((t) => t.getAttribute("aria-selected")),
    );
    expect(selected.length).toBeGreaterThan(1);
    expect(selected.filter((s) => s === "true")).toHaveLength(1);
    expect(selected.filter((s) => s !== "true").every((s) => s === "false")).toBe(true);
  });

  it("names the Menu button by its word alone, not the glyph before it", async () => {
    // "☰ Menu" was read out as "trigram for heaven, Menu".
    await expect
      .poll(() => app.page.getByRole("button", { name: "Menu", exact: true }).count())
      .toBe(1);
  });

  // qa-31: the button was appended to the body and placed over the bar, so a screen reader's
  // landmark keys (D in NVDA, the rotor in VoiceOver) went past it.
  it("puts the Menu button in the status bar's landmark, drawn over the bar's left end", async () => {
    const bar = app.page.getByRole("contentinfo", { name: "Status" });
    await expect.poll(() => bar.getByRole("button", { name: "Menu", exact: true }).count()).toBe(1);
    const [menu, status] = await Promise.all([
      bar.getByRole("button", { name: "Menu", exact: true }).boundingBox(),
      bar.boundingBox(),
    ]);
    expect(menu!.x).toBeLessThan(20);
    expect(menu!.y).toBeGreaterThanOrEqual(status!.y);
    expect(menu!.y + menu!.height).toBeLessThanOrEqual(status!.y + status!.height);
  });

  it("has no violations with the find bar and replace row open", async () => {
    await app.page.locator("#editor .ProseMirror").click();
    await app.page.keyboard.press("Control+h");
    await app.page.locator(".find-bar").waitFor();
    expect(await violations(app.page)).toEqual([]);
    await app.page.keyboard.press("Escape");
  });

  it("has no violations in the dark theme", async () => {
    await app.page.evaluate(() =>
      (
        window as unknown as {
          draftwiseApp: { commands: { run(id: string, arg?: string): Promise<boolean> } };
        }
      ).draftwiseApp.commands.run("view.theme", "dark"),
    );
    await screenshot(app.page, "main-view-dark.png");
    expect(await violations(app.page)).toEqual([]);
    await app.page.evaluate(() =>
      (
        window as unknown as {
          draftwiseApp: { commands: { run(id: string, arg?: string): Promise<boolean> } };
        }
      ).draftwiseApp.commands.run("view.theme", "light"),
    );
  });

  it("tells the selected tab, the current scene and a pressed switch from the others in forced colours (high contrast)", async () => {
    await app.page.emulateMedia({ forcedColors: "active" });
    try {
      await screenshot(app.page, "main-view-forced-colors.png");
      // What a forced-colours page shows of an element: its borders and outline, its fill (a
      // transparent one shows the page's), and a bar drawn before it; every other colour is the
      // system's text colour on its background.
      const shown = (selector: string) =>
        app.page.evaluate((sel) => {
          const element = document.querySelector(sel)!;
          const page = getComputedStyle(document.body).backgroundColor;
          const fill = (c: string) => (c === "rgba(0, 0, 0, 0)" ? page : c);
          const look = (s: CSSStyleDeclaration) =>
            [
              ...["Top", "Right", "Bottom", "Left"].map((side) => {
                const width = s.getPropertyValue(`border-${side.toLowerCase()}-width`);
                const color = s.getPropertyValue(`border-${side.toLowerCase()}-color`);
                return width === "0px" ? "none" : `${width} ${color}`;
              }),
              s.outlineStyle === "none" ? "none" : `${s.outlineWidth} ${s.outlineColor}`,
              fill(s.backgroundColor),
              s.color,
            ].join(" ");
          const before = getComputedStyle(element, "::before");
          return `${look(getComputedStyle(element))} / ${before.content === "none" ? "" : fill(before.backgroundColor)}`;
        }, selector);
      expect(await shown(".panel-tab[aria-selected=true]")).not.toBe(
        await shown(".panel-tab[aria-selected=false]"),
      );
      expect(await shown(".outline-item.active")).not.toBe(
        await shown(".outline-item:not(.active)"),
      );
      expect(await shown(".cast-legend-toggle[aria-pressed=true]")).not.toBe(
        await shown(".cast-legend-toggle[aria-pressed=false]"),
      );
    } finally {
      await app.page.emulateMedia({ forcedColors: "none" });
    }
  });

  it("has no violations in the export dialog", async () => {
    const exporter = new ExportPage(app.page, app.dialogs);
    await exporter.open();
    await exporter.dialog.locator("input[name=range][value=chosen]").check();
    expect(await violations(app.page)).toEqual([]);
    await app.page.keyboard.press("Escape");
  });
});
