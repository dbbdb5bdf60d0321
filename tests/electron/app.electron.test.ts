/**
 * The real shell in real Electron: the native menu, the menu driving the renderer's registry,
 * single-instance hand-over and the remembered window. Needs the Electron binary, which cannot
 * be downloaded everywhere; without it these tests are skipped with the reason printed.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { _electron as electron, type ElectronApplication, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations.
import { electronBinary } from "../../scripts/electron-binary.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const STORY = path.join(root, "tests/fixtures/desktop/lighthouse.txt");
const bin = electronBinary({ download: false }) as { path?: string; reason?: string };
if (!bin.path) console.log(`Electron tests skipped: ${bin.reason}`);

describe.skipIf(!bin.path)("Draftwise in Electron", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-electron-"));
  const userData = path.join(dir, "user-data");
  const first = path.join(dir, "first.txt");
  const second = path.join(dir, "second.md");
  let electronApp: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    copyFileSync(STORY, first);
    copyFileSync(STORY, second);
    spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], { cwd: root });
    electronApp = await electron.launch({
      executablePath: bin.path,
      args: [root, `--user-data-dir=${userData}`, first],
      cwd: root,
    });
    page = await electronApp.firstWindow();
    await page.waitForSelector("body[data-ready=true]");
  }, 60_000);
  afterAll(() => electronApp?.close());

  it("opens the file named on the command line, with its name in the title", async () => {
    await expect.poll(() => page.title()).toBe("first.txt — Draftwise");
  });

  it("installs File, Edit, View and Help menus with standard roles", async () => {
    const menus = await electronApp.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()!.items.map((item) => ({
        label: item.label.replace("&", ""),
        roles: item.submenu?.items.map((i) => i.role ?? "") ?? [],
      })),
    );
    const labels = menus.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(["File", "Edit", "View", "Help"]));
    const edit = menus.find((m) => m.label === "Edit")!;
    expect(edit.roles.map((r) => r.toLowerCase())).toEqual(
      expect.arrayContaining(["cut", "copy", "paste", "selectall"]),
    );
  });

  it("runs a menu command in the renderer through the registry (Edit > Find opens the find bar)", async () => {
    await electronApp.evaluate(({ Menu, BrowserWindow }) => {
      const item = Menu.getApplicationMenu()!
        .items.flatMap((m) => m.submenu?.items ?? [])
        .find((i) => i.label === "Find…")!;
      item.click(undefined, BrowserWindow.getAllWindows()[0], undefined);
    });
    await page.locator(".find-bar").waitFor({ state: "visible" });
    expect(await page.locator(".find-bar").isVisible()).toBe(true);
  });

  it("a second launch opens its file in the running window and exits", async () => {
    const result = spawnSync(bin.path!, [root, `--user-data-dir=${userData}`, second], {
      cwd: dir,
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe("second.md — Draftwise");
    expect(electronApp.windows()).toHaveLength(1);
  });

  it("remembers the window's size in the data folder", async () => {
    await electronApp.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 40, width: 900, height: 650 }),
    );
    const file = path.join(userData, "shell-state.json");
    await expect
      .poll(() => existsSync(file) && JSON.parse(readFileSync(file, "utf8")).window?.width, {
        timeout: 5000,
      })
      .toBe(900);
  });
});
