import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { ExportPage } from "./pages/export-page";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (evaluated through the debugger, so the page's CSP does not apply). */
async function violations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

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

  it("has no violations in the export dialog", async () => {
    const exporter = new ExportPage(app.page, app.dialogs);
    await exporter.open();
    await exporter.dialog.locator("input[name=range][value=chosen]").check();
    expect(await violations(app.page)).toEqual([]);
    await app.page.keyboard.press("Escape");
  });
});
